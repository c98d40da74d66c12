package io.storyline.storystore;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.article.ArticleText;
import io.storyline.event.EventDate;
import io.storyline.event.EventMention;
import io.storyline.store.Json;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dated event mentions ingest finds, as stored with each article and read back, so a timeline
 * is a merge of stored mentions, never a re-run of the tagger. Every timeline read parses them, so
 * the stored form is lean: no sentence (it is the article's text between the mention's offsets), no
 * article id (the row's), no empty values, and days as numbers (epoch days: parsing ISO dates was a
 * fifth of the reading). Mentions stored before, with all of these, still read.
 */
@ApplicationScoped
public class EventMentions {
  private static final TypeReference<List<EventMention>> MENTIONS = new TypeReference<>() {};

  /** The stored form of a mention (mix-ins are registered for reflection for a native image). */
  @RegisterForReflection
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonIgnoreProperties(
      value = {"sentence", "articleId"},
      allowSetters = true)
  interface Stored {}

  /** The stored form of a mention's date: its days as epoch days (ISO text still reads). */
  @RegisterForReflection
  interface StoredDate {
    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    LocalDate start();

    @JsonFormat(shape = JsonFormat.Shape.NUMBER_INT)
    LocalDate end();
  }

  /**
   * What key dates read of a stored mention: its date, role, sentence offsets, locations, dating
   * and names. Its clause words, places, actors, kinds and trigger are skipped unread.
   */
  @RegisterForReflection
  @JsonIgnoreProperties({"sentence", "articleId", "clause", "places", "actors", "kinds", "trigger"})
  interface KeyDatesRead {}

  private final Json stored;
  private final Json keyDates;

  EventMentions(Json json) {
    this.stored =
        json.withMixIns(
            Map.of(EventMention.class, Stored.class, EventDate.class, StoredDate.class));
    this.keyDates =
        json.withMixIns(
            Map.of(EventMention.class, KeyDatesRead.class, EventDate.class, StoredDate.class));
  }

  /** The stored form of an article's mentions. */
  public String toJson(List<EventMention> mentions) {
    return stored.write(mentions);
  }

  /** The stored mentions of an article, attributed to it, with their sentences. */
  public List<EventMention> of(ArticleText article) {
    return read(article, stored);
  }

  /**
   * The stored mentions of an article as key dates read them ({@link KeyDatesRead}): no clause
   * words, places, actors, kinds or trigger.
   */
  public List<EventMention> forKeyDates(ArticleText article) {
    return read(article, keyDates);
  }

  private static List<EventMention> read(ArticleText article, Json format) {
    if (article.eventMentions().isEmpty() || article.eventMentions().get().isEmpty()) {
      return List.of();
    }
    String id = String.valueOf(article.id());
    return format.read(article.eventMentions().get(), MENTIONS).stream()
        .map(m -> m.inArticle(id, article.text()))
        .toList();
  }
}
