package io.storyline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits clean text into sentences with offsets. ICU's sentence rules with title abbreviations
 * suppressed ("Gen. Milley"), then a refiner that rejoins breaks after initials, dotted letter
 * groups ("U.S.", spun "U.Ok.") and ambiguous abbreviations unless the next word usually opens a
 * sentence. Never crosses a paragraph break (blank line). Thread-safe: each thread gets its own ICU
 * iterator.
 */
public final class SentenceSplitter {
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}{1,2}\\.){2,6}+");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  private final TextLexicon lexicon;
  private final ThreadLocal<BreakIterator> iterators;

  public SentenceSplitter() {
    this.lexicon = TextLexicon.get();
    Set<String> titles = lexicon.titleAbbreviations();
    this.iterators =
        ThreadLocal.withInitial(
            () -> {
              FilteredBreakIteratorBuilder builder =
                  FilteredBreakIteratorBuilder.getEmptyInstance();
              titles.forEach(builder::suppressBreakAfter);
              return builder.wrapIteratorWithFilter(
                  BreakIterator.getSentenceInstance(ULocale.ENGLISH));
            });
  }

  public List<Sentence> split(String cleanedText) {
    String text = cleanedText == null ? "" : cleanedText;
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = paragraphEnd(text, start);
      splitParagraph(text, start, end, sentences);
      start = end;
    }
    return sentences;
  }

  /**
   * End of the paragraph starting at {@code from}: the first line break followed by a blank line.
   */
  private static int paragraphEnd(String text, int from) {
    int i = text.indexOf('\n', from);
    while (i >= 0) {
      int j = i + 1;
      while (j < text.length()
          && text.charAt(j) != '\n'
          && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        return j + 1;
      }
      i = text.indexOf('\n', i + 1);
    }
    return text.length();
  }

  private void splitParagraph(String text, int from, int to, List<Sentence> out) {
    if (withoutTerminators(text, from, to)) {
      // Fast path for headings and one-word lines: nothing ICU could break on, so the paragraph is
      // one sentence.
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        out.add(new Sentence(s, e, text.substring(s, e)));
      }
      return;
    }
    BreakIterator it = iterators.get();
    it.setText(text.substring(from, to));
    int begin = it.first();
    int openStart = -1;
    int openEnd = -1;
    for (int end = it.next(); end != BreakIterator.DONE; begin = end, end = it.next()) {
      int s = from + begin;
      int e = from + end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      // Merging only moves the end offset: a run of false breaks stays linear.
      if (openStart >= 0 && joins(text, openStart, openEnd, s, e)) {
        openEnd = e;
      } else {
        if (openStart >= 0) {
          out.add(new Sentence(openStart, openEnd, text.substring(openStart, openEnd)));
        }
        openStart = s;
        openEnd = e;
      }
    }
    if (openStart >= 0) {
      out.add(new Sentence(openStart, openEnd, text.substring(openStart, openEnd)));
    }
    it.setText(""); // the thread-local iterator must not keep a large text alive
  }

  /**
   * No sentence terminator or line separator inside: ASCII-range text without . ! ? or line breaks.
   */
  private static boolean withoutTerminators(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c >= '\u2000') {
        return false;
      }
    }
    return true;
  }

  /** Whether a break between {@code previous} and {@code next} was a false one. */
  private boolean joins(
      String text, int previousStart, int previousEnd, int nextStart, int nextEnd) {
    String next = text.substring(nextStart, Math.min(nextEnd, nextStart + 200));
    if (nextEnd - nextStart < 200 && next.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return true; // stray ". ." or a dangling quote mark
    }
    String last = lastWord(text.substring(Math.max(previousStart, previousEnd - 40), previousEnd));
    if (lexicon.titleAbbreviations().contains(last)) {
      return true;
    }
    boolean abbreviation =
        lexicon.ambiguousAbbreviations().contains(last)
            || DOTTED.matcher(last).matches()
            || INITIAL.matcher(last).matches();
    return abbreviation && !lexicon.sentenceStarters().contains(firstWord(next));
  }

  private static String lastWord(String sentence) {
    int i = sentence.length();
    while (i > 0 && !Character.isWhitespace(sentence.charAt(i - 1)) && sentence.length() - i < 30) {
      i--;
    }
    int j = i;
    while (j < sentence.length() && "\"“‘'([".indexOf(sentence.charAt(j)) >= 0) {
      j++;
    }
    return sentence.substring(j);
  }

  private static String firstWord(String sentence) {
    int i = 0;
    while (i < sentence.length() && !Character.isLetterOrDigit(sentence.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < sentence.length() && Character.isLetter(sentence.charAt(j)) && j - i < 30) {
      j++;
    }
    return sentence.substring(i, j).toLowerCase(Locale.ROOT);
  }
}
