package io.storyline.bench;

import io.storyline.event.AnnotatedArticle;
import io.storyline.event.EventMentionExtractor;
import io.storyline.temporal.TemporalTagger;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Event mention extraction (names, places, actors, date attachment) over the five cleaned, split and
 * tagged demo articles (44 KB of text per operation); the stage the ingest profile shows as the largest
 * part of the analysis (see bench/RESULTS.md). Tagging and splitting are done in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventBenchmark {
  private static final String[] DEMO = {"000_94d2aa5169608688.txt", "001_b9ee5adf22213926.txt",
      "002_a367a5b22de7aba8.txt", "003_2bbe479d0874b1ba.txt", "004_a9f123cecce3c2d4.txt"};
  private final EventMentionExtractor extractor = new EventMentionExtractor();
  private final List<AnnotatedArticle> articles = new ArrayList<>();

  @Setup
  public void load() throws IOException {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalTagger tagger = new TemporalTagger();
    LocalDateTime reference = LocalDateTime.parse("2022-01-10T12:00:00");
    for (String name : DEMO) {
      try (InputStream in = EventBenchmark.class.getResourceAsStream("/demo/geneva-talks-2022/" + name)) {
        String text = cleaner.clean(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text();
        articles.add(new AnnotatedArticle(name, reference, text, splitter.split(text), tagger.annotate(text, reference)));
      }
    }
  }

  @Benchmark
  public void extractDemoArticles(Blackhole bh) {
    for (AnnotatedArticle article : articles) {
      bh.consume(extractor.extract(article));
    }
  }
}
