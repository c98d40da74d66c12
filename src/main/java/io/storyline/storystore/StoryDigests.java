package io.storyline.storystore;

import io.storyline.store.StoreSpace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Per-story results that reads are built from (a story's merged events, its summary), stored as
 * JSON with the story version they were computed for. Kept current after each write by the timeline
 * upkeep, so a read is a lookup; a digest behind its story's version is never returned.
 */
@ApplicationScoped
public class StoryDigests {
  private final StoreSpace space;

  StoryDigests(StoreSpace space) {
    this.space = space;
  }

  /**
   * The body column's size (migration V4); a longer digest is not stored, and reads compute it
   * instead.
   */
  static final int MAX_BODY_CHARS = 1_000_000;

  /** The stored digest of this kind, if it was computed for the story's current version. */
  public Optional<String> current(Story story, String kind) {
    List<?> rows =
        em().createNativeQuery(
                "SELECT version, body FROM story_digest WHERE story_id = ?1 AND kind = ?2")
            .setParameter(1, story.id)
            .setParameter(2, kind)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return ((Number) row[0]).longValue() == story.version
        ? Optional.of((String) row[1])
        : Optional.empty();
  }

  /**
   * Stores a digest computed for {@code version}, unless a newer one is already stored (another
   * instance sharing the database may have computed a later version first) or the body is longer
   * than the column (a story that large is computed when read), or the disk is nearly full ({@link
   * StoreSpace}). Needs a transaction.
   */
  public void store(long storyId, String kind, long version, String body) {
    if (body.length() > MAX_BODY_CHARS || !space.hasRoom()) {
      return; // computed when read
    }
    int updated =
        em().createNativeQuery(
                "UPDATE story_digest SET version = ?1, body = ?2 WHERE story_id = ?3 AND kind = ?4"
                    + " AND version < ?1")
            .setParameter(1, version)
            .setParameter(2, body)
            .setParameter(3, storyId)
            .setParameter(4, kind)
            .executeUpdate();
    if (updated == 0) {
      em().createNativeQuery(
              "INSERT INTO story_digest (story_id, kind, version, body) SELECT ?1, ?2, ?3, ?4 WHERE"
                  + " NOT EXISTS (SELECT 1 FROM story_digest WHERE story_id = ?1 AND kind = ?2)")
          .setParameter(1, storyId)
          .setParameter(2, kind)
          .setParameter(3, version)
          .setParameter(4, body)
          .executeUpdate();
    }
  }

  /**
   * Stories without a digest of one of these kinds for their current version (missed by a crash,
   * never computed, or a kind renamed by an upgrade), most recently published first.
   */
  public List<Long> stale(List<String> kinds) {
    List<?> ids =
        em().createNativeQuery(
                "SELECT s.id FROM story s WHERE (SELECT COUNT(*) FROM story_digest d WHERE"
                    + " d.story_id = s.id AND d.version = s.version AND d.kind IN (?1)) < ?2"
                    + " ORDER BY s.last_published_at DESC, s.id DESC")
            .setParameter(1, kinds)
            .setParameter(2, kinds.size())
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private static EntityManager em() {
    return Story.getEntityManager();
  }
}
