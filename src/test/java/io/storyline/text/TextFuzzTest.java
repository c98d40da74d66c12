package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.testing.RandomText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random and adversarial bodies: no exception, consistent offsets, roughly linear time. */
class TextFuzzTest {
  private final TextCleaner cleaner = new TextCleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();

  private static final List<String> PIECES =
      List.of(
          "U.S.",
          "Mr.",
          "Jan.",
          " ",
          "\n",
          "\n\n",
          ". ",
          "…",
          "“",
          "”",
          "|",
          "<p>",
          "</p>",
          "<br>",
          "<div>",
          "- Advertisement -",
          "Related Articles",
          "Getty Images",
          "F.",
          "a.m.",
          "—",
          "\r\n",
          "\u00a0");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void anyBodyCleansSplitsAndTokenizesConsistently(long seed) {
    RandomText random = new RandomText(seed, PIECES);
    for (int i = 0; i < 30; i++) {
      checkConsistent(random.next(60));
    }
  }

  private void checkConsistent(String body) {
    CleanedText cleaned = cleaner.clean(body);
    String text = cleaned.text();
    int previousEnd = 0;
    for (Sentence s : splitter.split(text)) {
      assertTrue(s.start() >= previousEnd && s.end() > s.start());
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      previousEnd = s.end();
      for (Token t : tokenizer.tokenize(text, s.start(), s.end())) {
        assertTrue(t.start() >= s.start() && t.end() <= s.end());
        assertEquals(t.text(), text.substring(t.start(), t.end()));
      }
    }
  }

  @Test
  void megabyteWithoutSpaces() {
    assertFast("x".repeat(500_000) + ".".repeat(250_000) + "U.S.".repeat(62_500));
  }

  @Test
  void hundredThousandOneWordLines() {
    assertFast("Word\n".repeat(100_000));
  }

  @Test
  void deeplyNestedHtml() {
    assertFast(
        "<html><body>"
            + "<div>".repeat(20_000)
            + "Deep text here."
            + "</div>".repeat(20_000)
            + "</body></html>");
  }

  @Test
  void manyAbbreviationsAndTags() {
    assertFast("Mr. U.S. Jan. F. a.m. ".repeat(40_000) + "<b" + " x".repeat(100_000));
  }

  private void assertFast(String body) {
    long start = System.nanoTime();
    String text = cleaner.clean(body).text();
    List<Sentence> sentences = splitter.split(text);
    int tokens = tokenizer.tokenize(text, 0, text.length()).size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Generous: a cold JVM on a loaded 2-core box needs ~1-4 s; anything quadratic on these sizes
    // takes minutes.
    assertTrue(millis < 10_000, () -> "took " + millis + " ms for " + body.length() + " chars");
    assertTrue(tokens >= 0 && sentences.size() >= 0);
  }
}
