package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** Random and adversarial bodies: no exception, consistent offsets, roughly linear time. */
class TextFuzzTest {
  private final TextCleaner cleaner = new TextCleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.of("U.S.", "Mr.", "Jan.", " ", "\n", "\n\n", ". ", "…", "“", "”", "|", "<p>", "</p>", "<br>",
            "<div>", "- Advertisement -", "Related Articles", "Getty Images", "F.", "a.m.", "—", "\r\n", "\u00a0"),
        Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12));
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void anyBodyCleansSplitsAndTokenizesConsistently(@ForAll("bodies") String body) {
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

  @Example
  void megabyteWithoutSpaces() {
    assertFast("x".repeat(500_000) + ".".repeat(250_000) + "U.S.".repeat(62_500));
  }

  @Example
  void hundredThousandOneWordLines() {
    assertFast("Word\n".repeat(100_000));
  }

  @Example
  void deeplyNestedHtml() {
    assertFast("<html><body>" + "<div>".repeat(20_000) + "Deep text here." + "</div>".repeat(20_000) + "</body></html>");
  }

  @Example
  void manyAbbreviationsAndTags() {
    assertFast("Mr. U.S. Jan. F. a.m. ".repeat(40_000) + "<b" + " x".repeat(100_000));
  }

  private void assertFast(String body) {
    long start = System.nanoTime();
    String text = cleaner.clean(body).text();
    List<Sentence> sentences = splitter.split(text);
    int tokens = tokenizer.tokenize(text, 0, text.length()).size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Generous: a cold JVM on a loaded 2-core box needs ~1-4 s; anything quadratic on these sizes takes minutes.
    assertTrue(millis < 10_000, () -> "took " + millis + " ms for " + body.length() + " chars");
    assertTrue(tokens >= 0 && sentences.size() >= 0);
  }
}
