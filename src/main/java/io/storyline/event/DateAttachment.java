package io.storyline.event;

import java.util.List;

/**
 * Decides which date of a sentence a word belongs to when the sentence has several ("said on Sunday
 * that talks ... on Wednesday in Brussels"): the nearest date counted in tokens, punctuation
 * included, so a comma weighs like a word. One refinement: "in Brussels and Vienna on Wednesday and
 * Thursday" pairs the places with the dates in order ("respectively").
 */
final class DateAttachment {

  private final List<Word> tokens;
  private final List<? extends Located<?>> dates;
  private final int reportEnd;
  // The token span of each date, found once: owner() is asked for every word of a sentence.
  private final int[] dateFirst;
  private final int[] dateLast;

  /**
   * {@code dates}: the date expressions of the sentence, in text order. {@code reportEnd}: where
   * the reporting verb of a report dated by its first date ends ("Jobs said | the phone would ship
   * in June"), or -1; the words after it are what was reported and belong to the other dates.
   */
  DateAttachment(List<Word> tokens, List<? extends Located<?>> dates, int reportEnd) {
    this.tokens = tokens;
    this.dates = dates;
    this.reportEnd = reportEnd;
    this.dateFirst = new int[dates.size()];
    this.dateLast = new int[dates.size()];
    for (int d = 0; d < dates.size(); d++) {
      Located<?> date = dates.get(d);
      dateFirst[d] = tokenAt(date.start());
      dateLast[d] = tokenAt(Math.max(date.start(), date.end() - 1));
    }
  }

  /** Index into the dates of the date that owns the words at [start, end). */
  int owner(int start, int end) {
    return nearest(start, tokenAt(start), tokenAt(Math.max(start, end - 1)));
  }

  /** The same for token {@code i} of the sentence's tokens (no search for where it stands). */
  int ownerOfToken(int i) {
    return nearest(tokens.get(i).start(), i, i);
  }

  /** The date nearest to tokens [first, last], which begin at offset {@code start}. */
  private int nearest(int start, int first, int last) {
    int best = 0;
    int bestDistance = Integer.MAX_VALUE;
    int from = reportEnd >= 0 && start >= reportEnd && dates.size() > 1 ? 1 : 0;
    for (int d = from; d < dates.size(); d++) {
      int distance = tokenDistance(first, last, d);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Token distance from the words at [start, end) to date {@code d}. */
  int distance(int start, int end, int d) {
    return tokenDistance(tokenAt(start), tokenAt(Math.max(start, end - 1)), d);
  }

  private int tokenDistance(int first, int last, int d) {
    return last < dateFirst[d]
        ? dateFirst[d] - last
        : first > dateLast[d] ? first - dateLast[d] : 0;
  }

  boolean insideDate(int offset) {
    for (Located<?> date : dates) {
      if (offset >= date.start() && offset < date.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Pairs coordinated places with coordinated dates: if places {@code items[i]} and {@code
   * items[i+1]} are joined by "and", both belong to date d, and date d+1 follows d joined by "and",
   * the second place moves to d+1.
   */
  <T> void pairRespectively(List<Located<T>> items, int[] owners) {
    for (int i = 0; i + 1 < items.size(); i++) {
      int d = owners[i];
      if (owners[i + 1] != d || d + 1 >= dates.size()) {
        continue;
      }
      Located<?> date = dates.get(d);
      Located<?> next = dates.get(d + 1);
      if (joinedByAnd(items.get(i).end(), items.get(i + 1).start())
          && joinedByAnd(date.end(), next.start())
          && items.get(i + 1).end() <= date.start()) {
        owners[i + 1] = d + 1;
      }
    }
  }

  /** True if exactly the word "and" stands between the offsets. */
  boolean joinedByAnd(int from, int to) {
    int words = 0;
    boolean and = false;
    for (Word token : tokens) {
      if (token.start() >= from && token.end() <= to) {
        words++;
        and |= token.lower().equals("and");
      }
    }
    return words == 1 && and;
  }

  /** Index of the token containing (or first starting after) the offset. */
  private int tokenAt(int offset) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
