package io.storyline.text;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * English Snowball stems of lower-case words, for clustering, summaries and events alike. Each word
 * is stemmed once and remembered: news reuses its vocabulary, so most words of an article were met
 * before, and stemming was a visible share of ingest and of every timeline recomputation. The table
 * is emptied when it reaches {@value #MAX_WORDS} words, so memory stays bounded (15 MB when full of
 * 14-letter words). Thread-safe.
 */
public final class EnglishStems {
  static final int MAX_WORDS = 100_000;

  /** Longer words are rare (and junk more often than not): stemmed every time rather than kept. */
  private static final int MAX_KEPT_CHARS = 40;

  private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>();

  /** OpenNLP's stemmer keeps state between calls: one per thread. */
  private static final ThreadLocal<SnowballStemmer> STEMMERS =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

  private EnglishStems() {}

  public static String of(String lowerCaseWord) {
    String stem = STEMS.get(lowerCaseWord);
    if (stem != null) {
      return stem;
    }
    stem = STEMMERS.get().stem(lowerCaseWord).toString();
    if (lowerCaseWord.length() <= MAX_KEPT_CHARS) {
      if (STEMS.size() >= MAX_WORDS) {
        STEMS.clear();
      }
      STEMS.put(lowerCaseWord, stem);
    }
    return stem;
  }

  /** Words remembered now (at most {@value #MAX_WORDS}). */
  static int size() {
    return STEMS.size();
  }
}
