package io.storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StoryAssignerTest {
  private static final List<ArticleFeatures> DEMO = StoryFixtures.demo();

  private static StoryAssigner assigner() {
    AtomicLong ids = new AtomicLong(100);
    return new StoryAssigner(StoryAssigner.Settings.defaults(), ids::incrementAndGet);
  }

  @Test
  void demoCopiesFormOneStoryInEveryOrder() {
    List<List<Integer>> orders = permutations(List.of(0, 1, 2, 3, 4));
    assertEquals(120, orders.size());
    double weakestJoin = 1;
    for (List<Integer> order : orders) {
      StoryAssigner assigner = assigner();
      Set<Long> storyIds = new HashSet<>();
      for (int i : order) {
        Assignment a = assigner.assign(DEMO.get(i));
        storyIds.add(a.storyId());
        if (!a.newStory()) {
          weakestJoin = Math.min(weakestJoin, a.similarity());
        }
      }
      assertEquals(1, storyIds.size(), () -> "order " + order);
    }
    // Margin over the join threshold (0.2); printed to keep the measured figure visible in the test
    // log.
    System.out.printf(
        Locale.ROOT, "weakest demo join similarity over 120 orders: %.3f%n", weakestJoin);
    assertTrue(weakestJoin >= 0.25, "weakest join " + weakestJoin);
  }

  @Test
  void storiesKeepTheirArticlesWhenRareTermFrequenciesArePruned() {
    // A cap of 60 terms prunes the frequency table after nearly every article, as a long-running
    // instance does after 400,000 terms: the centroids keep their terms.
    StoryAssigner pruning =
        new StoryAssigner(
            StoryAssigner.Settings.defaults(), new AtomicLong(100)::incrementAndGet, 60);
    StoryAssigner full = assigner();
    List<ArticleFeatures> stream = new ArrayList<>();
    stream.add(DEMO.get(0));
    stream.add(StoryFixtures.unrelated(10, StoryFixtures.FOOTBALL));
    stream.add(DEMO.get(1));
    stream.add(StoryFixtures.unrelated(11, StoryFixtures.CENTRAL_BANK));
    stream.add(DEMO.get(2));
    stream.add(StoryFixtures.unrelated(12, StoryFixtures.VOTING_RIGHTS));
    stream.add(DEMO.get(3));
    stream.add(DEMO.get(4));
    List<Long> pruned = new ArrayList<>();
    List<Long> kept = new ArrayList<>();
    for (ArticleFeatures article : stream) {
      Assignment a = pruning.assign(article);
      Assignment b = full.assign(article);
      pruned.add(a.storyId());
      kept.add(b.storyId());
      if (!b.newStory()) {
        // Forgotten frequencies only flatten IDF, so a follow-up joins no weaker (0.41-0.56 here
        // against 0.38-0.43); centroids that lost their terms to the pruning scored 0.27-0.33.
        assertTrue(
            a.similarity() >= 0.9 * b.similarity(),
            () ->
                "article " + article.articleId() + ": " + a.similarity() + " < " + b.similarity());
      }
    }
    assertEquals(kept, pruned);
    assertEquals(4, new HashSet<>(pruned).size(), () -> "stories " + pruned);
  }

  @Test
  void unrelatedArticlesStartTheirOwnStories() {
    StoryAssigner assigner = assigner();
    DEMO.forEach(assigner::assign);
    Assignment football = assigner.assign(StoryFixtures.unrelated(10, StoryFixtures.FOOTBALL));
    Assignment bank = assigner.assign(StoryFixtures.unrelated(11, StoryFixtures.CENTRAL_BANK));
    // Hard negative: same week, shares "Biden", "White House", "Senate" with the demo story.
    Assignment voting = assigner.assign(StoryFixtures.unrelated(12, StoryFixtures.VOTING_RIGHTS));
    System.out.printf(
        Locale.ROOT,
        "unrelated similarity: football %.3f, central bank %.3f, voting rights %.3f%n",
        football.similarity(),
        bank.similarity(),
        voting.similarity());
    assertTrue(football.newStory() && bank.newStory() && voting.newStory());
    assertTrue(
        football.similarity() < 0.1 && bank.similarity() < 0.1 && voting.similarity() < 0.15);
    assertFalse(
        football.nearDuplicateOf().isPresent()
            || bank.nearDuplicateOf().isPresent()
            || voting.nearDuplicateOf().isPresent());
    assertEquals(4, assigner.activeStories());
  }

  @Test
  void onlyTheSpunCopyIsFlaggedAsNearDuplicate() {
    for (List<Integer> order :
        List.of(List.of(0, 1, 2, 3, 4), List.of(4, 3, 2, 1, 0), List.of(2, 1, 4, 0, 3))) {
      StoryAssigner assigner = assigner();
      Map<Long, Long> duplicateOf = new HashMap<>();
      for (int i : order) {
        assigner
            .assign(DEMO.get(i))
            .nearDuplicateOf()
            .ifPresent(d -> duplicateOf.put((long) i, d.articleId()));
      }
      int later = order.indexOf(0) > order.indexOf(1) ? 0 : 1;
      assertEquals(Map.of((long) later, (long) (1 - later)), duplicateOf, () -> "order " + order);
    }
  }

  @Test
  void newStoriesTakeIdsFromTheCallersGenerator() {
    StoryAssigner assigner = assigner();
    Assignment first = assigner.assign(DEMO.get(0));
    Assignment football = assigner.assign(StoryFixtures.unrelated(10, StoryFixtures.FOOTBALL));
    assertEquals(101, first.storyId());
    assertEquals(102, football.storyId());
  }

  @Test
  void restoredStateGivesTheSameAssignments() {
    StoryAssigner restored = assigner();
    restored.restore(DEMO.get(0), 7);
    restored.restore(DEMO.get(3), 7);
    Assignment a = restored.assign(DEMO.get(2));
    assertEquals(7, a.storyId());
    assertFalse(a.newStory());
    Assignment copy = restored.assign(DEMO.get(1));
    assertEquals(7, copy.storyId());
    assertEquals(0L, copy.nearDuplicateOf().orElseThrow().articleId());
  }

  @Test
  void storiesOutsideTheTimeWindowAreNotJoined() {
    StoryAssigner assigner = assigner();
    assigner.assign(DEMO.get(0));
    ArticleFeatures later = DEMO.get(3);
    ArticleFeatures muchLater =
        new ArticleFeatures(
            later.articleId(),
            later.publishedAt().plus(Duration.ofDays(30)),
            later.title(),
            later.termCounts(),
            later.nameCounts(),
            later.signature());
    assertTrue(assigner.assign(muchLater).newStory());
  }

  @Test
  void anArticleIsNotItsOwnNearDuplicate() {
    StoryAssigner assigner = assigner();
    Assignment first = assigner.assign(DEMO.get(2));
    Assignment again = assigner.assign(DEMO.get(2));
    assertEquals(first.storyId(), again.storyId());
    assertFalse(again.nearDuplicateOf().isPresent());
  }

  private static List<List<Integer>> permutations(List<Integer> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Integer>> out = new ArrayList<>();
    for (Integer head : items) {
      List<Integer> rest = new ArrayList<>(items);
      rest.remove(head);
      for (List<Integer> tail : permutations(rest)) {
        List<Integer> p = new ArrayList<>();
        p.add(head);
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
  }
}
