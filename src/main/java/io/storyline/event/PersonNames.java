package io.storyline.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Full person names seen in an article or story, to resolve later surname-only mentions ("Blinken"
 * to "Antony Blinken"). A surname shared by two different full names is ambiguous and resolves to
 * nothing.
 */
final class PersonNames {

  private final Map<String, String> bySurname = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  private final Optional<PersonNames> wider;

  PersonNames() {
    this.wider = Optional.empty();
  }

  /** Names of an article that fall back to the names of its whole story. */
  PersonNames(PersonNames story) {
    this.wider = Optional.of(story);
  }

  void add(Actor actor) {
    if (actor.kind() != ActorKind.PERSON || actor.name().indexOf(' ') < 0) {
      return;
    }
    String surname = actor.name().substring(actor.name().lastIndexOf(' ') + 1);
    String known = bySurname.putIfAbsent(surname, actor.name());
    if (known != null && !known.equals(actor.name())) {
      ambiguous.add(surname);
    }
  }

  /** The full name for a one-word name, or the name itself when it already has several words. */
  Optional<String> resolve(String name) {
    if (name.indexOf(' ') >= 0) {
      return Optional.of(name);
    }
    if (ambiguous.contains(name)) {
      return Optional.empty();
    }
    String full = bySurname.get(name);
    return full != null ? Optional.of(full) : wider.flatMap(story -> story.resolve(name));
  }

  /** A person actor with its surname resolved where possible; organisations unchanged. */
  Actor resolve(Actor actor) {
    if (actor.kind() != ActorKind.PERSON) {
      return actor;
    }
    return resolve(actor.name()).map(full -> new Actor(full, ActorKind.PERSON)).orElse(actor);
  }
}
