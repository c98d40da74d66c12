package io.storyline.bench;

import io.storyline.temporal.TemporalExpression;
import io.storyline.temporal.TemporalTagger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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
 * Temporal tagging throughput on the five demo articles. One op = all five articles (29,916 chars),
 * so MB/s = ops/s x 0.0299 (chars counted as bytes; the texts are almost all ASCII). Not a test
 * (no @Test).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TemporalBenchmark {
  private static final String[] FILES = {
    "000_94d2aa5169608688.txt",
    "001_b9ee5adf22213926.txt",
    "002_a367a5b22de7aba8.txt",
    "003_2bbe479d0874b1ba.txt",
    "004_a9f123cecce3c2d4.txt"
  };
  private static final LocalDateTime REFERENCE = LocalDateTime.of(2022, 1, 10, 0, 0);

  private TemporalTagger tagger;
  private String[] texts;

  @Setup
  public void setUp() {
    tagger = new TemporalTagger();
    texts = new String[FILES.length];
    long chars = 0;
    for (int i = 0; i < FILES.length; i++) {
      texts[i] = read("/demo/geneva-talks-2022/" + FILES[i]);
      chars += texts[i].length();
    }
    System.out.println("\ncorpus chars per op: " + chars);
  }

  @Benchmark
  public void annotateDemoArticles(Blackhole bh) {
    for (String text : texts) {
      List<TemporalExpression> found = tagger.annotate(text, REFERENCE);
      bh.consume(found);
    }
  }

  /**
   * Throughput per CPU-second of the measuring thread, for a shared machine where JMH's wall-clock
   * figure mostly measures the neighbours: {@code java -cp ...
   * io.storyline.bench.TemporalBenchmark}.
   */
  public static void main(String[] args) {
    TemporalBenchmark bench = new TemporalBenchmark();
    bench.setUp();
    long chars = 0;
    for (String text : bench.texts) {
      chars += text.length();
    }
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 6; round++) {
      long cpu0 = cpu.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      int found = 0;
      for (int i = 0; i < 1000; i++) {
        for (String text : bench.texts) {
          found += bench.tagger.annotate(text, REFERENCE).size();
        }
      }
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double wallSeconds = (System.nanoTime() - wall0) / 1e9;
      double mb = 1000.0 * chars / 1e6;
      System.out.printf(
          java.util.Locale.ROOT,
          "round %d: %.1f MB/s per CPU-second, %.1f MB/s wall (%d expressions)%n",
          round,
          mb / cpuSeconds,
          mb / wallSeconds,
          found);
    }
  }

  private static String read(String resource) {
    try (InputStream in = TemporalBenchmark.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
