package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummariserTest {
  private final Summariser summariser = new Summariser();

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8})
  void articleSummaryHasTheRequestedNumberOfVerbatimSentences(int count) {
    SourceDocument doc =
        TestDocuments.document(7, TestDocuments.demoText("001_b9ee5adf22213926.txt"));
    List<SummarySentence> summary =
        summariser.summariseArticle(doc, SummaryLength.sentences(count));
    assertEquals(count, summary.size());
    assertVerbatimInReadingOrder(List.of(doc), summary);
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 25, 40, 60, 120})
  void articleSummaryStaysWithinTheWordBudget(int words) {
    SourceDocument doc =
        TestDocuments.document(7, TestDocuments.demoText("003_2bbe479d0874b1ba.txt"));
    List<SummarySentence> summary = summariser.summariseArticle(doc, SummaryLength.words(words));
    int total = summary.stream().mapToInt(s -> SummaryLength.countWords(s.text())).sum();
    assertTrue(total <= words, total + " words for a budget of " + words);
    assertFalse(summary.isEmpty() && words >= 40, "a 40-word budget fits at least one sentence");
    assertVerbatimInReadingOrder(List.of(doc), summary);
  }

  @Test
  void headingsCreditsAndMenusAreNotSummarised() {
    // raw (uncleaned) text: junk *sentences* such as "Your email address will not be published."
    // are the
    // cleaner's job; here the structural filter alone must skip lines that are not sentences
    SourceDocument doc =
        TestDocuments.document(1, TestDocuments.demoText("001_b9ee5adf22213926.txt"));
    for (SummarySentence s : summariser.summariseArticle(doc, SummaryLength.sentences(40))) {
      assertFalse(
          s.text().contains("Getty Images")
              || s.text().equals("Market News")
              || s.text().contains("Bitcoin")
              || s.text().equals("The substance of the talks")
              || s.text().startsWith("Tesla"),
          s.text());
    }
  }

  @Test
  void storyShowsEachRepeatedSentenceOnceInItsOriginalWording() {
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < TestDocuments.DEMO_FILES.size(); i++) {
      docs.add(TestDocuments.document(i, TestDocuments.demoText(TestDocuments.DEMO_FILES.get(i))));
    }
    List<SummarySentence> summary = summariser.summariseStory(docs, SummaryLength.sentences(12));
    assertEquals(12, summary.size());
    assertVerbatimInReadingOrder(docs, summary);
    Summariser plain = new Summariser(SummariserSettings.plainTextRank());
    assertEquals(12, plain.summariseStory(docs, SummaryLength.sentences(12)).size());
    for (SummarySentence s : summary) {
      // the spinner's words; article 001 carries the original wording of every sentence article 000
      // copies
      assertFalse(
          s.text()
              .matches(
                  "(?s).*\\b(mentioned|instructed|officers|prospects wears|army presence)\\b.*"),
          s.text());
    }
    long distinct =
        summary.stream()
            .map(s -> s.text().substring(0, Math.min(40, s.text().length())))
            .distinct()
            .count();
    assertEquals(summary.size(), distinct, "no sentence twice");
  }

  @Test
  void emptyInputsGiveEmptySummaries() {
    assertEquals(List.of(), summariser.summariseStory(List.of(), SummaryLength.sentences(3)));
    assertEquals(
        List.of(),
        summariser.summariseArticle(TestDocuments.document(1, ""), SummaryLength.sentences(3)));
    SourceDocument doc =
        TestDocuments.document(1, "The talks in Geneva ended without any agreement on Monday.");
    assertEquals(List.of(), summariser.summariseArticle(doc, SummaryLength.sentences(0)));
    assertEquals(
        List.of(),
        summariser.summariseArticle(doc, SummaryLength.words(5)),
        "the only sentence is too long");
    assertEquals(1, summariser.summariseArticle(doc, SummaryLength.words(10)).size());
  }

  static void assertVerbatimInReadingOrder(
      List<SourceDocument> docs, List<SummarySentence> summary) {
    for (SummarySentence s : summary) {
      SourceDocument doc =
          docs.stream().filter(d -> d.articleId() == s.articleId()).findFirst().orElseThrow();
      assertEquals(s.text(), doc.text().substring(s.start(), s.end()));
    }
    Comparator<SummarySentence> readingOrder =
        Comparator.comparing(
                (SummarySentence s) ->
                    docs.stream()
                        .filter(d -> d.articleId() == s.articleId())
                        .findFirst()
                        .orElseThrow()
                        .publishedAt())
            .thenComparingLong(SummarySentence::articleId)
            .thenComparingInt(SummarySentence::start);
    assertEquals(summary.stream().sorted(readingOrder).toList(), summary);
  }
}
