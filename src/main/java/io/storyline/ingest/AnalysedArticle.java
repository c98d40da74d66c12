package io.storyline.ingest;

import io.storyline.event.EventMention;
import io.storyline.story.ArticleFeatures;
import io.storyline.text.CleanedText;
import io.storyline.text.Sentence;
import java.util.List;

/**
 * A valid article with everything computed from it before it is written: its cleaned text, that
 * text's sentences (split once, for every stage), its dated event mentions (article id not yet
 * known) and its story features (id 0 until written).
 */
public record AnalysedArticle(
    ValidArticle article,
    CleanedText cleaned,
    String contentHash,
    List<Sentence> sentences,
    List<EventMention> mentions,
    ArticleFeatures features) {

  public AnalysedArticle {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
