package io.storyline.timeline;

import io.storyline.event.NameQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A topic asked for as comma-separated alternatives ("swine flu, H1N1"), each a name or phrase
 * matched as whole words by {@link NameQuery}; any alternative may match. Immutable.
 */
public final class TopicQuery {
  private final List<NameQuery> alternatives;

  private TopicQuery(List<NameQuery> alternatives) {
    this.alternatives = List.copyOf(alternatives);
  }

  /** The alternatives of {@code text}, or empty when none has a letter or digit. */
  public static Optional<TopicQuery> parse(String text) {
    List<NameQuery> alternatives = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      NameQuery.parse(part).ifPresent(alternatives::add);
    }
    return alternatives.isEmpty() ? Optional.empty() : Optional.of(new TopicQuery(alternatives));
  }

  public List<NameQuery> alternatives() {
    return alternatives;
  }

  /** True if an alternative names what this text (a sentence, a title) says. */
  public boolean matchesText(String text) {
    return alternatives.stream().anyMatch(q -> q.matchesName(text));
  }

  /** True if an alternative names one of these fuller names (normal words, see NameQuery). */
  public boolean matchesNames(List<String> normalNames) {
    return normalNames.stream()
        .anyMatch(n -> alternatives.stream().anyMatch(q -> q.matchesWords(n)));
  }
}
