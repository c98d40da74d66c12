package io.storyline.timeline;

import io.storyline.event.NameQuery;

/**
 * Keeps the timeline entries that involve an entity: the query's words in the clause of one of its
 * reports, in a fuller name the article uses for a name of that clause ("Jobs" read as "Steve
 * Jobs"), or in one of its places or actors. See {@link NameQuery} for how words compare. Entries
 * whose mentions were stored before clause words existed are matched by their sentences' words.
 */
public final class EntityFilter {

  private final NameQuery query;

  public EntityFilter(NameQuery query) {
    this.query = query;
  }

  /** True if the entry involves the entity; its words are normalised once, per story version. */
  public boolean test(MatchableEntry entry) {
    for (String normalWords : entry.normalTexts()) {
      if (query.matchesWords(normalWords)) {
        return true;
      }
    }
    return false;
  }
}
