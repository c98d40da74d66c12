package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TextCleanerTest {
  private static final String FIRST =
      "Russia has been building up its military presence at its border with Ukraine in recent"
          + " months.";
  private static final String LAST =
      "The security discussions taking place Monday are the first talking point this week in a"
          + " series of meetings.";
  private final TextCleaner cleaner = new TextCleaner();

  private static String article(String before, String line, String after) {
    List<String> lines = new ArrayList<>(List.of("US and Russia open talks in Geneva", FIRST));
    if (before != null) {
      lines.add(before);
    }
    lines.add(line);
    if (after != null) {
      lines.add(after);
    }
    lines.add(LAST);
    return String.join("\n\n", lines);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "cases/junk-lines.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void removesJunkLineWithItsRuleName(String reason, String line, String before, String after) {
    CleanedText cleaned = cleaner.clean(article(before, line, after));
    assertTrue(
        cleaned.removed().stream()
            .anyMatch(r -> r.line().equals(line) && r.reason().equals(reason)),
        () -> "removed: " + cleaned.removed());
    assertFalse(cleaned.text().contains(line), cleaned.text());
    assertTrue(cleaned.text().contains(FIRST) && cleaned.text().contains(LAST), cleaned.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "cases/content-lines.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void keepsContentLines(String line) {
    CleanedText cleaned = cleaner.clean(article(null, line, null));
    assertEquals(List.of(), cleaned.removed());
    assertTrue(cleaned.text().contains("\n\n" + line + "\n\n"), cleaned.text());
  }

  @Test
  void separatesParagraphsByOneBlankLineAndNormalisesWhitespace() {
    CleanedText cleaned =
        cleaner.clean("  First  paragraph\u00a0here.\r\n\r\n\r\n\tSecond one.\nThird one.  ");
    assertEquals("First paragraph here.\n\nSecond one.\n\nThird one.", cleaned.text());
  }

  @Test
  void rejoinsHardWrappedLines() {
    CleanedText cleaned =
        cleaner.clean(
            "Russia has been building up its military\npresence at the border.\nNext para.");
    assertEquals(
        "Russia has been building up its military presence at the border.\n\nNext para.",
        cleaned.text());
  }

  @Test
  void recordsOriginalLineNumbers() {
    CleanedText cleaned = cleaner.clean(FIRST + "\n\n- Advertisement -\n\n" + LAST);
    assertEquals(List.of(new RemovedLine(3, "- Advertisement -", "line-cue")), cleaned.removed());
  }

  @Test
  void htmlBodyBecomesParagraphsWithoutPageChrome() {
    String html =
        "<html><head><title>x</title><style>p{}</style><script>var"
            + " a=1;</script></head><body><header><a href=/>Home</a> <a"
            + " href=/news>News</a></header><nav><ul><li>World</li></ul></nav><article><h1>US and"
            + " Russia open talks</h1><p>"
            + FIRST
            + "</p><div class=ad>- Advertisement -</div>"
            + "<p>Biden refused to give <b>such</b> assurances.<br>He left.</p></article>"
            + "<aside>Related Articles</aside><footer>© 2022 Example</footer></body></html>";
    CleanedText cleaned = cleaner.clean(html);
    assertEquals(
        "US and Russia open talks\n\n"
            + FIRST
            + "\n\nBiden refused to give such assurances.\n\nHe left.",
        cleaned.text());
    assertEquals(List.of("line-cue"), cleaned.removed().stream().map(RemovedLine::reason).toList());
  }

  @Test
  void plainTextMentioningATagIsNotParsedAsHtml() {
    String text = "Use the <b> tag for bold & keep a < b in maths.";
    assertEquals(text, cleaner.clean(text).text());
  }

  @Test
  void emptyAndNullBodiesGiveEmptyText() {
    assertEquals("", cleaner.clean("").text());
    assertEquals(List.of(), cleaner.clean(null).removed());
    assertEquals("", cleaner.clean("\n\n   \n").text());
  }
}
