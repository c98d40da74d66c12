package io.storyline.testing;

import java.util.List;
import java.util.Random;

/**
 * Random and adversarial text for property-style tests, from a fixed seed so a failure names the
 * seed that reproduces it. Mixes arbitrary UTF-16 (including lone surrogates and control
 * characters), lower-case words and pieces chosen by the caller (abbreviations, tags, month
 * names...).
 */
public final class RandomText {
  private final Random random;
  private final List<String> pieces;

  public RandomText(long seed, List<String> pieces) {
    this.random = new Random(seed);
    this.pieces = List.copyOf(pieces);
  }

  /** A text of up to {@code maxParts} parts. */
  public String next(int maxParts) {
    int parts = random.nextInt(maxParts + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(3)) {
        case 0 -> anyChars(text, random.nextInt(41));
        case 1 -> text.append(pieces.get(random.nextInt(pieces.size())));
        default -> word(text, 1 + random.nextInt(12));
      }
    }
    return text.toString();
  }

  private void anyChars(StringBuilder text, int length) {
    for (int i = 0; i < length; i++) {
      // Bias towards ASCII and punctuation, but reach every UTF-16 unit.
      text.append(
          random.nextInt(4) == 0
              ? (char) random.nextInt(0x10000)
              : (char) (0x20 + random.nextInt(0x60)));
    }
  }

  private void word(StringBuilder text, int length) {
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
  }
}
