package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.article.ArticleText;
import io.storyline.event.AnnotatedArticle;
import io.storyline.event.DemoStory;
import io.storyline.event.EventMention;
import io.storyline.event.EventMentionExtractor;
import io.storyline.store.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventMentionsTest {
  private static final AnnotatedArticle ARTICLE = DemoStory.articles().get(0);
  private static final List<EventMention> FOUND =
      new EventMentionExtractor().extract(List.of(ARTICLE));

  /** Jackson as Quarkus configures it: dates as ISO text, unknown properties ignored. */
  private static ObjectMapper mapper() {
    return new ObjectMapper()
        .findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static final EventMentions STORED = new EventMentions(new Json(mapper()));

  private static ArticleText row(String stored) {
    return row(ARTICLE.text(), stored);
  }

  /** A stored article of this text with these stored mentions, as the store reads it back. */
  private static ArticleText row(String text, String stored) {
    return new ArticleText(
        42, "title", Optional.empty(), Instant.EPOCH, text, Optional.of(stored), Optional.empty());
  }

  private static List<EventMention> readBack(String stored) {
    return STORED.of(row(stored));
  }

  private static List<EventMention> expected() {
    return FOUND.stream().map(m -> m.withArticleId("42")).toList();
  }

  @Test
  void aStoredMentionKeepsItsSentenceAsOffsetsAndReadsBackWhole() throws Exception {
    String stored = STORED.toJson(FOUND);

    assertTrue(FOUND.size() > 3, "the demo article has dated mentions");
    for (EventMention mention : FOUND) {
      assertFalse(stored.contains(mention.sentence()), "not stored: " + mention.sentence());
    }
    assertFalse(stored.contains("\"articleId\""));
    assertFalse(stored.contains("[]"), "no empty lists");
    assertTrue(stored.contains("\"start\":" + FOUND.get(0).date().start().toEpochDay()), stored);
    assertEquals(expected(), readBack(stored));
  }

  /** Every demo article's mentions read back from their stored form as they were found. */
  @Test
  void everyArticlesMentionsReadBackAsTheyWereFound() {
    for (AnnotatedArticle article : DemoStory.articles()) {
      List<EventMention> found = new EventMentionExtractor().extract(List.of(article));
      assertFalse(found.isEmpty(), "dated mentions in " + article.text().substring(0, 40));
      assertEquals(
          found.stream().map(m -> m.withArticleId("42")).toList(),
          STORED.of(row(article.text(), STORED.toJson(found))));
    }
  }

  @Test
  void mentionsStoredWithTheirSentencesStillRead() throws Exception {
    String storedBefore = mapper().writeValueAsString(FOUND);
    assertTrue(storedBefore.contains("\"sentence\""));

    assertEquals(expected(), readBack(storedBefore));
  }

  @Test
  void theStoredFormIsSmallerByTheSentences() throws Exception {
    int before = mapper().writeValueAsString(FOUND).length();
    int after = STORED.toJson(FOUND).length();
    int sentences = FOUND.stream().mapToInt(m -> m.sentence().length()).sum();

    assertTrue(before - after >= sentences, before + " -> " + after);
  }

  @Test
  void keyDatesReadWhatTheyUseOfEachMentionAndSkipTheRest() throws Exception {
    String stored = STORED.toJson(FOUND);
    assertTrue(
        FOUND.stream().anyMatch(m -> !m.actors().isEmpty() && !m.clause().isEmpty()),
        "the demo article's mentions have actors and clause words to leave unread");
    for (String before : List.of(stored, mapper().writeValueAsString(FOUND))) {
      List<EventMention> read = STORED.forKeyDates(row(before));

      assertEquals(FOUND.size(), read.size());
      for (int i = 0; i < FOUND.size(); i++) {
        EventMention full = FOUND.get(i);
        EventMention slim = read.get(i);
        assertEquals(full.date(), slim.date());
        assertEquals(full.role(), slim.role());
        assertEquals(full.sentence(), slim.sentence());
        assertEquals(full.locations(), slim.locations());
        assertEquals(full.dating(), slim.dating());
        assertEquals(full.names(), slim.names());
        assertEquals(List.of(), slim.actors(), "not read");
        assertEquals("", slim.clause(), "not read");
      }
    }
  }
}
