package io.storyline.storystore;

import com.fasterxml.jackson.core.type.TypeReference;
import io.storyline.api.CacheKey;
import io.storyline.api.ResultCache;
import io.storyline.article.ArticleText;
import io.storyline.event.EventMention;
import io.storyline.store.Json;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads the dated event mentions ingest found and stored with each article, so a timeline is a
 * merge of stored mentions, never a re-run of the tagger.
 */
@ApplicationScoped
public class EventMentions {
  private static final TypeReference<List<EventMention>> MENTIONS = new TypeReference<>() {};

  /** Cache kind of an article's parsed mentions (an article never changes: version 0). */
  private static final String KIND = "article-mentions";

  private final Json json;
  private final ResultCache cache;

  EventMentions(Json json, ResultCache cache) {
    this.json = json;
    this.cache = cache;
  }

  /** The stored mentions of an article, attributed to it. */
  public List<EventMention> of(ArticleText article) {
    if (article.eventMentions().isEmpty() || article.eventMentions().get().isEmpty()) {
      return List.of();
    }
    // Parsed once per article, not once per recomputation of its story: each article of a story
    // is read again whenever the story grows.
    return cache.get(
        CacheKey.of(KIND, article.id(), 0),
        () -> {
          String id = String.valueOf(article.id());
          return json.read(article.eventMentions().get(), MENTIONS).stream()
              .map(m -> m.withArticleId(id))
              .toList();
        },
        mentions -> 64L + 2L * article.eventMentions().get().length());
  }
}
