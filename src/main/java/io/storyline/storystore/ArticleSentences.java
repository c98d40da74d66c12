package io.storyline.storystore;

import io.storyline.article.ArticleText;
import io.storyline.store.Json;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article's sentences as ingest split them, stored as offsets into its cleaned text, so
 * summaries and key dates never split a text again (splitting was a third of the key dates of a big
 * story). Articles stored before the offsets were kept are split when read.
 */
@ApplicationScoped
public class ArticleSentences {
  private final Json json;
  private final SentenceSplitter splitter = new SentenceSplitter();

  ArticleSentences(Json json) {
    this.json = json;
  }

  /** The size of the column (migration V5). */
  static final int MAX_STORED_CHARS = 1_000_000;

  /**
   * The stored form, [start, end, start, end, ...]; empty when it would not fit the column (a text
   * of a hundred thousand one-word sentences), and such a text is split when read.
   */
  public Optional<String> toJson(List<Sentence> sentences) {
    int[] bounds = new int[2 * sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      bounds[2 * i] = sentences.get(i).start();
      bounds[2 * i + 1] = sentences.get(i).end();
    }
    String stored = json.write(bounds);
    return stored.length() <= MAX_STORED_CHARS ? Optional.of(stored) : Optional.empty();
  }

  /** The article's sentences, in order. */
  public List<Sentence> of(ArticleText article) {
    return of(article.text(), article.sentenceBounds());
  }

  /** The sentences of a cleaned text whose stored offsets, if any, are {@code stored}. */
  public List<Sentence> of(String text, Optional<String> stored) {
    if (stored.isEmpty()) {
      return splitter.split(text);
    }
    int[] bounds = json.read(stored.get(), int[].class);
    List<Sentence> sentences = new ArrayList<>(bounds.length / 2);
    for (int i = 0; i + 1 < bounds.length; i += 2) {
      sentences.add(
          new Sentence(bounds[i], bounds[i + 1], text.substring(bounds[i], bounds[i + 1])));
    }
    return sentences;
  }
}
