package io.storyline.timeline;

import static java.util.Comparator.naturalOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.event.AnnotatedArticle;
import io.storyline.event.DemoStory;
import io.storyline.event.EventMentionExtractor;
import io.storyline.event.EventMerger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the demo story: cleaner, splitter, temporal tagger, event extraction and merging,
 * timeline. Compared with the gold timeline in {@code gold/geneva-talks-2022.json}; entries on
 * dates the gold does not list are printed (they are not errors: the gold lists the story's main
 * events only).
 */
class DemoTimelineTest {

  private static final List<String> JUNK =
      List.of(
          "Bitcoin",
          "Tesla and Nvidia",
          "Previous article",
          "Next article",
          "Leave a reply",
          "Advertisement",
          "Source link",
          "Related Articles",
          "Getty Images",
          "Post a Comment",
          "Back to top");
  private static List<TimelineEntry> timeline;
  private static List<DemoStory.GoldEvent> gold;

  @BeforeAll
  static void assemble() {
    List<AnnotatedArticle> articles = DemoStory.articles();
    timeline =
        new TimelineAssembler()
            .assemble(
                new EventMerger()
                    .merge(
                        new EventMentionExtractor().extract(articles),
                        articles.stream().map(AnnotatedArticle::text).toList()),
                TimelineQuery.all(),
                PublicationSpan.of(
                    articles.stream()
                        .map(a -> a.publishedAt().toLocalDate())
                        .min(naturalOrder())
                        .orElseThrow(),
                    articles.stream()
                        .map(a -> a.publishedAt().toLocalDate())
                        .max(naturalOrder())
                        .orElseThrow()));
    gold = DemoStory.goldEvents();
  }

  @Test
  void everyGoldEventDateIsATimelineEntry() {
    Set<String> dates = timeline.stream().map(TimelineEntry::date).collect(Collectors.toSet());
    List<String> missing =
        gold.stream().map(DemoStory.GoldEvent::date).filter(d -> !dates.contains(d)).toList();
    System.out.printf(
        Locale.ROOT,
        "Demo timeline: %d of %d gold dates found, %d entries%n",
        gold.size() - missing.size(),
        gold.size(),
        timeline.size());
    Set<String> goldDates =
        gold.stream().map(DemoStory.GoldEvent::date).collect(Collectors.toSet());
    timeline.stream()
        .filter(entry -> !goldDates.contains(entry.date()))
        .forEach(
            entry ->
                System.out.printf(
                    Locale.ROOT,
                    "  extra %-10s %-6s %s %.70s%n",
                    entry.date(),
                    entry.granularity(),
                    entry.sources().stream().map(TimelineSource::articleId).distinct().toList(),
                    entry.headline()));
    timeline.forEach(
        entry ->
            System.out.printf(
                Locale.ROOT,
                "  entry %-10s %.2f %s %s | %.90s%n",
                entry.date(),
                entry.salience(),
                entry.sources().stream().map(TimelineSource::articleId).distinct().toList(),
                entry.places(),
                entry.headline()));
    assertEquals(List.of(), missing);
  }

  @Test
  void genevaBrusselsAndViennaCarryTheirPlace() {
    gold.stream()
        .filter(event -> !event.place().isEmpty())
        .forEach(
            event ->
                assertTrue(
                    timeline.stream()
                        .anyMatch(
                            entry ->
                                entry.date().equals(event.date())
                                    && entry.places().contains(event.place())),
                    event.date() + " " + event.place()));
  }

