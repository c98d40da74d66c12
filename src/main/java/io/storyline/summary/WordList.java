package io.storyline.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Loads a word list resource of this package: one lowercase word a line, {@code #} comments, blank
 * lines ignored. Bad data fails loudly with "file:line: message" so a typo in the data is found at
 * start-up.
 */
final class WordList {
  private WordList() {}

  static Set<String> load(String fileName) {
    try (InputStream in = WordList.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw new IllegalStateException(fileName + ": resource not found");
      }
      return parse(fileName, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + ": cannot read", e);
    }
  }

  static Set<String> parse(String fileName, BufferedReader reader) throws IOException {
    Set<String> words = new HashSet<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            fileName + ":" + lineNumber + ": one word a line: '" + entry + "'");
      }
      if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            fileName + ":" + lineNumber + ": must be lowercase: '" + entry + "'");
      }
      if (!words.add(entry)) {
        throw new IllegalArgumentException(
            fileName + ":" + lineNumber + ": duplicate word '" + entry + "'");
      }
    }
    return Set.copyOf(words);
  }
}
