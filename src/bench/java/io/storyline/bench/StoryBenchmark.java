package io.storyline.bench;

import io.storyline.story.ArticleFeatureExtractor;
import io.storyline.story.ArticleFeatures;
import io.storyline.story.StoryAssigner;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to assign one article when {@code assigned} articles are already clustered. Synthetic
 * articles: each synthetic story has its own 6 invented names and 12 invented topic words; an
 * article is 8 sentences drawn from the demo and unrelated test texts (about 230 sentences) with
 * every capitalised word replaced by one of the story's names and 30% of the other words longer
 * than 3 letters replaced by one of the story's topic words (so stories do not share whole
 * sentences, as real stories rarely do), plus one sentence of the story's topic words. Stories get
 * 1-20 articles over 3 days; 1,000 articles arrive per simulated day, so the 14-day window holds
 * ~14k-28k recent articles. Features are extracted once in setup (the benchmark measures assignment
 * only).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoryBenchmark {
  private static final String[] SOURCES = {
    "/demo/geneva-talks-2022/000_94d2aa5169608688.txt",
    "/demo/geneva-talks-2022/001_b9ee5adf22213926.txt",
    "/demo/geneva-talks-2022/002_a367a5b22de7aba8.txt",
    "/demo/geneva-talks-2022/003_2bbe479d0874b1ba.txt",
    "/demo/geneva-talks-2022/004_a9f123cecce3c2d4.txt",
    "/io/storyline/story/unrelated/football-derby.txt",
    "/io/storyline/story/unrelated/central-bank.txt",
    "/io/storyline/story/unrelated/voting-rights.txt"
  };
  private static final int PROBES = 20_000;

  @Param({"1000", "10000", "100000"})
  public int assigned;

  private StoryAssigner assigner;
  private final List<ArticleFeatures> probes = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void populate() throws IOException {
    List<String> sentences = sentences();
    ArticleFeatureExtractor extractor = new ArticleFeatureExtractor();
    SplittableRandom random = new SplittableRandom(42);
    AtomicLong storyIds = new AtomicLong();
    assigner = new StoryAssigner(StoryAssigner.Settings.defaults(), storyIds::incrementAndGet);
    Instant start = Instant.parse("2022-01-01T00:00:00Z");
    long articleId = 0;
    int total = assigned + PROBES;
    while (articleId < total) {
      String[] names = words(random, 6, true);
      String[] topic = words(random, 12, false);
      int size = 1 + random.nextInt(20);
      Instant storyStart = start.plusSeconds(articleId * 86_400 / 1_000);
      for (int k = 0; k < size && articleId < total; k++, articleId++) {
        String text = article(random, sentences, names, topic);
        Instant published = storyStart.plusSeconds(random.nextLong(3 * 86_400));
        ArticleFeatures f =
            extractor.extract(articleId, published, names[0] + " " + topic[0], text);
        if (articleId < assigned) {
          assigner.assign(f);
        } else {
          probes.add(f);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d articles assigned, %d active stories%n",
        assigned,
        assigner.activeStories());
  }

  @Benchmark
  public Object assignOne() {
    int i = next++;
    ArticleFeatures f = probes.get(i % probes.size());
    if (i >= probes.size()) {
      // Later rounds re-send the probes under fresh ids (as reposts): they then also hit the
      // near-duplicate path.
      f =
          new ArticleFeatures(
              10_000_000L + i,
              f.publishedAt(),
              f.title(),
              f.termCounts(),
              f.nameCounts(),
              f.signature());
    }
    return assigner.assign(f);
  }

  private static String article(
      SplittableRandom random, List<String> sentences, String[] names, String[] topic) {
    StringBuilder text = new StringBuilder();
    text.append(names[0])
        .append(' ')
        .append(String.join(" ", topic))
        .append(" ")
        .append(names[1])
        .append(".\n\n");
    for (int s = 0; s < 8; s++) {
      String sentence = sentences.get(random.nextInt(sentences.size()));
      StringBuilder rewritten = new StringBuilder();
      for (String word : sentence.split(" ")) {
        boolean name =
            !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && rewritten.length() > 0;
        boolean swap = !name && word.length() > 3 && random.nextInt(10) < 3;
        String replaced =
            name
                ? names[random.nextInt(names.length)]
                : swap ? topic[random.nextInt(topic.length)] : word;
        rewritten.append(replaced).append(' ');
      }
      text.append(rewritten.toString().strip()).append("\n\n");
    }
    return text.toString();
  }

  private static String[] words(SplittableRandom random, int n, boolean capitalised) {
    String[] syllables = {
      "ka", "lo", "mir", "ta", "ven", "dor", "shi", "ru", "pel", "zan", "qua", "bre", "nos", "fi",
      "gul", "tem", "har", "vo", "lix", "sen"
    };
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder();
      int count = 2 + random.nextInt(3);
      for (int s = 0; s < count; s++) {
        w.append(syllables[random.nextInt(syllables.length)]);
      }
      words[i] = capitalised ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
    }
    return words;
  }

  private static List<String> sentences() throws IOException {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    List<String> out = new ArrayList<>();
    for (String source : SOURCES) {
      try (InputStream in = StoryBenchmark.class.getResourceAsStream(source)) {
        String text = cleaner.clean(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text();
        for (Sentence s : splitter.split(text)) {
          out.add(s.text());
        }
      }
    }
    return out;
  }
}
