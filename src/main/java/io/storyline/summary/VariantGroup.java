package io.storyline.summary;

import java.util.List;

/**
 * Near-identical candidates (copies of one sentence) that rank as one node, shown as {@code
 * representative}.
 */
record VariantGroup(List<Candidate> members, Candidate representative) {
  VariantGroup {
    members = List.copyOf(members);
  }

  long distinctSources() {
    return members.stream().mapToLong(c -> c.document().articleId()).distinct().count();
  }

  int firstPosition() {
    return members.stream().mapToInt(Candidate::position).min().orElse(0);
  }
}
