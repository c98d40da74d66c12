package io.storyline.resource;

import io.storyline.api.InvalidRequestException;
import io.storyline.api.Problem.FieldError;
import io.storyline.summary.SummaryLength;
import java.util.List;

/**
 * The {@code sentences} / {@code words} query parameters of the summary endpoints, checked at the
 * edge.
 */
final class SummaryRequest {
  static final int MAX_SENTENCES = 20;
  static final int MIN_WORDS = 10;
  static final int MAX_WORDS = 500;

  private SummaryRequest() {}

  static SummaryLength length(String sentences, String words, int defaultSentences) {
    boolean bySentences = sentences != null && !sentences.isBlank();
    boolean byWords = words != null && !words.isBlank();
    if (bySentences && byWords) {
      throw new InvalidRequestException(
          List.of(
              new FieldError("sentences", "give either sentences or words, not both"),
              new FieldError("words", "give either sentences or words, not both")));
    }
    if (byWords) {
      return SummaryLength.words(bounded("words", words, MIN_WORDS, MAX_WORDS));
    }
    return SummaryLength.sentences(
        bySentences ? bounded("sentences", sentences, 1, MAX_SENTENCES) : defaultSentences);
  }

  private static int bounded(String field, String value, int min, int max) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      n = Integer.MIN_VALUE;
    }
    if (n < min || n > max) {
      throw new InvalidRequestException(field, "must be a whole number from " + min + " to " + max);
    }
    return n;
  }
}
