package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storyline.event.DemoStory;
import io.storyline.event.Event;
import io.storyline.event.EventDate;
import io.storyline.event.EventMentionExtractor;
import io.storyline.event.EventMerger;
import io.storyline.event.EventSource;
import io.storyline.event.MentionRole;
import io.storyline.store.Json;
import io.storyline.temporal.Granularity;
import io.storyline.timeline.CitedArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A story's merged events are stored with each sentence once per event and read back whole. */
class StoredEventsTest {
  /** Jackson as Quarkus configures it: dates as ISO text, unknown properties ignored. */
  private static final Json JSON =
      new Json(
          new ObjectMapper()
              .findAndRegisterModules()
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

  private static StoryEvents.Merged readBack(StoryEvents.Merged merged) {
    String stored = JSON.write(StoredEvents.of(merged));
    return JSON.read(stored, StoredEvents.class).toMerged();
  }

  @Test
  void theDemoStorysEventsReadBackEqualAndTakeAQuarterLessSpace() {
    List<Event> events =
        new EventMerger()
            .merge(new EventMentionExtractor().extract(DemoStory.articles()), List.of());
    StoryEvents.Merged merged =
        new StoryEvents.Merged(
            events, Map.of(1L, new CitedArticle("Talks open", Optional.of("https://x.test/1"))));

    assertTrue(events.size() > 10, "the demo story has events: " + events.size());
    assertEquals(merged, readBack(merged));
    int asTheyAre = JSON.write(merged).length();
    int stored = JSON.write(StoredEvents.of(merged)).length();
    // Its spun copies word most sentences differently, so less is shared than among wire copies.
    assertTrue(stored * 4 < asTheyAre * 3, stored + " chars stored against " + asTheyAre);
  }

  @Test
  void aHeadlineThatIsNotTheFirstSentenceAndASourceSentenceOfItsOwnReadBack() {
    EventDate may = new EventDate("2022-05", Granularity.MONTH, date(5, 1), date(6, 1));
    Event event =
        new Event(
            "ev-1",
            may,
            "Talks resumed in May",
            List.of("Talks resumed in May, officials said.", "Negotiators met again in May."),
            List.of(),
            List.of(),
            MentionRole.HAPPENING,
            0.5,
            List.of(
                new EventSource("7", 0, 36, "Talks resumed in May, officials said.", 14, 20),
                new EventSource("8", 10, 50, "In May the talks resumed after a pause.", 13, 16),
                new EventSource("9", 0, 36, "Talks resumed in May, officials said.", 14, 20)),
            null,
            List.of("talks resumed in may"),
            List.of());
    StoryEvents.Merged merged = new StoryEvents.Merged(List.of(event), Map.of());

    assertEquals(merged, readBack(merged));
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2022, month, day);
  }
}
