package io.storyline.bench;

import io.storyline.summary.SourceDocument;
import io.storyline.summary.Summariser;
import io.storyline.summary.SummaryLength;
import io.storyline.summary.SummarySentence;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Summariser throughput: one demo article (5 sentences), and a 100-article story (5 sentences).
 *
 * <p>The 100 articles are synthesised from the five demo texts (cleaned and split as in
 * production): article k copies demo text k mod 5, keeps each paragraph with probability 0.8 and
 * swaps two paragraphs; one article in four is also "spun" through a small synonym table
 * (probability 0.3 per occurrence). Seeded, so every run sees the same corpus: the mix of
 * syndicated copies, partial copies and rewrites a story cluster holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SummaryBenchmark {
  private static final String[] DEMO = {
    "000_94d2aa5169608688.txt",
    "001_b9ee5adf22213926.txt",
    "002_a367a5b22de7aba8.txt",
    "003_2bbe479d0874b1ba.txt",
    "004_a9f123cecce3c2d4.txt"
  };
  private static final String[][] SYNONYMS = {
    {"said", "mentioned"},
    {"officials", "officers"},
    {"talks", "discussions"},
    {"military", "army"},
    {"recent", "current"},
    {"told", "instructed"},
    {"series", "collection"},
    {"country", "nation"},
    {"security", "safety"},
    {"foreign", "overseas"},
    {"expected", "anticipated"},
    {"meeting", "assembly"}
  };

  private final Summariser summariser = new Summariser();
  private SourceDocument article;
  private List<SourceDocument> story;

  @Setup
  public void setUp() {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    Random random = new Random(20220110);
    story = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      String text = cleaner.clean(vary(demo(DEMO[k % DEMO.length]), random, k % 4 == 3)).text();
      story.add(
          new SourceDocument(
              k,
              Instant.parse("2022-01-10T00:00:00Z").plusSeconds(600L * k),
              text,
              splitter.split(text)));
    }
    String text = cleaner.clean(demo(DEMO[1])).text();
    article =
        new SourceDocument(1, Instant.parse("2022-01-10T00:00:00Z"), text, splitter.split(text));
  }

  @Benchmark
  public List<SummarySentence> singleArticle() {
    return summariser.summariseArticle(article, SummaryLength.sentences(5));
  }

  @Benchmark
  public List<SummarySentence> story100Articles() {
    return summariser.summariseStory(story, SummaryLength.sentences(5));
  }

  static String vary(String text, Random random, boolean spun) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      if (paragraphs.isEmpty() || random.nextDouble() < 0.8) {
        paragraphs.add(spun ? spin(p, random) : p);
      }
    }
    if (paragraphs.size() > 2) {
      Collections.swap(
          paragraphs,
          1 + random.nextInt(paragraphs.size() - 1),
          1 + random.nextInt(paragraphs.size() - 1));
    }
    return String.join("\n\n", paragraphs);
  }

  private static String spin(String paragraph, Random random) {
    List<String> words = new ArrayList<>();
    for (String word : paragraph.split(" ", -1)) {
      String replaced = word;
      for (String[] pair : SYNONYMS) {
        if (word.equals(pair[0]) && random.nextDouble() < 0.3) {
          replaced = pair[1];
        }
      }
      words.add(replaced);
    }
    return String.join(" ", words);
  }

  private static String demo(String file) {
    try (InputStream in =
        SummaryBenchmark.class.getResourceAsStream("/demo/geneva-talks-2022/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
