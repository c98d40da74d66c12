package io.storyline.summary;

import io.storyline.text.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-side documents split by a deliberately naive splitter (line breaks, and ". " before a
 * capital), so the summariser's unit tests do not depend on the text package's real splitter.
 */
final class TestDocuments {
  static final List<String> DEMO_FILES =
      List.of(
          "000_94d2aa5169608688.txt",
          "001_b9ee5adf22213926.txt",
          "002_a367a5b22de7aba8.txt",
          "003_2bbe479d0874b1ba.txt",
          "004_a9f123cecce3c2d4.txt");

  private TestDocuments() {}

  static SourceDocument document(long id, String text) {
    return new SourceDocument(
        id, Instant.parse("2022-01-10T00:00:00Z").plusSeconds(id), text, split(text));
  }

  static String demoText(String file) {
    try (InputStream in =
        TestDocuments.class.getResourceAsStream("/demo/geneva-talks-2022/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean lineEnd = i == text.length() || text.charAt(i) == '\n';
      boolean sentenceEnd =
          i + 2 < text.length()
              && ".!?".indexOf(text.charAt(i)) >= 0
              && text.charAt(i + 1) == ' '
              && Character.isUpperCase(text.charAt(i + 2));
      if (lineEnd || sentenceEnd) {
        int end = sentenceEnd ? i + 1 : i;
        add(text, start, end, sentences);
        start = end;
      }
    }
    return sentences;
  }

  private static void add(String text, int start, int end, List<Sentence> sentences) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Sentence(start, end, text.substring(start, end)));
    }
  }
}
