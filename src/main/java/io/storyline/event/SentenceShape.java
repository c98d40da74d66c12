package io.storyline.event;

import java.util.List;

/**
 * Guards against junk that slipped through cleaning: a dated "sentence" must read as a sentence,
 * with a verb-like word, and must not be a title-case headline fragment ("Bitcoin Approaches Death
 * Cross as Goldman Foresees 4 Fed Rate Hikes This Year").
 */
final class SentenceShape {

  private static final int MIN_WORDS = 3;
  private static final int LONG_WORD = 4;
  private static final int HEADLINE_MIN_CAPITALISED = 4;

  private final EventLexicon lexicon;

  SentenceShape(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  boolean readsAsSentence(List<Word> tokens) {
    int words = 0;
    int capitalised = 0;
    int lowerContent = 0;
    boolean verb = false;
    for (Word token : tokens) {
      if (token.punctuation() || !Character.isLetter(token.text().charAt(0))) {
        continue;
      }
      words++;
      String lower = token.lower();
      verb = verb || verbLike(token, lower);
      if (token.capitalised()) {
        capitalised += token.text().length() >= LONG_WORD ? 1 : 0;
      } else if (!lexicon.stopwords.contains(lower)) {
        lowerContent++;
      }
    }
    // Title case: every lower-case word a function word ("as", "for", "by").
    boolean headline = capitalised >= HEADLINE_MIN_CAPITALISED && lowerContent == 0;
    return words >= MIN_WORDS && verb && !headline;
  }

  private boolean verbLike(Word token, String lower) {
    if (lexicon.verbs.contains(lower)
        || lexicon.eventWord(lower).filter(role -> role == MentionRole.STATEMENT).isPresent()) {
      return true;
    }
    return !token.capitalised() && lower.length() >= LONG_WORD && lower.endsWith("ed");
  }
}
