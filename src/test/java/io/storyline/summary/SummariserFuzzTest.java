package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.text.Sentence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SummariserFuzzTest {
  private final Summariser summariser = new Summariser();
  private final Rouge rouge = new Rouge();

  @Property(tries = 200)
  void randomTextNeverBreaksTheSummariser(
      @ForAll("texts") List<String> texts, @ForAll @IntRange(min = 0, max = 12) int limit, @ForAll boolean byWords) {
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      docs.add(TestDocuments.document(i, texts.get(i)));
    }
    SummaryLength length = byWords ? SummaryLength.words(limit * 10) : SummaryLength.sentences(limit);
    List<SummarySentence> summary = summariser.summariseStory(docs, length);
    int words = summary.stream().mapToInt(s -> SummaryLength.countWords(s.text())).sum();
    assertTrue(length.admits(summary.size(), words));
    SummariserTest.assertVerbatimInReadingOrder(docs, summary);
  }

  @Property(tries = 200)
  void rougeScoresStayInTheUnitInterval(@ForAll("texts") List<String> candidate, @ForAll("texts") List<String> ref) {
    RougeReport report = rouge.score(candidate, List.of(ref));
    for (RougeScore s : List.of(report.rouge1(), report.rouge2(), report.rougeL())) {
      assertTrue(s.recall() >= 0 && s.recall() <= 1 && s.precision() >= 0 && s.precision() <= 1, s.toString());
    }
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> words = Arbitraries.oneOf(
        Arbitraries.of("Geneva", "talks", "Russia", "said", "the", "officials", "Monday", "troops", "U.S.", "NATO"),
        Arbitraries.strings().withChars("aZ9 .!?\n\"“”’-|\u00A0\u0301").ofMaxLength(8));
    Arbitrary<String> text = words.list().ofMaxSize(120).map(w -> String.join(" ", w));
    return text.list().ofMaxSize(4);
  }

  @Example
  void hundredThousandOneWordSentencesAreCheap() {
    assertLinearTime(1);
  }

  @Example
  void hundredThousandSentenceArticleIsCappedNotQuadratic() {
    assertLinearTime(8);
  }

  /** 100,000 sentences of {@code wordsPerSentence} words from a small vocabulary (dense similarity graph). */
  private void assertLinearTime(int wordsPerSentence) {
    Random random = new Random(42);
    String[] vocabulary = {"talks", "Geneva", "troops", "border", "sanctions", "officials", "Ukraine", "Russia"};
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
    List<SummarySentence> summary = summariser.summariseStory(List.of(doc, doc), SummaryLength.sentences(5));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis < 5_000, "took " + millis + " ms");
    assertEquals(wordsPerSentence >= CandidateFilter.MIN_WORDS ? 5 : 0, summary.size());
  }
}
