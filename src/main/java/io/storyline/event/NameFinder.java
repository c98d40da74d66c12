package io.storyline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds places and actors among a sentence's capitalised words: known organisations first, then
 * runs of capitalised words classified as a person (given name, or a title in front), an
 * organisation (a cue word such as "Ministry", "Post"), or a lone name that may be a surname.
 * Places inside organisation and person names are not places ("Bank of England", "Vienna
 * Philharmonic", "Washington Post").
 */
final class NameFinder {

  /**
   * Names of one sentence; {@code surnames} are lone capitalised words kept only if they resolve to
   * a person.
   */
  record Names(
      List<Located<Place>> places, List<Located<Actor>> actors, List<Located<String>> surnames) {}

  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "the", "de", "di", "da", "del", "van", "von", "der", "bin", "al", "la",
          "le");
  private static final int MAX_PERSON_WORDS = 4;

  private final EventLexicon lexicon;

  NameFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Names find(SentenceWords words) {
    int n = words.size();
    boolean[] claimed = new boolean[n];
    boolean[] notPlace = new boolean[n];
    List<Located<Actor>> actors = new ArrayList<>();
    List<Located<String>> surnames = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Optional<PhraseTable.Match<Actor>> org = lexicon.organisations.longestAt(words, i);
      if (org.isPresent()) {
        int length = org.get().length();
        actors.add(words.located(org.get().value(), i, i + length));
        mark(claimed, i, i + length);
        i += length - 1;
      }
    }
    List<PhraseTable.Match<Place>> placeAt = lexicon.places.allMatches(words, claimed);
    List<PhraseTable.Match<String>> demonymAt = lexicon.demonyms.allMatches(words, claimed);
    boolean[] placeWord = covered(placeAt, n);
    boolean[] demonymWord = covered(demonymAt, n);
    int i = 0;
    while (i < n) {
      if (claimed[i] || !words.get(i).capitalised()) {
        i++;
        continue;
      }
      int end = words.capitalisedRunEnd(i, claimed, CONNECTORS);
      int start = i;
      while (start < end && lexicon.stopwords.contains(words.get(start).lower())) {
        start++;
      }
      if (start < end) {
        classify(words, start, end, placeWord, demonymWord, notPlace, actors, surnames);
      }
      i = end;
    }
    List<Located<Place>> places = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      PhraseTable.Match<Place> match = placeAt.get(p);
      if (match != null && !anyMarked(notPlace, p, p + match.length())) {
        places.add(words.located(match.value(), p, p + match.length()));
      }
    }
    actors.sort(java.util.Comparator.comparingInt(Located::start));
    return new Names(places, actors, surnames);
  }

  private void classify(
      SentenceWords words,
      int start,
      int end,
      boolean[] placeWord,
      boolean[] demonymWord,
      boolean[] notPlace,
      List<Located<Actor>> actors,
      List<Located<String>> surnames) {
    int given = -1;
    int cue = -1;
    EventLexicon.CueKind cueKind = null;
    for (int k = start; k < end; k++) {
      Word word = words.get(k);
      if (given < 0 && lexicon.givenNames.contains(word.text()) && !lexicon.title(word)) {
        given = k;
      }
      Optional<EventLexicon.CueKind> kind = lexicon.cue(word);
      if (kind.isPresent()) {
        cue = k;
        cueKind = kind.get();
      }
    }
    if (given >= 0 && given + 1 < end && cue < given) {
      int last = given + 1;
      while (last < Math.min(end, given + MAX_PERSON_WORDS) && words.get(last).capitalised()) {
        last++;
      }
      actors.add(words.located(new Actor(words.span(given, last), ActorKind.PERSON), given, last));
      mark(notPlace, given, last);
    } else if (cue >= 0) {
      mark(notPlace, start, end);
      if (cueKind == EventLexicon.CueKind.ORGANISATION) {
        actors.add(
            words.located(new Actor(words.span(start, end), ActorKind.ORGANISATION), start, end));
      }
    } else {
      int k = start;
      boolean titled = false;
      while (k < end && (lexicon.title(words.get(k)) || placeWord[k] || demonymWord[k])) {
        titled |= lexicon.title(words.get(k));
        k++;
      }
      boolean plainName =
          k < end && !anyMarked(placeWord, k, end) && !anyMarked(demonymWord, k, end);
      if (titled && plainName && end - k <= MAX_PERSON_WORDS - 1) {
        actors.add(words.located(new Actor(words.span(k, end), ActorKind.PERSON), k, end));
      } else if (!titled && plainName && end - start == 1) {
        surnames.add(words.located(words.get(start).text(), start, end));
      }
    }
  }

  private static <T> boolean[] covered(List<PhraseTable.Match<T>> at, int n) {
    boolean[] covered = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (at.get(i) != null) {
        mark(covered, i, i + at.get(i).length());
      }
    }
    return covered;
  }

  private static void mark(boolean[] flags, int from, int to) {
    for (int i = from; i < to; i++) {
      flags[i] = true;
    }
  }

  private static boolean anyMarked(boolean[] flags, int from, int to) {
    for (int i = from; i < to; i++) {
      if (flags[i]) {
        return true;
      }
    }
    return false;
  }
}
