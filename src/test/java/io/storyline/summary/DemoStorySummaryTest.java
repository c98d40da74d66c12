package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.text.CleanedText;
import io.storyline.text.RemovedLine;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user journey: the five cleaned demo copies of the Geneva story summarised in five sentences.
 */
class DemoStorySummaryTest {
  /** publishedAt of each demo file, as in src/test/resources/gold/geneva-talks-2022.json. */
  private static final List<String> PUBLISHED =
      List.of("2022-01-10", "2022-01-10", "2022-01-10", "2022-01-09", "2022-01-01");

  /**
   * Spun copies (synonym-substituted rewrites): 000 of 001, 002 of a wire report that 003 also
   * rewrites.
   */
  private static final Set<Long> SPUN_ARTICLES = Set.of(0L, 2L);

  private static final List<SourceDocument> docs = new ArrayList<>();
  private static final List<RemovedLine> removed = new ArrayList<>();
  private static List<SummarySentence> summary;

  @BeforeAll
  static void summariseDemoStory() {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    for (int i = 0; i < TestDocuments.DEMO_FILES.size(); i++) {
      CleanedText cleaned = cleaner.clean(TestDocuments.demoText(TestDocuments.DEMO_FILES.get(i)));
      removed.addAll(cleaned.removed());
      Instant published = Instant.parse(PUBLISHED.get(i) + "T12:00:00Z");
      docs.add(new SourceDocument(i, published, cleaned.text(), splitter.split(cleaned.text())));
    }
    summary = new Summariser().summariseStory(docs, SummaryLength.sentences(5));
  }

  @Test
  void fiveVerbatimSentencesInReadingOrder() {
    assertEquals(5, summary.size());
    SummariserTest.assertVerbatimInReadingOrder(docs, summary);
  }

  @Test
  void namesTheGenevaTalks() {
    assertTrue(
        summary.stream().anyMatch(s -> s.text().contains("Geneva") && s.text().contains("talks")),
        summary::toString);
  }

  @Test
  void containsNoJunkLine() {
    for (SummarySentence s : summary) {
      for (RemovedLine junk : removed) {
        assertFalse(
            junk.line().strip().length() > 3 && s.text().contains(junk.line().strip()), s.text());
      }
      assertFalse(
          s.text()
              .matches(
                  "(?is).*(getty images|advertisement|source link|leave a reply|email address).*"),
          s.text());
    }
  }

  @Test
  void showsOriginalWordingNotTheSpunVariant() {
    for (SummarySentence s : summary) {
      String text = s.text().toLowerCase(Locale.ROOT);
      assertFalse(
          text.contains("prospects wears") || text.contains("officers are gathering"), s.text());
    }
  }

  @Test
  void noSentenceOfASpunCopyWhenAnotherArticleHasAVariantOfIt() {
    ContentTerms terms = new ContentTerms(io.storyline.text.TextLexicon.get().stopWords());
    for (SummarySentence s : summary) {
      if (!SPUN_ARTICLES.contains(s.articleId())) {
        continue;
      }
      Set<String> chosen = new HashSet<>(terms.of(s.text()));
      for (SourceDocument doc : docs) {
        if (SPUN_ARTICLES.contains(doc.articleId())) {
          continue;
        }
        for (Sentence other : doc.sentences()) {
          Set<String> variant = new HashSet<>(terms.of(other.text()));
          long shared = variant.stream().filter(chosen::contains).count();
          // the demo's spun variants share two thirds or more of their stemmed content words with
          // the original
          assertFalse(
              2.0 * shared / (chosen.size() + variant.size()) >= 0.6,
              "spun \""
                  + s.text()
                  + "\" shown although article "
                  + doc.articleId()
                  + " has \""
                  + other.text()
                  + "\"");
        }
      }
    }
  }
}
