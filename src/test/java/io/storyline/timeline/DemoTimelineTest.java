package io.storyline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.event.AnnotatedArticle;
import io.storyline.event.DemoStory;
import io.storyline.event.EventMentionExtractor;
import io.storyline.event.EventMerger;
import java.util.List;
import java.util.Locale;
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
                TimelineQuery.all());
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
