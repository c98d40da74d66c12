package io.storyline.summary.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One evaluation item: documents to summarise together and their reference summaries. */
record EvalSet(String name, List<Path> documents, List<Path> references) {

  /**
   * Multi-document sets (DIR itself or its sub-folders with refs/), else single-document NAME.txt +
   * NAME.ref*.txt.
   */
  static List<EvalSet> find(Path dir) throws IOException {
    if (Files.isDirectory(dir.resolve("refs"))) {
      return List.of(multiDocument(dir));
    }
    List<EvalSet> sets = new ArrayList<>();
    for (Path sub : list(dir, Files::isDirectory)) {
      if (Files.isDirectory(sub.resolve("refs"))) {
        sets.add(multiDocument(sub));
      }
    }
    if (!sets.isEmpty()) {
      return sets;
    }
    for (Path doc : list(dir, p -> isText(p) && !p.getFileName().toString().contains(".ref"))) {
      String stem = doc.getFileName().toString().replaceFirst("\\.txt$", "");
      List<Path> refs =
          list(dir, p -> isText(p) && p.getFileName().toString().startsWith(stem + ".ref"));
      if (!refs.isEmpty()) {
        sets.add(new EvalSet(stem, List.of(doc), refs));
      }
    }
    return sets;
  }

  private static EvalSet multiDocument(Path dir) throws IOException {
    return new EvalSet(
        dir.getFileName().toString(),
        list(dir, EvalSet::isText),
        list(dir.resolve("refs"), EvalSet::isText));
  }

  private static boolean isText(Path p) {
    return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt");
  }

  private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter)
      throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(filter).sorted().toList();
    }
  }
}
