package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.temporal.TemporalExpression;
import io.storyline.testing.RandomText;
import io.storyline.text.Sentence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary text never breaks extraction or merging, offsets stay inside the text, and work stays
 * bounded.
 */
class EventRobustnessTest {

  private static final List<String> PIECES =
      List.of(
          "Secretary of State ",
          "U.S.",
          "’s ",
          "Bank of ",
          "Geneva ",
          " on Monday",
          "-",
          "Jan. 9-10",
          " and ",
          "Vienna Philharmonic ",
          "President ",
          "George W. ",
          "in Brussels ",
          "said ",
          "talks ",
          ". ",
          ", ",
          "NATO-Russia Council ",
          "The ",
          "\n",
          "’",
          "'",
          "U.Ok. ",
          "Wendy Sherman ");

  @Test
  void randomTextNeverBreaksExtractionAndOffsetsStayInside() {
    EventMentionExtractor extractor = new EventMentionExtractor();
    EventMerger merger = new EventMerger();
    for (long seed = 1; seed <= 300; seed++) {
      RandomText random = new RandomText(seed, PIECES);
      Random offsets = new Random(seed);
      String text = random.next(80);
      List<Sentence> sentences = new ArrayList<>();
      int cut = text.isEmpty() ? 0 : offsets.nextInt(text.length() + 1);
      sentences.add(new Sentence(0, cut, text.substring(0, cut)));
      sentences.add(new Sentence(cut, text.length(), text.substring(cut)));
      List<TemporalExpression> dates = new ArrayList<>();
      for (int i = 0; i < 4 && !text.isEmpty(); i++) {
        int start = offsets.nextInt(text.length());
        int end = start + 1 + offsets.nextInt(Math.min(12, text.length() - start));
        dates.add(
            TestArticles.expression(
                start, text.substring(start, end), i % 2 == 0 ? "2022-01-10" : "2022-01"));
      }
      dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
      List<EventMention> mentions =
          extractor.extract(
              new AnnotatedArticle("a" + seed, TestArticles.PUBLISHED, text, sentences, dates));
      for (EventMention mention : mentions) {
        assertTrue(
            mention.sentenceStart() >= 0 && mention.sentenceEnd() <= text.length(), "seed " + seed);
        assertEquals(
            text.substring(mention.sentenceStart(), mention.sentenceEnd()),
            mention.sentence(),
            "seed " + seed);
      }
      merger.merge(mentions);
    }
  }

  @Test
  void aMegabyteStoryIsExtractedAndMergedInBoundedWork() {
    String sentence =
        "Secretary of State Antony Blinken said on Sunday that talks with Russia would continue on"
            + " Wednesday in Brussels and at a session in Vienna on Thursday, after Sherman and"
            + " Ryabkov met in Geneva. ";
    List<AnnotatedArticle> story = new ArrayList<>();
    int total = 0;
    for (int a = 0; total < 1_000_000; a++) {
      StringBuilder text = new StringBuilder();
      List<Sentence> sentences = new ArrayList<>();
      List<TemporalExpression> dates = new ArrayList<>();
      for (int s = 0; s < 50; s++) {
        int start = text.length();
        String variant =
            sentence.replace("Russia", s % 3 == 0 ? "Moscow" : "Russia")
                + "Item "
                + a
                + "-"
                + s
                + ". ";
        text.append(variant);
        sentences.add(new Sentence(start, text.length(), variant));
        dates.add(
            TestArticles.expression(
                start + variant.indexOf("on Sunday"), "on Sunday", "2022-01-09"));
        dates.add(
            TestArticles.expression(
                start + variant.indexOf("Wednesday"), "Wednesday", "2022-01-12"));
        dates.add(
            TestArticles.expression(
                start + variant.indexOf("on Thursday"), "on Thursday", "2022-01-13"));
      }
      total += text.length();
      story.add(
          new AnnotatedArticle("a" + a, TestArticles.PUBLISHED, text.toString(), sentences, dates));
    }
    // CPU time of this thread, not wall-clock: the budget must hold on a loaded build machine.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long started = threads.getCurrentThreadCpuTime();
    List<EventMention> mentions = new EventMentionExtractor().extract(story);
    long extracted = threads.getCurrentThreadCpuTime();
    List<Event> events = new EventMerger().merge(mentions);
    Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - started);
    System.out.println(
        "robust: "
            + total
            + " chars, "
            + mentions.size()
            + " mentions, extraction "
            + Duration.ofNanos(extracted - started).toMillis()
            + " ms CPU, total "
            + took.toMillis()
            + " ms CPU");
    // A guard against runaway work (a backtracking pattern, a quadratic merge would take minutes),
    // not
    // a speed figure: that is EventBenchmark's. CPU time still grows on a busy machine, hence the
    // margin.
    assertTrue(took.toMillis() < 20_000, "took " + took);
    assertTrue(events.size() >= 3);
  }
}
