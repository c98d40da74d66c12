package io.storyline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.event.AnnotatedArticle;
import io.storyline.event.Dating;
import io.storyline.event.DemoStory;
import io.storyline.event.EventDate;
import io.storyline.event.EventMention;
import io.storyline.event.EventMentionExtractor;
import io.storyline.event.MentionRole;
import io.storyline.event.Place;
import io.storyline.event.PlaceKind;
import io.storyline.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyDatesTest {
  private static final LocalDate MAY_1 = LocalDate.of(2010, 5, 1);
  private static final LocalDate MAY_2 = LocalDate.of(2010, 5, 2);
  private static final LocalDate MAY_3 = LocalDate.of(2010, 5, 3);

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static TopicArticle article(long id, LocalDate day, String text) {
    return new TopicArticle(id, day, "Title " + id, text, SPLITTER.split(text), List.of());
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

  private static final Place HALL = new Place("Vienna", PlaceKind.CAPITAL, "Austria");

  /** A dated mention of the whole sentence [start, end) of {@code text}. */
  private static EventMention mention(
      String text,
      String sentence,
      LocalDate day,
      MentionRole role,
      boolean located,
      Dating dating) {
    int start = text.indexOf(sentence);
    return new EventMention(
        "",
        EventDate.day(day),
        role,
        "met",
        start,
        start + sentence.length(),
        sentence,
        start,
        start + 1,
        located ? List.of(HALL) : List.of(),
        located ? List.of(HALL) : List.of(),
        List.of(),
        List.of(),
        0.5,
        dating,
        "",
        List.of());
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    // role, located, dating, evidence of the article for the day
    "HAPPENING, true, EXPLICIT, 1.0",
    "HAPPENING, false, EXPLICIT, 0.5",
    "STATEMENT, true, EXPLICIT, 0.25",
    "STATEMENT, false, EXPLICIT, 0.25",
    "UNSPECIFIED, false, EXPLICIT, 0.25",
    "HAPPENING, true, NARRATIVE, 0.5",
    "HAPPENING, false, PUBLICATION, 0.25",
    "STATEMENT, false, NARRATIVE, 0.125"
  })
  void aLocatedHappeningIsStrongerEvidenceThanAStatementAndANamedDateThanAnInferredOne(
      MentionRole role, boolean located, Dating dating, double expected) {
    String text = "Delegates met in the hall on Thursday.";
    assertEquals(
        expected, KeyDates.evidence(mention(text, text, MAY_3, role, located, dating)), 1e-9);
  }

  @Test
  void oneArticlesLongAccountOfItsOwnDayDoesNotOutweighADayThreeArticlesReport() {
    // Article 1 tells, in six dated sentences, what happened on the day it was published; three
    // articles of 1 May each report, once, talks held in a city on 3 May.
    StringBuilder account = new StringBuilder();
    List<String> said = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String sentence = "The minister said on Friday that delegation number " + i + " would stay.";
      said.add(sentence);
      account.append(sentence).append(' ');
    }
    String text = account.toString().strip();
    List<EventMention> mentions = new ArrayList<>();
    for (String sentence : said) {
      mentions.add(mention(text, sentence, MAY_2, MentionRole.STATEMENT, false, Dating.EXPLICIT));
    }
    List<TopicArticle> corpus = new ArrayList<>();
    corpus.add(new TopicArticle(1, MAY_2, "Minister speaks", text, SPLITTER.split(text), mentions));
    for (long id = 2; id <= 4; id++) {
      String talks = "Negotiators will hold talks in Vienna on Sunday, report " + id + " said.";
      corpus.add(
          new TopicArticle(
              id,
              MAY_1,
              "Talks ahead",
              talks,
              SPLITTER.split(talks),
              List.of(mention(talks, talks, MAY_3, MentionRole.HAPPENING, true, Dating.EXPLICIT))));
    }
    List<KeyDate> dates = new KeyDates().select(corpus, query(1, 1, ""));
    assertEquals(List.of(MAY_3), dates.stream().map(KeyDate::day).toList());
    assertEquals(3.0, dates.get(0).score(), 1e-9);
  }

  @Test
  void theDemoStorysThreeKeyDatesAreGenevaBrusselsAndVienna() {
    // Issue 18: dates=3&perDate=2 on the demo story gives 10 January (Geneva), 12 January
    // (Brussels) and 13 January (Vienna), though 9 January and 31 December have more sentences.
    List<TopicArticle> story = new ArrayList<>();
    EventMentionExtractor extractor = new EventMentionExtractor();
    long id = 0;
    for (AnnotatedArticle a : DemoStory.articles()) {
      story.add(
          new TopicArticle(
              id++,
              a.publishedAt().toLocalDate(),
              "",
              a.text(),
              a.sentences(),
              extractor.extract(a)));
    }
    List<KeyDate> dates = new KeyDates().select(story, query(3, 2, ""));
    assertEquals(
        List.of(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 13)),
        dates.stream().map(KeyDate::day).toList());
    assertTrue(
        dates.get(1).sentences().stream().anyMatch(s -> s.text().contains("Brussels")),
        dates.get(1).toString());
    assertTrue(
        dates.get(2).sentences().stream().anyMatch(s -> s.text().contains("Vienna")),
        dates.get(2).toString());
    for (KeyDate date : dates) {
      assertTrue(date.sentences().size() >= 1 && date.sentences().size() <= 2, date.toString());
    }
  }
}
