package io.storyline.summary;

/**
 * How long a summary may be: at most {@code limit} sentences, or at most {@code limit} words.
 * Sentences are never cut: under a word budget a sentence that does not fit is skipped for a
 * shorter one, so a budget smaller than every candidate sentence gives an empty summary.
 */
public record SummaryLength(Unit unit, int limit) {
  /** What {@link #limit} counts. */
  public enum Unit {
    SENTENCES,
    WORDS
  }

  public SummaryLength {
    if (unit == null) {
      throw new IllegalArgumentException("unit is required");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  public static SummaryLength sentences(int count) {
    return new SummaryLength(Unit.SENTENCES, count);
  }

  public static SummaryLength words(int count) {
    return new SummaryLength(Unit.WORDS, count);
  }

  /** Whether a summary of {@code sentences} sentences and {@code words} words still fits. */
  boolean admits(int sentences, int words) {
    return unit == Unit.SENTENCES ? sentences <= limit : words <= limit;
  }

  /**
   * Words as counted for the budget: whitespace-separated runs holding at least one letter or
   * digit.
   */
  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    boolean hasAlnum = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inWord && hasAlnum) {
          words++;
        }
        inWord = false;
        hasAlnum = false;
      } else {
        inWord = true;
        hasAlnum |= Character.isLetterOrDigit(c);
      }
    }
    return inWord && hasAlnum ? words + 1 : words;
  }
}
