package io.storyline.event;

import io.storyline.text.EnglishStems;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stemmed content words of a text (stop words, numbers and one- or two-letter words left out),
 * used to compare what sentences are about.
 */
final class ContentWords {

  private final EventLexicon lexicon;

  ContentWords(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Content stems of {@code text[from, to)} leaving out {@code [skipFrom, skipTo)} (e.g. the date
   * itself).
   */
  Set<String> of(String text, int from, int to, int skipFrom, int skipTo) {
    return of(WordScanner.scan(text, from, to), skipFrom, skipTo);
  }

  /** The content stems of words already scanned ({@link WordScanner#scan}) from a whole text. */
  Set<String> of(List<Word> words) {
    return of(words, 0, 0);
  }

  private Set<String> of(List<Word> words, int skipFrom, int skipTo) {
    Set<String> stems = new HashSet<>();
    for (Word word : words) {
      if (word.punctuation() || word.start() >= skipFrom && word.end() <= skipTo) {
        continue;
      }
      addIfContent(word.lower(), stems);
    }
    return stems;
  }

  Set<String> of(String text) {
    return of(text, 0, text.length(), 0, 0);
  }

  /**
   * Content stems of one date's clause of a sentence: the words nearer (in characters) to {@code
   * own} than to any other date of the sentence, dates themselves left out. {@code dates} are
   * [start, end) offsets into {@code sentence}, {@code own} among them.
   */
  Set<String> ofClause(String sentence, List<int[]> dates, int[] own) {
    return ofClause(WordScanner.scan(sentence, 0, sentence.length()), dates, own);
  }

  /** The same, of the words already scanned from the whole sentence. */
  Set<String> ofClause(List<Word> sentenceWords, List<int[]> dates, int[] own) {
    Set<String> stems = new HashSet<>();
    for (Word word : sentenceWords) {
      if (word.punctuation() || distance(word, own) == 0 || !nearest(word, dates, own)) {
        continue;
      }
      addIfContent(word.lower(), stems);
    }
    return stems;
  }

  /** Adds the stem of a word that says something: longer than two letters, not a stop word. */
  private void addIfContent(String lower, Set<String> stems) {
    if (lower.length() > 2
        && Character.isLetter(lower.charAt(0))
        && !lexicon.stopwords.contains(lower)) {
      stems.add(EnglishStems.of(lower));
    }
  }

  private static boolean nearest(Word word, List<int[]> dates, int[] own) {
    int mine = distance(word, own);
    for (int[] date : dates) {
      int other = distance(word, date);
      if (other == 0 || other < mine) {
        return false;
      }
    }
    return true;
  }

  private static int distance(Word word, int[] date) {
    return word.end() <= date[0]
        ? date[0] - word.end() + 1
        : word.start() >= date[1] ? word.start() - date[1] + 1 : 0;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String stem : a) {
      shared += b.contains(stem) ? 1 : 0;
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
