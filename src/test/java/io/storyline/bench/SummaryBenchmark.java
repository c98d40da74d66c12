package io.storyline.bench;

import io.storyline.summary.SourceDocument;
import io.storyline.summary.Summariser;
import io.storyline.summary.SummaryLength;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extractive summaries of the demo story (five articles, two spun rewrites): a 5-sentence story summary,
 * as the timeline's first page asks for, and a 3-sentence summary of one article. The service caches
 * summaries per story version, so this is the cost of a cache miss.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SummaryBenchmark {
  private static final String[] DEMO = {"000_94d2aa5169608688.txt", "001_b9ee5adf22213926.txt",
      "002_a367a5b22de7aba8.txt", "003_2bbe479d0874b1ba.txt", "004_a9f123cecce3c2d4.txt"};
  private final Summariser summariser = new Summariser();
  private final List<SourceDocument> docs = new ArrayList<>();

  @Setup
  public void load() throws IOException {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    long id = 1;
    for (String name : DEMO) {
      try (InputStream in = SummaryBenchmark.class.getResourceAsStream("/demo/geneva-talks-2022/" + name)) {
        String text = cleaner.clean(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text();
        docs.add(new SourceDocument(id, Instant.parse("2022-01-10T12:00:00Z").plusSeconds(3600 * id), text, splitter.split(text)));
        id++;
      }
    }
  }

  @Benchmark
  public Object storySummary() {
    return summariser.summariseStory(docs, SummaryLength.sentences(5));
  }

  @Benchmark
  public Object articleSummary() {
    return summariser.summariseArticle(docs.get(0), SummaryLength.sentences(3));
  }
}
