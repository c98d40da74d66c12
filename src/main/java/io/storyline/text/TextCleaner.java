package io.storyline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article body (plain text or HTML) into the stored clean text: feed junk lines removed
 * (and recorded with the rule that removed them), whitespace normalised, paragraphs separated by a
 * blank line. Line numbers in {@link RemovedLine} are 1-based lines of the plain text (for HTML: of
 * the text extracted from the page, one block per paragraph). Thread-safe.
 */
public final class TextCleaner {
  private final JunkLineRules rules;

  public TextCleaner() {
    this.rules = new JunkLineRules(TextLexicon.get());
  }

  public CleanedText clean(String body) {
    String text = body == null ? "" : body;
    if (HtmlText.looksLikeHtml(text)) {
      text = HtmlText.toText(text);
    }
    List<String> lines = splitLines(text);
    String[] reasons = rules.classify(lines);
    List<RemovedLine> removed = new ArrayList<>();
    StringBuilder out = new StringBuilder(text.length());
    boolean paragraphOpen = false;
    boolean breakPending = false;
    String previous = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        breakPending = true;
        continue;
      }
      if (!reasons[i].isEmpty()) {
        removed.add(new RemovedLine(i + 1, line, reasons[i]));
        breakPending = true;
        continue;
      }
      if (paragraphOpen) {
        // A hard-wrapped line (previous has no end punctuation, this one starts lower case)
        // continues the paragraph.
        out.append(!breakPending && continuesParagraph(previous, line) ? " " : "\n\n");
      }
      out.append(line);
      paragraphOpen = true;
      breakPending = false;
      previous = line;
    }
    return new CleanedText(out.toString(), removed);
  }

  private static boolean continuesParagraph(String previous, String line) {
    char last = previous.charAt(previous.length() - 1);
    return ".!?:;\"”’…".indexOf(last) < 0 && Character.isLowerCase(line.charAt(0));
  }

  /** Lines with whitespace collapsed (incl. no-break spaces) and control characters dropped. */
  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean space = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        lines.add(line.toString().strip());
        line.setLength(0);
        space = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = line.length() > 0;
      } else if (!Character.isISOControl(c) && c != '\u200b' && c != '\ufeff') {
        if (space) {
          line.append(' ');
          space = false;
        }
        line.append(c);
      }
    }
    return lines;
  }
}
