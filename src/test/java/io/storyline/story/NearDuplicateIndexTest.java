package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final List<ArticleFeatures> DEMO = StoryFixtures.demo();

  @Test
  void findsTheSpunCopyAndNothingElse() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    for (int i = 1; i < DEMO.size(); i++) {
      index.add(i, DEMO.get(i).signature());
    }
    Optional<NearDuplicate> found = index.nearest(DEMO.get(0).signature());
    assertEquals(1L, found.orElseThrow().articleId());
    assertTrue(found.get().similarity() > 0.3);
    for (int i = 2; i < DEMO.size(); i++) {
      final int article = i;
      assertTrue(
          index.candidates(DEMO.get(i).signature()).stream()
              .allMatch(d -> d.articleId() == article));
    }
  }

  @Test
  void removedArticlesAreNotFound() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add(1, DEMO.get(1).signature());
    index.remove(1);
    index.remove(42);
    assertEquals(Optional.empty(), index.nearest(DEMO.get(0).signature()));
    assertEquals(0, index.size());
  }

  @Test
  void reAddingAnIdReplacesItsSignature() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add(1, DEMO.get(1).signature());
    index.add(1, DEMO.get(3).signature());
    assertEquals(1, index.size());
    assertEquals(Optional.empty(), index.nearest(DEMO.get(0).signature()));
  }

  @Test
  void identicalCopiesAreFoundAndBucketsStayBounded() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    for (long id = 0; id < 2 * NearDuplicateIndex.MAX_BUCKET; id++) {
      index.add(id, DEMO.get(2).signature());
    }
    List<NearDuplicate> found = index.candidates(DEMO.get(2).signature());
    assertEquals(NearDuplicateIndex.MAX_BUCKET, found.size());
    assertEquals(1.0, found.get(0).similarity());
  }

  @Test
  void restoredFromBytesFindsTheSame() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add(1, ArticleSignature.fromBytes(DEMO.get(1).signature().toBytes()));
    assertEquals(1L, index.nearest(DEMO.get(0).signature()).orElseThrow().articleId());
  }
}
