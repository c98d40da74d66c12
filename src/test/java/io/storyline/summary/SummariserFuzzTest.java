package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.testing.RandomText;
import io.storyline.text.Sentence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummariserFuzzTest {
  private final Summariser summariser = new Summariser();
  private final Rouge rouge = new Rouge();

  private static final List<String> WORDS =
      List.of(
          "Geneva",
          "talks",
          "Russia",
          "said",
          "the",
          "officials",
          "Monday",
          "troops",
          "U.S.",
          "NATO",
          ". ",
          "\n",
          "“",
          "”",
          " ");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void randomTextNeverBreaksTheSummariserNorRouge(long seed) {
    RandomText random = new RandomText(seed, WORDS);
    Random choices = new Random(seed);
    for (int i = 0; i < 20; i++) {
      summarise(texts(random, choices), choices.nextInt(13), choices.nextBoolean());
      scoreInUnitInterval(texts(random, choices), texts(random, choices));
    }
  }

  private static List<String> texts(RandomText random, Random choices) {
    List<String> texts = new ArrayList<>();
    for (int n = choices.nextInt(5); n > 0; n--) {
      texts.add(random.next(120));
    }
    return texts;
  }

  private void summarise(List<String> texts, int limit, boolean byWords) {
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      docs.add(TestDocuments.document(i, texts.get(i)));
    }
    SummaryLength length =
        byWords ? SummaryLength.words(limit * 10) : SummaryLength.sentences(limit);
    List<SummarySentence> summary = summariser.summariseStory(docs, length);
    int words = summary.stream().mapToInt(s -> SummaryLength.countWords(s.text())).sum();
    assertTrue(length.admits(summary.size(), words));
    SummariserTest.assertVerbatimInReadingOrder(docs, summary);
  }

  private void scoreInUnitInterval(List<String> candidate, List<String> ref) {
    RougeReport report = rouge.score(candidate, List.of(ref));
    for (RougeScore s : List.of(report.rouge1(), report.rouge2(), report.rougeL())) {
      assertTrue(
          s.recall() >= 0 && s.recall() <= 1 && s.precision() >= 0 && s.precision() <= 1,
          s.toString());
    }
  }

  @Test
  void hundredThousandOneWordSentencesAreCheap() {
    assertLinearTime(1);
  }

  @Test
  void hundredThousandSentenceArticleIsCappedNotQuadratic() {
    assertLinearTime(8);
  }

  /**
   * 100,000 sentences of {@code wordsPerSentence} words from a small vocabulary (dense similarity
   * graph).
   */
  private void assertLinearTime(int wordsPerSentence) {
    Random random = new Random(42);
    String[] vocabulary = {
      "talks", "Geneva", "troops", "border", "sanctions", "officials", "Ukraine", "Russia"
    };
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      int start = text.length();
      text.append("the");
      for (int w = 1; w < wordsPerSentence; w++) {
        text.append(' ').append(w % 2 == 0 ? "met" : vocabulary[random.nextInt(vocabulary.length)]);
      }
      text.append('.');
      sentences.add(new Sentence(start, text.length(), text.substring(start)));
      text.append(' ');
    }
    SourceDocument doc = new SourceDocument(1, Instant.EPOCH, text.toString(), sentences);
    long started = System.nanoTime();
    List<SummarySentence> summary =
        summariser.summariseStory(List.of(doc, doc), SummaryLength.sentences(5));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis < 5_000, "took " + millis + " ms");
    assertEquals(wordsPerSentence >= CandidateFilter.MIN_WORDS ? 5 : 0, summary.size());
  }
}
