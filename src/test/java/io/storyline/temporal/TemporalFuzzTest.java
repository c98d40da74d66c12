package io.storyline.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.testing.RandomText;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and adversarial input: never an exception, offsets always valid, time about linear in
 * length.
 */
class TemporalFuzzTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final LocalDateTime REF = LocalDateTime.of(2022, 1, 10, 0, 0);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void anyTextYieldsValidSortedExpressions(long seed) {
    RandomText newsish = new RandomText(seed, NEWSISH);
    for (int i = 0; i < 50; i++) {
      String text = newsish.next(60);
      assertValid(text, TAGGER.annotate(text, REF));
    }
  }

  private static final java.util.List<String> NEWSISH =
      java.util.List.of(
          "Jan.",
          "9",
          "-",
          "10",
          "May",
          "March",
          "last",
          "next",
          "the",
          "third",
          "quarter",
          "year",
          "years",
          "ago",
          "earlier",
          "a",
          "day",
          "Friday",
          "Sunday",
          "night",
          "2014",
          "1990s",
          "100,000",
          "p.m.",
          "3",
          ":",
          "30",
          "this",
          "week",
          "said",
          "will",
          "on",
          "in",
          ",",
          ".",
          "'",
          "s",
          "fiscal",
          "20th",
          "century",
          "every",
          "two",
          "-year",
          "-old",
          "9999999",
          "1/12/2022",
          "2022-01-10",
          "\n",
          "“",
          "mid",
          "summer",
          "fall",
          "now",
          "recent",
          "the",
          "past",
          "decades",
          "12th",
          "of",
          "each",
          "Tuesdays",
          " ",
          " ",
          " ");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void arbitraryUnicodeNeverThrows(long seed) {
    RandomText unicode =
        new RandomText(seed, java.util.List.of("\uD800", "\u0000", "\u202E", "\uFEFF", "\r\n"));
    for (int i = 0; i < 40; i++) {
      String text = unicode.next(40);
      assertValid(text, TAGGER.annotate(text, REF));
    }
  }

  @Test
  void adversarialInputsRunInRoughlyLinearTime() {
    String[] inputs = {
      "9".repeat(1_000_000),
      "x".repeat(1_000_000),
      "January ".repeat(120_000),
      "Jan. 9" + "-10".repeat(300_000),
      "1/2/".repeat(250_000),
      "the past ".repeat(110_000),
      "two weeks ago ".repeat(70_000),
      "100,000,".repeat(120_000),
      "Friday night said will ".repeat(40_000),
    };
    TAGGER.annotate("warm up on Friday, Jan. 9, 2022", REF);
    for (String input : inputs) {
      long tenth = time(input.substring(0, input.length() / 10));
      long start = CPU.getCurrentThreadCpuTime();
      List<TemporalExpression> found = TAGGER.annotate(input, REF);
      long millis = (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
      assertValid(input, found);
      // Generous: a quadratic blow-up on 1 MB would take minutes and grow 100-fold from a tenth of
      // the input;
      // a loaded 2-core CI box needs headroom on the absolute figure, so either bound will do.
      assertTrue(
          millis < 5_000 || millis < 25 * Math.max(tenth, 20),
          input.substring(0, 20) + "... took " + millis + " ms (a tenth of it: " + tenth + " ms)");
    }
  }

  /**
   * This thread's CPU time: other processes and GC threads on a busy machine do not count against
   * the tagger.
   */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static long time(String input) {
    long start = CPU.getCurrentThreadCpuTime();
    TAGGER.annotate(input, REF);
    return (CPU.getCurrentThreadCpuTime() - start) / 1_000_000;
  }

  private static void assertValid(String text, List<TemporalExpression> found) {
    int end = 0;
    for (TemporalExpression e : found) {
      assertTrue(e.start() >= end && e.start() < e.end() && e.end() <= text.length(), e.toString());
      assertTrue(text.substring(e.start(), e.end()).equals(e.text()), e.toString());
      end = e.end();
    }
  }
}
