package io.storyline.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of an article, so that a short mention can be read as the fuller name the article uses
 * for it: "Jobs" after "Steve Jobs", "Steve" after "Steve Jobs", "Apple Corps" after "The Beatles'
 * Apple Corps". A name is a run of name words: capitalised ("Apple"), with a capital inside
 * ("iPod"), or a number or code right after one ("iPhone 4", "A380"); a possessive joins two runs
 * into one more name. A short form expands only when every fuller name it could stand for is one
 * name (each contains the other): "Jobs" next to "Steve Jobs" and "Laurene Powell Jobs" stays
 * "Jobs". Not thread-safe: one per article.
 */
final class EntityNames {

  private final EventLexicon lexicon;
  private final Map<String, List<List<String>>> byLast = new HashMap<>();
  private final Map<String, List<List<String>>> byFirst = new HashMap<>();
  private final Set<List<String>> seen = new LinkedHashSet<>();
  private final Set<List<String>> joinedNames = new java.util.HashSet<>();

  EntityNames(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A name of a sentence: its normal words and where it stands. */
  record Span(List<String> words, int start, int end, boolean person, boolean joined) {}

  /** The names of a sentence, remembered for the article. */
  List<Span> add(List<Word> tokens) {
    List<Span> spans = spans(tokens);
    for (Span span : spans) {
      if (span.joined()) {
        joinedNames.add(span.words());
      }
      if (seen.add(span.words())) {
        byLast
            .computeIfAbsent(span.words().get(span.words().size() - 1), k -> new ArrayList<>())
            .add(span.words());
        byFirst.computeIfAbsent(span.words().get(0), k -> new ArrayList<>()).add(span.words());
      }
    }
    return spans;
  }

  /** The fuller names of the article that a name stands for (empty when none or ambiguous). */
  List<String> fullerForms(Span span) {
    List<String> words = span.words();
    if (words.size() == 1 && generic(words.get(0))) {
      return List.of();
    }
    List<List<String>> candidates = new ArrayList<>();
    for (List<String> name : byLast.getOrDefault(words.get(words.size() - 1), List.of())) {
      // An owner joined to a one-word name ("Apple's iPhone") would make every "iPhone" Apple's.
      boolean ownedOneWord = words.size() == 1 && joinedNames.contains(name);
      if (!ownedOneWord
          && name.size() > words.size()
          && name.subList(name.size() - words.size(), name.size()).equals(words)) {
        candidates.add(name);
      }
    }
    if (span.person() && words.size() == 1) {
      // A given name alone ("Steve") after the full name.
      for (List<String> name : byFirst.getOrDefault(words.get(0), List.of())) {
        if (name.size() > 1 && !candidates.contains(name)) {
          candidates.add(name);
        }
      }
    }
    for (int a = 0; a < candidates.size(); a++) {
      for (int b = a + 1; b < candidates.size(); b++) {
        if (!contains(candidates.get(a), candidates.get(b))
            && !contains(candidates.get(b), candidates.get(a))) {
          return List.of();
        }
      }
    }
    return candidates.stream().map(name -> String.join(NameWords.JOINER, name)).toList();
  }

  private boolean generic(String word) {
    return NameWords.companySuffix(word)
        || lexicon.titles.contains(word)
        || lexicon.stopwords.contains(word)
        || word.chars().noneMatch(Character::isLetter);
  }

  private static boolean contains(List<String> longer, List<String> shorter) {
    return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
  }

  private List<Span> spans(List<Word> tokens) {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    Span previous = null;
    int previousEnd = -1;
    while (i < tokens.size()) {
      if (!nameWord(tokens, i, false)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && nameWord(tokens, j, true)) {
        j++;
      }
      List<String> words = new ArrayList<>();
      for (int k = i; k < j; k++) {
        words.add(NameWords.normal(tokens.get(k)));
      }
      boolean person = lexicon.givenNames.contains(tokens.get(i).text());
      Span span =
          new Span(
              List.copyOf(words), tokens.get(i).start(), tokens.get(j - 1).end(), person, false);
      spans.add(span);
      // "The Beatles' Apple Corps": the owner and the owned make one more name.
      if (previous != null && previousEnd == i - 1 && possessive(tokens.get(i - 1))) {
        List<String> joined = new ArrayList<>(previous.words());
        joined.addAll(words);
        spans.add(
            new Span(List.copyOf(joined), previous.start(), span.end(), previous.person(), true));
      }
      previous = span;
      previousEnd = j;
      i = j;
    }
    return spans;
  }

  private static boolean possessive(Word token) {
    String text = token.text();
    return token.punctuation()
        && (text.equals("'") || text.equals("’") || text.equals("'s") || text.equals("’s"));
  }

  // A loop, not text.chars(): this runs for every word of every article, and C1-compiled code
  // builds the stream's objects each time.
  private static boolean hasUpperCase(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** A word that starts or goes on with a name ({@code inRun}: a name word precedes it). */
  private boolean nameWord(List<Word> tokens, int i, boolean inRun) {
    Word token = tokens.get(i);
    if (token.punctuation()) {
      return false;
    }
    String text = token.text();
    if (inRun && Character.isDigit(text.charAt(0))) {
      return true;
    }
    if (!hasUpperCase(text)) {
      return false;
    }
    // A capitalised function word opens a sentence ("The", "In"), not a name.
    return inRun
        || !(Character.isUpperCase(text.charAt(0)) && lexicon.stopwords.contains(token.lower()));
  }
}
