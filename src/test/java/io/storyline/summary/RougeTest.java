package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed ROUGE-1.5.5 (-m, -f A) examples; the arithmetic is written out so a reader can
 * check it.
 */
class RougeTest {
  private static final double EPS = 1e-9;
  private final Rouge rouge = new Rouge();

  @Test
  void singleSentenceAgainstOneReference() {
    // candidate: the cat sat on the mat   reference: the cat was on the mat   (no token longer than
    // 3: no stemming)
    // ROUGE-1: reference unigrams the×2 cat was on mat = 6; candidate the×2 cat sat on mat = 6;
    //          clipped hits the 2 + cat 1 + on 1 + mat 1 = 5 -> R = P = F = 5/6
    // ROUGE-2: reference bigrams "the cat" "cat was" "was on" "on the" "the mat" = 5; candidate has
    // 5;
    //          shared "the cat" "on the" "the mat" = 3 -> R = P = F = 3/5
    // ROUGE-L: LCS = the cat on the mat = 5 -> R = P = F = 5/6
    RougeReport report =
        rouge.score(
            List.of("The cat sat on the mat."), List.of(List.of("The cat was on the mat.")));
    assertScore(5.0 / 6, 5.0 / 6, report.rouge1());
    assertScore(3.0 / 5, 3.0 / 5, report.rouge2());
    assertScore(5.0 / 6, 5.0 / 6, report.rougeL());
  }

  @Test
  void summaryLevelLcsTakesTheUnionOverCandidateSentences() {
    // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
    // LCS(r, c1) = w1 w2; LCS(r, c2) = w1 w3 w5; union = w1 w2 w3 w5 = 4 hits.
    // R = 4 / 5 reference words; P = 4 / 10 candidate words; F = 2·0.8·0.4 / 1.2 = 0.5333
    RougeScore score =
        rouge.rougeL(
            List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), List.of(List.of("w1 w2 w3 w4 w5")));
    assertScore(4.0 / 5, 4.0 / 10, score);
    assertEquals(2 * 0.8 * 0.4 / 1.2, score.f1(), EPS);
  }

  @Test
  void lcsHitsAreClippedSoARepeatedCandidateWordCountsOnce() {
    // reference sentences "a b" and "a c"; candidate "a". Both LCS unions contain "a", but the
    // candidate has one
    // "a": 1 hit. R = 1 / 4; P = 1 / 1.
    RougeScore score = rouge.rougeL(List.of("a"), List.of(List.of("a b", "a c")));
    assertScore(1.0 / 4, 1.0, score);
  }

  @Test
  void porterStemsTokensLongerThanThreeCharactersAndPunctuationSeparates() {
    // candidate "Officials were meeting." -> offici were meet ; reference "The official meets." ->
    // the offici meet
    // ("were" has 4 characters and stems to itself; "the" is too short to stem). Hits offici + meet
    // = 2 of 3.
    RougeScore score =
        rouge.rougeN(
            1, List.of("Officials were meeting."), List.of(List.of("The official meets.")));
    assertScore(2.0 / 3, 2.0 / 3, score);
    // "U.S.-led" -> u s led ; hyphens and dots are spaces, so all three tokens match "u s led"
    assertScore(1, 1, rouge.rougeN(1, List.of("U.S.-led"), List.of(List.of("u s led"))));
  }

  @Test
  void severalReferencesPoolHitsAndCounts() {
    // candidate "the cat sat" (3 unigrams); reference A "the cat sat" -> 3 hits of 3; B "a dog sat
    // here" -> 1 of 4.
    // R = (3 + 1) / (3 + 4) = 4/7 ; P = (3 + 1) / (2 references × 3) = 2/3
    RougeScore score =
        rouge.rougeN(
            1, List.of("the cat sat"), List.of(List.of("the cat sat"), List.of("a dog sat here")));
    assertScore(4.0 / 7, 2.0 / 3, score);
  }

  @Test
  void bigramsRunAcrossSentenceBoundaries() {
    // "a b. c d." -> tokens a b c d -> bigrams "a b" "b c" "c d"; reference "b c" -> 1 hit; R =
    // 1/1, P = 1/3
    assertScore(1, 1.0 / 3, rouge.rougeN(2, List.of("a b.", "c d."), List.of(List.of("b c"))));
  }

  @Test
  void emptyCandidateScoresZero() {
    RougeReport report = rouge.score(List.of(), List.of(List.of("The talks began.")));
    assertScore(0, 0, report.rouge1());
    assertScore(0, 0, report.rougeL());
    assertEquals(0, report.rouge2().f1());
  }

  private static void assertScore(double recall, double precision, RougeScore actual) {
    assertEquals(recall, actual.recall(), EPS, "recall");
    assertEquals(precision, actual.precision(), EPS, "precision");
    double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    assertEquals(f1, actual.f1(), EPS, "f1");
  }
}
