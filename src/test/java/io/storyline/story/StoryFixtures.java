package io.storyline.story;

import io.storyline.text.CleanedText;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The demo copies and the unrelated articles as features, with plausible publication times. */
final class StoryFixtures {
  static final List<String> DEMO =
      List.of(
          "000_94d2aa5169608688.txt",
          "001_b9ee5adf22213926.txt",
          "002_a367a5b22de7aba8.txt",
          "003_2bbe479d0874b1ba.txt",
          "004_a9f123cecce3c2d4.txt");

  /** 004 was written before the talks (Dec 31), the others on Jan 9-10 2022. */
  static final List<Instant> DEMO_TIMES =
      List.of(
          Instant.parse("2022-01-10T09:00:00Z"),
          Instant.parse("2022-01-10T11:00:00Z"),
          Instant.parse("2022-01-10T18:00:00Z"),
          Instant.parse("2022-01-09T07:00:00Z"),
          Instant.parse("2021-12-31T16:00:00Z"));

  static final String FOOTBALL = "football-derby.txt";
  static final String CENTRAL_BANK = "central-bank.txt";
  static final String VOTING_RIGHTS = "voting-rights.txt";

  private static final TextCleaner CLEANER = new TextCleaner();
  private static final ArticleFeatureExtractor EXTRACTOR = new ArticleFeatureExtractor();

  private StoryFixtures() {}

  static List<ArticleFeatures> demo() {
    List<ArticleFeatures> features = new ArrayList<>();
    for (int i = 0; i < DEMO.size(); i++) {
      features.add(features(i, DEMO_TIMES.get(i), read("/demo/geneva-talks-2022/" + DEMO.get(i))));
    }
    return features;
  }

  static ArticleFeatures unrelated(long id, String name) {
    return features(
        id,
        DEMO_TIMES.get(0).plus(Duration.ofHours(3)),
        read("/io/storyline/story/unrelated/" + name));
  }

  static ArticleFeatures features(long id, Instant publishedAt, String body) {
    CleanedText cleaned = CLEANER.clean(body);
    String text = cleaned.text();
    int firstBreak = text.indexOf('\n');
    String title = firstBreak < 0 ? text : text.substring(0, firstBreak);
    return EXTRACTOR.extract(id, publishedAt, title, text);
  }

  static String read(String path) {
    try (InputStream in = StoryFixtures.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
