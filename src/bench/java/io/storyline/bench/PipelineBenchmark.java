package io.storyline.bench;

import io.storyline.ingest.ArticlePipeline;
import io.storyline.ingest.ValidArticle;
import io.storyline.story.ArticleFeatureExtractor;
import io.storyline.text.Sentence;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The analysis every ingested article gets before its write (clean, split, tag, event mentions,
 * story features), on the five demo articles per operation; and the story features alone (content
 * stems and the MinHash signature). The service runs C1 only: {@code -jvmArgs
 * -XX:TieredStopAtLevel=1} measures what it runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
  private static final String[] DEMO = {
    "000_94d2aa5169608688.txt",
    "001_b9ee5adf22213926.txt",
    "002_a367a5b22de7aba8.txt",
    "003_2bbe479d0874b1ba.txt",
    "004_a9f123cecce3c2d4.txt"
  };
  private static final Instant PUBLISHED = Instant.parse("2022-01-10T12:00:00Z");
  private final ArticlePipeline pipeline = new ArticlePipeline();
  private final ArticleFeatureExtractor features = new ArticleFeatureExtractor();
  private final List<ValidArticle> articles = new ArrayList<>();
  private final List<String> cleaned = new ArrayList<>();
  private final List<List<Sentence>> sentences = new ArrayList<>();

  @Setup
  public void load() throws IOException {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    for (String name : DEMO) {
      try (InputStream in =
          PipelineBenchmark.class.getResourceAsStream("/demo/geneva-talks-2022/" + name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        articles.add(
            new ValidArticle("https://example.com/" + name, name, text, "bench", PUBLISHED, "en"));
        String clean = cleaner.clean(text).text();
        cleaned.add(clean);
        sentences.add(splitter.split(clean));
      }
    }
  }

  @Benchmark
  public void analyseFive(Blackhole bh) {
    for (ValidArticle article : articles) {
      bh.consume(pipeline.analyse(article));
    }
  }

  @Benchmark
  public void featuresFive(Blackhole bh) {
    for (int i = 0; i < cleaned.size(); i++) {
      bh.consume(features.extract(0, PUBLISHED, DEMO[i], cleaned.get(i), sentences.get(i)));
    }
  }
}
