package io.storyline.storystore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.article.ArticleText;
import io.storyline.event.EventMention;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads the dated event mentions ingest found and stored with each article, so a timeline is a
 * merge of stored mentions, never a re-run of the tagger.
 */
@ApplicationScoped
public class EventMentions {
  private static final TypeReference<List<EventMention>> MENTIONS = new TypeReference<>() {};

  private final ObjectMapper json;

  EventMentions(ObjectMapper json) {
    this.json = json;
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
