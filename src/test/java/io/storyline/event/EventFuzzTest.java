package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.temporal.TemporalTagger;
import io.storyline.testing.RandomText;
import io.storyline.text.SentenceSplitter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and adversarial text through the real pipeline (sentences, temporal tags) into the event
 * extractor and merger: never an exception, mentions point inside the text, time about linear in
 * length.
 */
class EventFuzzTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final EventMentionExtractor EXTRACTOR = new EventMentionExtractor();
  private static final EventMerger MERGER = new EventMerger();
  private static final LocalDateTime REF = LocalDateTime.of(2022, 1, 10, 9, 0);

  private static final List<String> NEWSISH =
      List.of(
          "U.S.",
          "Russian",
          "officials",
          "met",
          "in",
          "Geneva",
          "on",
          "Monday",
          "Jan.",
          "10",
          ",",
          ".",
          "said",
          "Wendy Sherman",
          "Sergei Ryabkov",
          "NATO",
          "Brussels",
          "talks",
          "will",
          "held",
          "last",
          "week",
          "2022",
          "the",
          "Ukraine",
          "\n",
          " ",
          " ",
          "“",
          "”",
          "Mr.",
          "Blinken",
          "invaded",
          "announced",
          "Kremlin",
          "on Sunday",
          "next month",
          "in January",
          "99999999999",
          "February 30",
          "year 0");

  static AnnotatedArticle annotate(String id, String text) {
    return new AnnotatedArticle(id, REF, text, SPLITTER.split(text), TAGGER.annotate(text, REF));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void randomStoriesExtractAndMergeWithoutFailing(long seed) {
    RandomText newsish = new RandomText(seed, NEWSISH);
    List<AnnotatedArticle> story = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String text = newsish.next(150);
      AnnotatedArticle article = annotate(String.valueOf(i), text);
      assertValid(text, EXTRACTOR.extract(article));
      story.add(article);
      texts.add(text);
    }
    List<EventMention> all = EXTRACTOR.extract(story);
    List<Event> events = MERGER.merge(all, texts);
    assertTrue(events.size() <= all.size(), "merging never invents events");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void arbitraryUnicodeNeverThrows(long seed) {
    RandomText unicode =
        new RandomText(
            seed,
            List.of("\uD800", "\u0000", "\u202E", "\uFEFF", "\r\n", "Geneva", "on Monday", ". "));
    List<EventMention> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String text = unicode.next(60);
      List<EventMention> found = EXTRACTOR.extract(annotate(String.valueOf(i), text));
      assertValid(text, found);
      all.addAll(found);
    }
    MERGER.merge(all);
  }

  @Test
  void adversarialInputsRunInRoughlyLinearTime() {
    String[] inputs = {
      "x".repeat(1_000_000),
      "Geneva ".repeat(70_000),
      "Word. ".repeat(100_000),
      "Wendy Sherman met Sergei Ryabkov in Geneva on Monday. ".repeat(9_000),
      "Mr. ".repeat(125_000),
      "U.S. and Russian officials said on Monday, Jan. 10, 2022, that ".repeat(8_000),
      "\"".repeat(500_000),
      "The talks in Geneva, Brussels, Vienna, Moscow, Kyiv, Paris, Berlin, London and Rome "
          .repeat(6_000),
    };
    EXTRACTOR.extract(annotate("warm", "U.S. and Russian officials met in Geneva on Monday."));
    for (String input : inputs) {
      AnnotatedArticle article = annotate("a", input);
      long start = System.nanoTime();
      List<EventMention> mentions = EXTRACTOR.extract(article);
      MERGER.merge(mentions, List.of(input));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertValid(input, mentions);
      // Generous for a loaded 2-core CI box; a quadratic blow-up on ~1 MB would take minutes.
      assertTrue(millis < 8_000, input.substring(0, 20) + "... took " + millis + " ms");
    }
  }

  @Test
  void manyArticlesOfTheSameStoryMergeInBoundedTime() {
    List<EventMention> all = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String text =
          "Wendy Sherman met Sergei Ryabkov in Geneva on Monday. Talks continued in Brussels on"
              + " Wednesday. Day "
              + i
              + ".";
      all.addAll(EXTRACTOR.extract(annotate(String.valueOf(i), text)));
      texts.add(text);
    }
    long start = System.nanoTime();
    List<Event> events = MERGER.merge(all, texts);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(events.size() < 10, events.size() + " events from 400 copies of two");
    assertTrue(millis < 8_000, "merging " + all.size() + " mentions took " + millis + " ms");
  }

  private static void assertValid(String text, List<EventMention> mentions) {
    for (EventMention m : mentions) {
      assertTrue(
          0 <= m.sentenceStart()
              && m.sentenceStart() <= m.sentenceEnd()
              && m.sentenceEnd() <= text.length(),
          m::toString);
      assertTrue(
          m.sentenceStart() <= m.dateStart()
              && m.dateStart() <= m.dateEnd()
              && m.dateEnd() <= m.sentenceEnd(),
          m::toString);
      assertTrue(m.substantive() >= 0 && m.substantive() <= 1, m::toString);
    }
  }
}
