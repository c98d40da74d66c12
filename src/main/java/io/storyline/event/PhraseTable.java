package io.storyline.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Multi-word names (places, organisations, demonyms) looked up longest-first over the words of a
 * sentence. Case is part of the entry: a capitalised entry word needs a capitalised text word and
 * an all-caps one ("US", "WHO") an all-caps word, so the pronoun "us" and the question word "who"
 * never match.
 */
final class PhraseTable<T> {

  /** A phrase found at a word position: how many words it spans and what it names. */
  record Match<T>(int length, T value) {}

  private record Entry<T>(List<String> forms, T value) {}

  private final Map<String, Entry<T>> entries = new HashMap<>();

  /**
   * Lower-cased first words of all phrases: most words start none, and are rejected without
   * building keys.
   */
  private final Set<String> firstWords = new HashSet<>();

  /** The keys of the first 1, 2 ... words of every phrase: a longer key is built only after one. */
  private final Set<String> prefixes = new HashSet<>();

  private int longest = 1;

  /**
   * Adds a phrase; returns false if its key is already taken (the caller reports the data line).
   */
  boolean add(String phrase, T value) {
    List<String> forms =
        WordScanner.scan(phrase, 0, phrase.length()).stream()
            .filter(w -> !w.punctuation())
            .map(Word::text)
            .toList();
    String key =
        forms.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
    longest = Math.max(longest, forms.size());
    firstWords.add(forms.get(0).toLowerCase(Locale.ROOT));
    for (int end = key.indexOf(' '); end > 0; end = key.indexOf(' ', end + 1)) {
      prefixes.add(key.substring(0, end));
    }
    prefixes.add(key);
    return entries.putIfAbsent(key, new Entry<>(forms, value)) == null;
  }

  /**
   * The longest phrase starting at {@code words.get(at)}; words are a sentence's words without
   * hyphens.
   */
  Optional<Match<T>> longestAt(SentenceWords words, int at) {
    if (!firstWords.contains(words.get(at).lower())) {
      return Optional.empty();
    }
    List<String> keys = words.keysFrom(at, Math.min(longest, words.size() - at), prefixes);
    for (int length = keys.size(); length >= 1; length--) {
      Entry<T> entry = entries.get(keys.get(length - 1));
      if (entry != null && caseAgrees(entry.forms(), words, at)) {
        return Optional.of(new Match<>(length, entry.value()));
      }
    }
    return Optional.empty();
  }

  private static boolean caseAgrees(List<String> forms, SentenceWords words, int at) {
    for (int i = 0; i < forms.size(); i++) {
      Word word = words.get(at + i);
      String form = forms.get(i);
      boolean formAcronym = new Word(0, 0, form, false).acronym();
      if (formAcronym && !word.acronym()) {
        return false;
      }
      if (Character.isUpperCase(form.codePointAt(0)) && !word.capitalised()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Non-overlapping longest matches over a sentence, left to right, skipping claimed words: element
   * i is the match starting at word i, or null.
   */
  List<Match<T>> allMatches(SentenceWords words, boolean[] claimed) {
    List<Match<T>> at = new ArrayList<>(Collections.nCopies(words.size(), null));
    for (int i = 0; i < words.size(); i++) {
      if (claimed[i]) {
        continue;
      }
      Optional<Match<T>> match = longestAt(words, i);
      if (match.isPresent() && !anyClaimed(claimed, i, i + match.get().length())) {
        at.set(i, match.get());
        i += match.get().length() - 1;
      }
    }
    return at;
  }

  private static boolean anyClaimed(boolean[] claimed, int from, int to) {
    for (int i = from; i < to; i++) {
      if (claimed[i]) {
        return true;
      }
    }
    return false;
  }
}
