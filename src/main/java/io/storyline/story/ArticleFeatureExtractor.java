package io.storyline.story;

import io.storyline.text.EnglishStems;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextLexicon;
import io.storyline.text.Token;
import io.storyline.text.Tokenizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cleaned text → {@link ArticleFeatures}. Content terms are Snowball stems of non-stop words; names
 * are capitalised words other than a sentence's opening function word ("The", "But"); the title
 * counts twice. Thread-safe.
 */
public final class ArticleFeatureExtractor {
  /**
   * Longer "words" are junk (base64, runs without spaces): they never match another article, and a
   * huge one would become a huge key in the stored features (Jackson refuses names over 50,000
   * chars on reload).
   */
  static final int MAX_WORD_CHARS = 64;

  private final Set<String> stopWords = TextLexicon.get().stopWords();
  private final Set<String> starters = TextLexicon.get().sentenceStarters();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();
  private final MinHasher hasher = new MinHasher();

  public ArticleFeatures extract(
      long articleId, Instant publishedAt, String title, String cleanedText) {
    return extract(articleId, publishedAt, title, cleanedText, splitter.split(cleanedText));
  }

  /** The same, from the text's sentences as already split (the ingest pipeline splits once). */
  public ArticleFeatures extract(
      long articleId,
      Instant publishedAt,
      String title,
      String cleanedText,
      List<Sentence> sentences) {
    Map<String, Integer> terms = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    List<String> stems = new ArrayList<>();
    for (Sentence sentence : sentences) {
      collect(cleanedText, sentence.start(), sentence.end(), terms, names, stems);
    }
    collect(title, 0, title.length(), terms, names, new ArrayList<>());
    return new ArticleFeatures(articleId, publishedAt, title, terms, names, hasher.sign(stems));
  }

  /** Content stems in text order, for near-duplicate shingles. */
  public List<String> contentStems(String text) {
    List<String> stems = new ArrayList<>();
    collect(text, 0, text.length(), new HashMap<>(), new HashMap<>(), stems);
    return stems;
  }

  private void collect(
      String text,
      int from,
      int to,
      Map<String, Integer> terms,
      Map<String, Integer> names,
      List<String> stems) {
    boolean first = true;
    for (Token token : tokenizer.tokenize(text, from, to)) {
      String word = token.text().replace('’', '\'');
      int apostrophe = word.indexOf('\'');
      String lower =
          (apostrophe > 0 ? word.substring(0, apostrophe) : word).toLowerCase(Locale.ROOT);
      boolean opening = first;
      first = false;
      if (lower.length() < 2
          || lower.length() > MAX_WORD_CHARS
          || stopWords.contains(lower)
          || (lower.length() < 3 && isDigits(lower))) {
        continue;
      }
      if (Character.isUpperCase(word.charAt(0)) && !(opening && starters.contains(lower))) {
        names.merge(lower, 1, Integer::sum);
      }
      String stem = isDigits(lower) ? lower : EnglishStems.of(lower);
      terms.merge(stem, 1, Integer::sum);
      stems.add(stem);
    }
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i)) && s.charAt(i) != ',' && s.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }
}
