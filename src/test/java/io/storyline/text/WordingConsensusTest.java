package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storyline.testing.RandomText;
import io.storyline.text.WordingConsensus.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingConsensusTest {
  private static final String ORIGINAL =
      "U.S. and Russian officials have kicked off a series of high-stakes talks in Geneva on"
          + " Monday.";
  private static final String SPUN =
      "U.S. and Russian officers are gathering in Geneva on Monday to kick-off a collection of"
          + " high-stakes talks.";

  @Test
  void majorityWordingWinsAmongThreeCopies() {
    List<String> variants =
        List.of(SPUN, ORIGINAL, ORIGINAL.replace("Monday.", "Monday, officials said."));
    assertEquals(1, WordingConsensus.bestVariant(variants, List.of()));
  }

  @Test
  void corpusSupportBreaksATieBetweenTwoCopies() {
    // Independent reports say "officials" and "series of"; only the spun copy says "officers" /
    // "collection".
    List<String> context =
        List.of(
            "Officials said a series of meetings will follow.",
            "Senior officials met in Geneva; a series of talks is planned.",
            SPUN,
            ORIGINAL);
    assertEquals(1, WordingConsensus.bestVariant(List.of(SPUN, ORIGINAL), context));
    assertEquals(0, WordingConsensus.bestVariant(List.of(ORIGINAL, SPUN), context));
  }

  @Test
  void evidencePooledPerSourceDecidesGroupsThatAreTiesOnTheirOwn() {
    // Source 1 is the original, source 2 a spun copy. The caption pair alone is a tie (each side's
    // swapped words
    // occur once in the corpus), but the other pairs show that source 2 swaps common words for rare
    // ones.
    String captionOriginal = "A customer wears a protective face mask inside a cafe.";
    String captionSpun = "A prospects wears a protecting face masks inside a restaurant.";
    List<String> context =
        List.of(
            "Officials said the talks were difficult, officials said.",
            "The minister said officials from both sides met.",
            "The original said things; officials said more.",
            "The copy mentioned things; officers mentioned more. " + captionSpun,
            captionOriginal);
    WordingConsensus consensus = WordingConsensus.over(context);
    List<List<Variant>> groups =
        List.of(
            List.of(new Variant(captionSpun, 2), new Variant(captionOriginal, 1)),
            List.of(
                new Variant("Russian officers mentioned the talks.", 2),
                new Variant("Russian officials said the talks.", 1)),
            List.of(
                new Variant("The envoy mentioned progress.", 2),
                new Variant("The envoy said progress.", 1)));
    assertEquals(List.of(1, 1, 1), consensus.bestVariants(groups));
  }

  @Test
  void edgeCases() {
    assertEquals(-1, WordingConsensus.bestVariant(List.of(), List.of("x")));
    assertEquals(0, WordingConsensus.bestVariant(List.of("Only one."), List.of()));
    assertEquals(0, WordingConsensus.bestVariant(List.of("", "..."), List.of()));
    assertEquals(List.of(-1), WordingConsensus.over(List.of()).bestVariants(List.of(List.of())));
  }

  /**
   * The units of a text are the same hashes as the per-character definition (letters and digits of
   * any script, lowercased, cut to 40 chars): the ASCII shortcut must not change what is counted.
   */
  @Test
  void unitsFollowTheUnicodeDefinition() {
    RandomText random =
        new RandomText(
            20261202L,
            List.of(
                "Genève", "ÉLAN", "İstanbul", "straße", " 2022 ", "x".repeat(60), "\uD83D\uDE00"));
    for (int i = 0; i < 2_000; i++) {
      String text = random.next(12);
      assertArrayEquals(referenceUnits(text), WordingConsensus.units(text), text);
    }
  }

  private static long[] referenceUnits(String text) {
    java.util.LinkedHashSet<Long> units = new java.util.LinkedHashSet<>();
    long previous = 0;
    boolean first = true;
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      long hash = 0xcbf29ce484222325L;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        if (i - start < 40) {
          hash = (hash ^ Character.toLowerCase(text.charAt(i))) * 0x100000001b3L;
        }
        i++;
      }
      if (i == start) {
        break;
      }
      long word = mix(hash);
      units.add(word);
      if (!first) {
        units.add(mix(previous * 0x9E3779B97F4A7C15L + word));
      }
      previous = word;
      first = false;
    }
    return units.stream().mapToLong(Long::longValue).toArray();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
