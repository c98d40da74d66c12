package io.storyline.storystore;

import com.fasterxml.jackson.core.type.TypeReference;
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

  private final Json json;

  EventMentions(Json json) {
    this.json = json;
  }

  /** The stored mentions of an article, attributed to it. */
  public List<EventMention> of(ArticleText article) {
    if (article.eventMentions().isEmpty() || article.eventMentions().get().isEmpty()) {
      return List.of();
    }
    String id = String.valueOf(article.id());
    return json.read(article.eventMentions().get(), MENTIONS).stream()
        .map(m -> m.withArticleId(id))
        .toList();
  }
}
