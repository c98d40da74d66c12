package io.storyline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyDatesTest {
  private static final LocalDate MAY_1 = LocalDate.of(2010, 5, 1);
  private static final LocalDate MAY_2 = LocalDate.of(2010, 5, 2);
  private static final LocalDate MAY_3 = LocalDate.of(2010, 5, 3);

  private static TopicArticle article(long id, LocalDate day, String text) {
    return new TopicArticle(id, day, "Title " + id, text, List.of());
  }

  private static KeyDates.Query query(int dates, int perDate, String topic) {
    return new KeyDates.Query(
        dates, perDate, Optional.empty(), Optional.empty(), TopicQuery.parse(topic));
  }

  private static final List<TopicArticle> CORPUS =
      List.of(
          article(1, MAY_1, "The oil company opened a new refinery near the coast on Monday."),
          article(2, MAY_2, "The oil spill spread across the gulf waters during the night."),
          article(3, MAY_2, "Engineers tried to cap the leaking oil well with a steel dome."),
          article(4, MAY_2, "The oil spill spread across the gulf waters during the night."),
          article(5, MAY_3, "Farmers said the soil was too dry for planting this spring season."),
          article(6, MAY_3, "Farmers said the dry soil ruined the early planting this spring."),
          article(7, MAY_3, "Farmers said the soil stayed dry across the region this spring."));

  @Test
  void theDaysMostArticlesPointAtComeFirstAndAreReturnedInDateOrder() {
    List<KeyDate> dates = new KeyDates().select(CORPUS, query(2, 1, ""));
    assertEquals(List.of(MAY_2, MAY_3), dates.stream().map(KeyDate::day).toList());
  }

  @Test
  void aTopicCountsOnlyArticlesNamingItAsWholeWords() {
    // "oil" is not "soil": the three soil articles of 3 May do not count for the topic.
    List<KeyDate> dates = new KeyDates().select(CORPUS, query(3, 1, "oil"));
    assertEquals(List.of(MAY_1, MAY_2), dates.stream().map(KeyDate::day).toList());
  }

  @Test
  void commaAlternativesMatchWhenAnyDoes() {
    List<KeyDate> dates = new KeyDates().select(CORPUS, query(3, 1, "refinery, soil"));
    assertEquals(List.of(MAY_1, MAY_3), dates.stream().map(KeyDate::day).toList());
  }

  @Test
  void perDateSentencesAreHonouredWithoutRepeatsAndCiteTheirOffsets() {
    List<KeyDate> dates = new KeyDates().select(CORPUS, query(1, 3, "oil"));
    assertEquals(1, dates.size());
    List<KeyDate.Sentence> sentences = dates.get(0).sentences();
    // Articles 2 and 4 say the same: only one of them is kept, so two sentences, not three.
    assertEquals(2, sentences.size());
    List<String> texts = new ArrayList<>();
    for (KeyDate.Sentence s : sentences) {
      String text = CORPUS.get((int) s.articleId() - 1).text();
      assertEquals(s.text(), text.substring(s.start(), s.end()));
      texts.add(s.text());
    }
    assertEquals(texts.size(), texts.stream().distinct().count());
  }

  @Test
  void nearCopiesAreNotChosenTwice() {
    List<KeyDate> dates = new KeyDates().select(CORPUS, query(1, 3, "soil"));
    assertEquals(MAY_3, dates.get(0).day());
    assertTrue(dates.get(0).sentences().size() < 3, dates.get(0).sentences().toString());
  }

  @Test
  void theRangeBoundsTheDays() {
    KeyDates.Query onlyFirst =
        new KeyDates.Query(3, 1, Optional.of(MAY_1), Optional.of(MAY_1), Optional.empty());
    List<KeyDate> dates = new KeyDates().select(CORPUS, onlyFirst);
    assertEquals(List.of(MAY_1), dates.stream().map(KeyDate::day).toList());
    assertFalse(dates.get(0).sentences().isEmpty());
  }
}
