package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
