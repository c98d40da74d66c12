package io.storyline.event;

import io.storyline.text.DataFile;
import io.storyline.text.TextLexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event package's word lists and gazetteers, loaded once from {@code io/storyline/event/*}.
 * Immutable after construction and safe to share between threads; {@link #standard()} is the shared
 * instance.
 */
final class EventLexicon {

  /** What a name cue word makes of the capitalised name it sits in. */
  enum CueKind {
    ORGANISATION,
    OTHER_NAME
  }

  final PhraseTable<Place> places = new PhraseTable<>();
  final PhraseTable<String> demonyms = new PhraseTable<>();
  final PhraseTable<Actor> organisations = new PhraseTable<>();
  final Map<String, CueKind> nameCues = new HashMap<>();
  final Set<String> titles = new HashSet<>();
  final Set<String> givenNames = new HashSet<>();
  final Map<String, MentionRole> eventWords = new HashMap<>();
  final Map<String, String> happeningKinds = new HashMap<>();
  final Set<String> verbs = new HashSet<>();
  final Set<String> stopwords = new HashSet<>();
  final Set<String> locatives = new HashSet<>();

  private EventLexicon() {
    loadPlaces();
    for (DataFile.Line row : DataFile.table("/io/storyline/event/organisations.tsv", 2)) {
      Actor organisation = new Actor(row.cell(0), ActorKind.ORGANISATION);
      addAll(
          organisations,
          row,
          row.cell(0) + (row.cell(1).equals("-") ? "" : ";" + row.cell(1)),
          organisation);
    }
    for (DataFile.Line row : DataFile.table("/io/storyline/event/name-cues.tsv", 2)) {
      CueKind kind =
          switch (row.cell(1)) {
            case "org" -> CueKind.ORGANISATION;
            case "other" -> CueKind.OTHER_NAME;
            default -> throw row.error("kind must be org or other: " + row.cell(1));
          };
      putNew(nameCues, row, lower(row.cell(0)), kind);
    }
    for (DataFile.Line row : DataFile.table("/io/storyline/event/event-words.tsv", 3)) {
      MentionRole role =
          switch (row.cell(1)) {
            case "happening" -> MentionRole.HAPPENING;
            case "reporting" -> MentionRole.STATEMENT;
            default -> throw row.error("role must be happening or reporting: " + row.cell(1));
          };
      putNew(eventWords, row, lower(row.cell(0)), role);
      if (!row.cell(2).equals("-")) {
        if (role != MentionRole.HAPPENING) {
          throw row.error("only happenings have a kind");
        }
        happeningKinds.put(lower(row.cell(0)), row.cell(2));
      }
    }
    DataFile.tokens("/io/storyline/event/titles.txt").forEach(word -> titles.add(lower(word)));
    DataFile.tokens("/io/storyline/event/given-names.txt").forEach(word -> givenNames.add(word));
    DataFile.tokens("/io/storyline/event/verbs.txt").forEach(word -> verbs.add(lower(word)));
    // Function words are the text package's list; this adds the news filler that says nothing of
    // what happened.
    stopwords.addAll(TextLexicon.get().stopWords());
    DataFile.tokens("/io/storyline/event/filler-words.txt")
        .forEach(word -> stopwords.add(lower(word)));
    DataFile.tokens("/io/storyline/event/locatives.txt")
        .forEach(word -> locatives.add(lower(word)));
  }

  static EventLexicon standard() {
    return Holder.STANDARD;
  }

  /** The role an event word gives a clause, if the (lower-case) word is one. */
  Optional<MentionRole> eventWord(String lowerWord) {
    return Optional.ofNullable(eventWords.get(lowerWord));
  }

  Optional<CueKind> cue(Word word) {
    return word.capitalised() ? Optional.ofNullable(nameCues.get(word.lower())) : Optional.empty();
  }

  boolean title(Word word) {
    return titles.contains(word.lower());
  }

  private void loadPlaces() {
    for (DataFile.Line row : DataFile.table("/io/storyline/event/places.tsv", 5)) {
      PlaceKind kind;
      try {
        kind = PlaceKind.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown place kind " + row.cell(1));
      }
      String country = row.cell(2).equals("-") ? "" : row.cell(2);
      Place place = new Place(row.cell(0), kind, country);
      addAll(places, row, row.cell(0) + (row.cell(3).equals("-") ? "" : ";" + row.cell(3)), place);
      if (!row.cell(4).equals("-")) {
        addAll(demonyms, row, row.cell(4), place.name());
      }
    }
  }

  private static <T> void addAll(PhraseTable<T> table, DataFile.Line row, String names, T value) {
    for (String name : names.split(";")) {
      if (name.isBlank() || !table.add(name.strip(), value)) {
        throw row.error("empty or duplicate name '" + name + "'");
      }
    }
  }

  private static <T> void putNew(Map<String, T> map, DataFile.Line row, String key, T value) {
    if (map.putIfAbsent(key, value) != null) {
      throw row.error("duplicate entry '" + key + "'");
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static final class Holder {
    static final EventLexicon STANDARD = new EventLexicon();
  }
}
