package io.storyline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one reader of the data files (word lists, gazetteers, tables) under {@code
 * src/main/resources}: by explicit resource name, which a native image can serve because the names
 * are listed in {@code quarkus.native.resources.includes}. Blank lines and lines starting with
 * {@code #} are skipped; bad data fails with "file:line: message", so a typo in a list stops the
 * start-up instead of becoming a silent miss.
 */
public final class DataFile {

  /** One data line, stripped, with where it came from to report errors against. */
  public record Line(String file, int number, String text) {

    public IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + number + ": " + message);
    }

    /** The line's tab-separated cells: exactly {@code count}, none empty. */
    public List<String> cells(int count) {
      List<String> cells = List.of(text.split("\t", -1));
      if (cells.size() != count) {
        throw error("expected " + count + " tab-separated columns, found " + cells.size());
      }
      for (String cell : cells) {
        if (cell.isBlank()) {
          throw error("empty column (write '-' for none)");
        }
      }
      return cells;
    }

    /** The cell at {@code index} of a line already checked by {@link #cells}. */
    public String cell(int index) {
      return text.split("\t", -1)[index];
    }
  }

  private DataFile() {}

  /** The data lines of a resource, e.g. {@code /io/storyline/event/places.tsv}. */
  public static List<Line> lines(String resource) {
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(file + ":0: resource not found (" + resource + ")");
      }
      return lines(file, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read", e);
    }
  }

  /** The data lines of {@code reader}, reported as {@code file}; for tests that feed bad data. */
  public static List<Line> lines(String file, Reader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    BufferedReader buffered = new BufferedReader(reader);
    int number = 0;
    for (String raw = buffered.readLine(); raw != null; raw = buffered.readLine()) {
      number++;
      String text = raw.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        lines.add(new Line(file, number, text));
      }
    }
    return lines;
  }

  /** Lines of exactly {@code columns} non-empty tab-separated cells. */
  public static List<Line> table(String resource, int columns) {
    List<Line> rows = lines(resource);
    rows.forEach(row -> row.cells(columns));
    return rows;
  }

  /** Whitespace-separated words, several a line, as written (e.g. given names). */
  public static List<String> tokens(String resource) {
    List<String> tokens = new ArrayList<>();
    for (Line line : lines(resource)) {
      tokens.addAll(List.of(line.text.split("\\s+")));
    }
    return tokens;
  }

  /** A word list: one lower-case word a line, each once. */
  public static Set<String> words(String resource) {
    return words(lines(resource));
  }

  /** {@link #words(String)} over lines already read. */
  public static Set<String> words(List<Line> lines) {
    Set<String> words = new LinkedHashSet<>();
    for (Line line : lines) {
      if (line.text.chars().anyMatch(Character::isWhitespace)) {
        throw line.error("one word a line: '" + line.text + "'");
      }
      if (!line.text.equals(line.text.toLowerCase(Locale.ROOT))) {
        throw line.error("must be lowercase: '" + line.text + "'");
      }
      if (!words.add(line.text)) {
        throw line.error("duplicate word '" + line.text + "'");
      }
    }
    return Set.copyOf(words);
  }
}
