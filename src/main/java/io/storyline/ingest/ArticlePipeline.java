package io.storyline.ingest;

import io.storyline.domain.InvalidArticle;
import io.storyline.event.AnnotatedArticle;
import io.storyline.event.EventMentionExtractor;
import io.storyline.story.ArticleFeatureExtractor;
import io.storyline.temporal.TemporalTagger;
import io.storyline.text.CleanedText;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything computed from an article before it is written, in order: clean, split into sentences
 * (once), tag temporal expressions, find dated event mentions, compute story features. Plain Java
 * and thread-safe: ingest runs it on request threads outside any lock or transaction, and the
 * start-up warm-up and the tests run this same pipeline.
 */
public final class ArticlePipeline {
  /**
   * Placeholder article id of the mentions: the real one exists only once the article is written.
   */
  private static final String UNSAVED = "0";

  private final TextCleaner cleaner = new TextCleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TemporalTagger tagger = new TemporalTagger();
  private final EventMentionExtractor mentions = new EventMentionExtractor();
  private final ArticleFeatureExtractor features = new ArticleFeatureExtractor();

  /**
   * @throws InvalidArticle when nothing of the body is article text once markup and feed
   *     boilerplate are removed
   */
  public AnalysedArticle analyse(ValidArticle article) {
    CleanedText cleaned = cleaner.clean(article.body());
    String text = cleaned.text();
    if (text.isBlank()) {
      throw new InvalidArticle(
          "body", "has no article text once markup and feed boilerplate are removed");
    }
    List<Sentence> sentences = splitter.split(text);
    LocalDateTime reference = LocalDateTime.ofInstant(article.publishedAt(), ZoneOffset.UTC);
    AnnotatedArticle annotated =
        new AnnotatedArticle(UNSAVED, reference, text, sentences, tagger.annotate(text, reference));
    return new AnalysedArticle(
        article,
        cleaned,
        ContentHash.of(text),
        sentences,
        mentions.extract(annotated),
        features.extract(0, article.publishedAt(), article.title(), text, sentences));
  }
}
