package io.storyline.api;

import io.storyline.text.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods a path answers, for a 405's {@code Allow} header: the JAX-RS layer knows only that
 * the method did not match, and its OPTIONS answer merges every method of a resource class. Read
 * from {@code allowed-methods.tsv}; a literal segment wins over a {@code {name}} one, so {@code
 * /api/stories/rebuild} is not taken for {@code /api/stories/{id}}.
 */
public final class AllowedMethods {
  private static final String FILE = "/io/storyline/api/allowed-methods.tsv";
  private static final Map<String, List<String>> TABLE = read();

  private AllowedMethods() {}

  /** Every template of the table with its methods as listed (no HEAD or OPTIONS added). */
  public static Map<String, List<String>> table() {
    return TABLE;
  }

  /** The methods for the Allow header of a request path: the listed ones, HEAD, OPTIONS. */
  public static List<String> of(String path) {
    String[] segments = segments(path);
    List<String> best = List.of();
    int bestLiterals = -1;
    for (Map.Entry<String, List<String>> row : TABLE.entrySet()) {
      int literals = literalMatches(segments(row.getKey()), segments);
      if (literals > bestLiterals) {
        best = row.getValue();
        bestLiterals = literals;
      }
    }
    List<String> allowed = new ArrayList<>(best);
    if (allowed.contains("GET")) {
      allowed.add("HEAD");
    }
    allowed.add("OPTIONS");
    return allowed;
  }

  /** How many segments match literally, or -1 when the template does not match the path. */
  private static int literalMatches(String[] template, String[] path) {
    if (template.length != path.length) {
      return -1;
    }
    int literals = 0;
    for (int i = 0; i < template.length; i++) {
      if (template[i].startsWith("{") && template[i].endsWith("}")) {
        continue;
      }
      if (!template[i].equals(path[i])) {
        return -1;
      }
      literals++;
    }
    return literals;
  }

  private static String[] segments(String path) {
    String trimmed = path.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> table = new LinkedHashMap<>();
    for (DataFile.Line line : DataFile.table(FILE, 2)) {
      if (!line.cell(0).startsWith("/")) {
        throw line.error("expected a path and its methods: '" + line.text() + "'");
      }
      List<String> methods = List.of(line.cell(1).strip().split("\\s*,\\s*"));
      if (table.put(line.cell(0), methods) != null) {
        throw line.error("path listed twice");
      }
    }
    return Map.copyOf(table);
  }
}
