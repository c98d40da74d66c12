package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five demo copies: exactly the hand-checked junk lines go, every news sentence stays. */
class DemoCorpusTextTest {
  private final TextCleaner cleaner = new TextCleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();

  static Stream<Arguments> articles() {
    Map<String, List<String>> removed = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String[] row : rows("demo/sentence-counts.tsv")) {
      counts.put(row[0], Integer.parseInt(row[1]));
      removed.put(row[0], new ArrayList<>());
    }
    for (String[] row : rows("demo/removed-lines.tsv")) {
      removed.get(row[0]).add(row[1] + "\t" + row[2] + "\t" + row[3]);
    }
    return counts.keySet().stream().map(a -> Arguments.of(a, removed.get(a), counts.get(a)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void removesExactlyTheJunkAndKeepsEverySentence(
      String article, List<String> expectedRemoved, int sentences) {
    CleanedText cleaned = cleaner.clean(resource("/demo/geneva-talks-2022/" + article));
    List<String> removed =
        cleaned.removed().stream()
            .map(r -> r.lineNumber() + "\t" + r.reason() + "\t" + r.line())
            .toList();
    assertEquals(expectedRemoved, removed);
    assertEquals(sentences, splitter.split(cleaned.text()).size());
    for (String junk :
        List.of(
            "Advertisement",
            "Source link",
            "Related Articles",
            "Leave a",
            "Getty Images",
            "Previous article",
            "Next article",
            "Back to top",
            "More in",
            "Post a Comment",
            "email address")) {
      assertFalse(cleaned.text().contains(junk), junk);
    }
    assertFalse(cleaned.text().contains("\n\n\n"));
  }

  private static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : resource("/io/storyline/text/" + name).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", 4));
      }
    }
    return rows;
  }

  static String resource(String path) {
    try (InputStream in = DemoCorpusTextTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
