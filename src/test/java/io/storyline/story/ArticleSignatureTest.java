package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ArticleSignatureTest {
  private static final List<ArticleFeatures> DEMO = StoryFixtures.demo();
  private static final Map<String, String> UNRELATED =
      Map.of(
          "football",
          StoryFixtures.FOOTBALL,
          "central-bank",
          StoryFixtures.CENTRAL_BANK,
          "voting-rights",
          StoryFixtures.VOTING_RIGHTS);
  private final ArticleFeatureExtractor extractor = new ArticleFeatureExtractor();
  private final MinHasher hasher = new MinHasher();

  private static ArticleSignature signature(String name) {
    if (UNRELATED.containsKey(name)) {
      return StoryFixtures.unrelated(99, UNRELATED.get(name)).signature();
    }
    return DEMO.get(Integer.parseInt(name)).signature();
  }

  @ParameterizedTest(name = "{0}-{1}")
  @CsvFileSource(resources = "cases/demo-pair-similarity.tsv", delimiter = '\t')
  void spunCopyIsNearDuplicateOtherPairsAreNot(
      String a, String b, boolean duplicate, double low, double high) {
    double similarity = signature(a).similarity(signature(b));
    assertTrue(similarity >= low && similarity <= high, a + "-" + b + ": " + similarity);
    assertEquals(duplicate, similarity >= NearDuplicateIndex.DEFAULT_THRESHOLD);
  }

  @ParameterizedTest
  @CsvFileSource(resources = "cases/spun-rewrites.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void synonymRewritesStayAboveTheThreshold(String original, String rewrite) {
    double similarity =
        hasher
            .sign(extractor.contentStems(original))
            .similarity(hasher.sign(extractor.contentStems(rewrite)));
    assertTrue(similarity >= NearDuplicateIndex.DEFAULT_THRESHOLD, "similarity " + similarity);
  }

  @Test
  void bytesRoundTrip() {
    ArticleSignature signature = DEMO.get(0).signature();
    byte[] bytes = signature.toBytes();
    assertEquals(9 + 4 * MinHasher.LENGTH, bytes.length);
    ArticleSignature back = ArticleSignature.fromBytes(bytes);
    assertEquals(signature, back);
    assertEquals(1.0, back.similarity(signature));
  }

  /**
   * Signatures are stored with their articles: a change of hashing makes old and new ones
   * incomparable, so it needs a new format (and the service computes old ones again).
   */
  @Test
  void hashingStaysAsStored() {
    ArticleSignature signature =
        hasher.sign(
            List.of(
                "geneva", "talk", "russia", "nato", "ukrain", "secur", "talk", "geneva", "blinken",
                "lavrov"));
    assertEquals(24, signature.shingleCount());
    assertEquals(626605494, java.util.Arrays.hashCode(signature.toBytes()));
  }

  /** Format 1 (the hash functions before multiply-add-shift) still reads, as not comparable. */
  @Test
  void signaturesOfTheFirstFormatReadButAreNotCompared() {
    byte[] bytes = DEMO.get(0).signature().toBytes();
    bytes[0] = 1;
    ArticleSignature first = ArticleSignature.fromBytes(bytes);
    assertFalse(first.current());
    assertTrue(DEMO.get(0).signature().current());
    assertThrows(IllegalArgumentException.class, () -> first.similarity(DEMO.get(1).signature()));
  }

  @Test
  void badBytesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ArticleSignature.fromBytes(new byte[3]));
    byte[] bytes = DEMO.get(0).signature().toBytes();
    bytes[0] = 9;
    assertThrows(IllegalArgumentException.class, () -> ArticleSignature.fromBytes(bytes));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ArticleSignature.fromBytes(
                java.util.Arrays.copyOf(DEMO.get(0).signature().toBytes(), 100)));
  }

  @Test
  void textWithoutContentWordsIsSimilarToNothing() {
    ArticleSignature empty = hasher.sign(extractor.contentStems("The and of it."));
    assertEquals(0, empty.shingleCount());
    assertEquals(0.0, empty.similarity(empty));
  }
}
