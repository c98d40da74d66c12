package io.storyline.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.article.ArticleAnalysis;
import io.storyline.article.ArticleStored;
import io.storyline.article.ArticleText;
import io.storyline.event.AnnotatedArticle;
import io.storyline.event.EventMention;
import io.storyline.event.EventMentionExtractor;
import io.storyline.temporal.TemporalTagger;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finds each article's dated event mentions at ingest (before the write, in parallel) and keeps
 * them with the article, so a timeline is a merge of stored mentions, never a re-run of the tagger.
 */
@ApplicationScoped
public class EventMentions {
  private static final TypeReference<List<EventMention>> MENTIONS = new TypeReference<>() {};

  /** Placeholder id: the real one exists only once the article is written. */
  private static final String UNSAVED = "0";

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TemporalTagger tagger = new TemporalTagger();
  private final EventMentionExtractor extractor = new EventMentionExtractor();
  private final ObjectMapper json;

  EventMentions(ObjectMapper json) {
    this.json = json;
  }

  /** What {@link ArticleAnalysis} carries for this stage. */
  record Found(List<EventMention> mentions) {}

  void find(@Observes ArticleAnalysis analysis) {
    String text = analysis.cleaned().text();
    LocalDateTime reference =
        LocalDateTime.ofInstant(analysis.article().publishedAt(), ZoneOffset.UTC);
    List<Sentence> sentences = splitter.split(text);
    AnnotatedArticle annotated =
        new AnnotatedArticle(UNSAVED, reference, text, sentences, tagger.annotate(text, reference));
    analysis.put(Found.class, new Found(extractor.extract(annotated)));
  }

  void keep(@Observes ArticleStored stored) {
    List<EventMention> mentions =
        stored.analysis().get(Found.class).map(Found::mentions).orElse(List.of());
    try {
      stored.article().eventMentions = json.writeValueAsString(mentions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("mentions are plain records", e);
    }
  }

  /** The stored mentions of an article, attributed to it. */
  public List<EventMention> of(ArticleText article) {
    if (article.eventMentions().isEmpty() || article.eventMentions().get().isEmpty()) {
      return List.of();
    }
    try {
      String id = String.valueOf(article.id());
      return json.readValue(article.eventMentions().get(), MENTIONS).stream()
          .map(m -> m.withArticleId(id))
          .toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored mentions of article " + article.id() + " are not readable", e);
    }
  }
}
