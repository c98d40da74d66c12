package io.storyline.bench;

import io.storyline.text.CleanedText;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * Cleaning and sentence splitting of the five demo articles (44 KB of UTF-16 text per operation).
 * MB/s = ops/s × {@link #demoChars} / 1e6 (printed at setup). Also an HTML rendering of the same
 * texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextBenchmark {
  private static final String[] DEMO = {
    "000_94d2aa5169608688.txt",
    "001_b9ee5adf22213926.txt",
    "002_a367a5b22de7aba8.txt",
    "003_2bbe479d0874b1ba.txt",
    "004_a9f123cecce3c2d4.txt"
  };
  private final TextCleaner cleaner = new TextCleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final List<String> plain = new ArrayList<>();
  private final List<String> html = new ArrayList<>();
  private final List<String> cleaned = new ArrayList<>();
  long demoChars;

  @Setup
  public void load() throws IOException {
    for (String name : DEMO) {
      try (InputStream in =
          TextBenchmark.class.getResourceAsStream("/demo/geneva-talks-2022/" + name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        plain.add(text);
        html.add(
            "<html><body><nav><a href=/>Home</a></nav><article><p>"
                + text.replace("\n\n", "</p><p>")
                + "</p></article><footer>© 2022</footer></body></html>");
        cleaned.add(cleaner.clean(text).text());
        demoChars += text.length();
      }
    }
    System.out.println("demo chars per operation: " + demoChars);
  }

  @Benchmark
  public void cleanAndSplit(Blackhole bh) {
    for (String text : plain) {
      CleanedText c = cleaner.clean(text);
      bh.consume(splitter.split(c.text()));
    }
  }

  @Benchmark
  public void cleanOnly(Blackhole bh) {
    for (String text : plain) {
      bh.consume(cleaner.clean(text));
    }
  }

  @Benchmark
  public void splitOnly(Blackhole bh) {
    for (String text : cleaned) {
      bh.consume(splitter.split(text));
    }
  }

  @Benchmark
  public void cleanHtmlAndSplit(Blackhole bh) {
    for (String text : html) {
      bh.consume(splitter.split(cleaner.clean(text).text()));
    }
  }
}