  @Test
  void theGenevaEntryCitesAllFiveArticles() {
    TimelineEntry geneva =
        timeline.stream()
            .filter(entry -> entry.date().equals("2022-01-10") && entry.places().contains("Geneva"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        new TreeSet<>(List.of("000", "001", "002", "003", "004")),
        geneva.sources().stream()
            .map(TimelineSource::articleId)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void headlinesTakeTheOriginalWordingOverTheSpunCopy() {
    // 000 is a machine-spun rewrite of 001: where both report an entry, the headline is 001's
    // sentence.
    for (TimelineEntry entry : timeline) {
      List<String> articles =
          entry.sources().stream().map(TimelineSource::articleId).distinct().toList();
      if (articles.contains("000") && articles.contains("001")) {
        assertFalse(
            entry.sources().stream()
                .anyMatch(
                    source ->
                        source.articleId().equals("000")
                            && source.sentence().equals(entry.headline())
                            && entry.sources().stream()
                                .noneMatch(
                                    other ->
                                        !other.articleId().equals("000")
                                            && other.sentence().equals(entry.headline()))),
            entry.headline());
      }
    }
  }

  @Test
  void noSentenceOfTheSpunCopyWhereItsOriginalIsASource() {
    // The gold's near-duplicate pair: 000 is a machine-spun rewrite of 001.
    for (TimelineEntry entry : timeline) {
      List<String> shown = new ArrayList<>(entry.sentences());
      shown.add(entry.headline());
      List<String> originals =
          entry.sources().stream()
              .filter(source -> source.articleId().equals("001"))
              .map(TimelineSource::sentence)
              .toList();
      for (TimelineSource copy : entry.sources()) {
        boolean rewritten =
            copy.articleId().equals("000")
                && originals.stream()
                    .anyMatch(original -> wordOverlap(original, copy.sentence()) >= 0.4)
                && !originals.contains(copy.sentence());
        if (rewritten) {
          assertFalse(shown.contains(copy.sentence()), entry.date() + ": " + copy.sentence());
        }
      }
    }
  }

  @Test
  void eachEntryLeadsWithAHeadlineOfItsOwn() {
    Map<String, List<String>> datesByHeadline = new HashMap<>();
    timeline.forEach(
        entry ->
            datesByHeadline
                .computeIfAbsent(entry.headline(), h -> new ArrayList<>())
                .add(entry.date()));
    datesByHeadline.forEach(
        (headline, dates) -> assertEquals(1, dates.size(), dates + " share: " + headline));
    timeline.forEach(
        entry -> assertFalse(entry.sentences().contains(entry.headline()), entry.headline()));
    // The sentence naming the Brussels (Wednesday) and Vienna (Thursday) meetings heads neither
    // day whole: each leads with its own clause.
    assertTrue(headlineOn("2022-01-12").contains("Brussels"), headlineOn("2022-01-12"));
    assertTrue(headlineOn("2022-01-13").contains("Vienna"), headlineOn("2022-01-13"));
    assertFalse(headlineOn("2022-01-13").contains("Brussels"), headlineOn("2022-01-13"));
  }

  @Test
  void contextYearsAreBackgroundAndTheWeekOfTalksIsNot() {
    Set<String> background =
        timeline.stream()
            .filter(TimelineEntry::background)
            .map(TimelineEntry::date)
            .collect(Collectors.toCollection(TreeSet::new));
    // The gold's context years (and "the last decade", where it is an entry) are background.
    assertTrue(
        background.containsAll(Set.of("1990", "2014", "2016", "2018")), background.toString());
    assertTrue(
        Set.of("1990", "201", "2014", "2016", "2018").containsAll(background),
        background.toString());
    assertTrue(
        timeline.stream()
            .filter(entry -> entry.date().startsWith("2021-") || entry.date().startsWith("2022-"))
            .noneMatch(TimelineEntry::background));
  }

  private static String headlineOn(String date) {
    return timeline.stream()
        .filter(entry -> entry.date().equals(date))
        .max(Comparator.comparingDouble(TimelineEntry::salience))
        .orElseThrow()
        .headline();
  }

  /** Share of distinct lower-case words two sentences have in common (Jaccard). */
  private static double wordOverlap(String a, String b) {
    Set<String> wordsA = words(a);
    Set<String> wordsB = words(b);
    Set<String> shared = new HashSet<>(wordsA);
    shared.retainAll(wordsB);
    Set<String> all = new HashSet<>(wordsA);
    all.addAll(wordsB);
    return all.isEmpty() ? 0 : shared.size() / (double) all.size();
  }

  private static Set<String> words(String sentence) {
    Set<String> words = new HashSet<>();
    for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  @Test
  void noEntryComesFromJunk() {
    List<String> removed = DemoStory.removedLines();
    for (TimelineEntry entry : timeline) {
      for (TimelineSource source : entry.sources()) {
        JUNK.forEach(junk -> assertFalse(source.sentence().contains(junk), source.sentence()));
        removed.forEach(
            line ->
                assertFalse(
                    line.contains(source.sentence().strip()),
                    "from a removed line: " + source.sentence()));
      }
    }
  }
}
