package io.storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lower-cased runs of letters and digits of a text, each cut to {@code maxChars}: the plain
 * word view used for comparing wordings (consensus, summary terms), where "U.S." may be two words.
 * {@link Tokenizer} is the one for offsets and news tokens.
 */
public final class PlainWords {
  private PlainWords() {}

  public static List<String> of(String text, int maxChars) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, Math.min(i, start + maxChars)).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
