package io.storyline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the event package's data files by explicit name (works in a native image). Blank lines and
 * lines starting with {@code #} are skipped; bad data fails with "file:line: message".
 */
final class LexiconLoader {

  private static final String BASE = "/io/storyline/event/";

  /** One data line: its cells and where it came from, to report errors against. */
  record Row(String file, int line, List<String> cells) {
    IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }

    String cell(int index) {
      return cells.get(index);
    }
  }

  private LexiconLoader() {}

  /** Tab-separated rows with exactly {@code columns} non-empty cells. */
  static List<Row> table(String file, int columns) {
    List<Row> rows = new ArrayList<>();
    for (Row raw : lines(file)) {
      List<String> cells = List.of(raw.cell(0).split("\t", -1));
      Row row = new Row(file, raw.line(), cells);
      if (cells.size() != columns) {
        throw row.error("expected " + columns + " tab-separated columns, found " + cells.size());
      }
      for (String cell : cells) {
        if (cell.isBlank()) {
          throw row.error("empty column (write '-' for none)");
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** Whitespace-separated words, each as a one-cell row keeping its line number. */
  static List<Row> words(String file) {
    List<Row> words = new ArrayList<>();
    for (Row raw : lines(file)) {
      for (String word : raw.cell(0).trim().split("\\s+")) {
        words.add(new Row(file, raw.line(), List.of(word)));
      }
    }
    return words;
  }

  private static List<Row> lines(String file) {
    List<Row> lines = new ArrayList<>();
    try (InputStream in = LexiconLoader.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException(BASE + file + ":0: resource not found");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(new Row(file, number, List.of(line.strip())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(BASE + file + ": " + e.getMessage(), e);
    }
    return lines;
  }
}
