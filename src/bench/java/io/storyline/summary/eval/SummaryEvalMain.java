package io.storyline.summary.eval;

import io.storyline.summary.Rouge;
import io.storyline.summary.RougeReport;
import io.storyline.summary.RougeScore;
import io.storyline.summary.SourceDocument;
import io.storyline.summary.Summariser;
import io.storyline.summary.SummariserSettings;
import io.storyline.summary.SummaryLength;
import io.storyline.summary.SummarySentence;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * ROUGE evaluation of Storyline's summariser against two baselines computed in the same run.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.storyline.summary.eval.SummaryEvalMain \
 *     DIR [--length words|sentences] [--show]
 * </pre>
 *
 * DIR is one multi-document set (documents {@code *.txt} + {@code refs/ref*.txt}, one sentence a
 * line), a folder of such sets, or a single-document folder ({@code NAME.txt} + {@code
 * NAME.ref*.txt}). Documents are cleaned (TextCleaner) and split (SentenceSplitter); file-name
 * order is publication order.
 *
 * <p>Length: {@code words} (default) gives every system a budget of the mean reference length in
 * words; {@code sentences} gives the mean reference sentence count (rounded). Lead-3 is always the
 * first three sentences of the first document that end in . ! or ? and have at least five words (so
 * the headline and credit lines are not counted). TextRank is {@link
 * SummariserSettings#plainTextRank()}: the same graph without lead prior, source boost, MMR or
 * variant merging. ROUGE: {@link Rouge} (ROUGE-1.5.5 -m, model averaging); rows "mean" are
 * macro-averages over sets.
 */
public final class SummaryEvalMain {
  private static final List<String> SYSTEMS = List.of("Storyline", "TextRank", "Lead-3");
  private final TextCleaner cleaner = new TextCleaner();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Summariser storyline = new Summariser();
  private final Summariser textRank = new Summariser(SummariserSettings.plainTextRank());
  private final Rouge rouge = new Rouge();
  private final boolean byWords;
  private final boolean show;

  private SummaryEvalMain(boolean byWords, boolean show) {
    this.byWords = byWords;
    this.show = show;
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: SummaryEvalMain DIR [--length words|sentences] [--show]");
      System.exit(2);
    }
    List<String> options = List.of(args).subList(1, args.length);
    boolean byWords = !(options.contains("sentences") || options.contains("--length=sentences"));
    new SummaryEvalMain(byWords, options.contains("--show")).run(Path.of(args[0]));
  }

  private void run(Path dir) throws IOException {
    Map<String, List<RougeReport>> results = new LinkedHashMap<>();
    SYSTEMS.forEach(s -> results.put(s, new ArrayList<>()));
    for (EvalSet set : EvalSet.find(dir)) {
      List<SourceDocument> docs = documents(set.documents());
      List<List<String>> refs = new ArrayList<>();
      for (Path ref : set.references()) {
        refs.add(
            Files.readAllLines(ref, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList());
      }
      SummaryLength length = length(refs);
      Map<String, List<String>> summaries = new LinkedHashMap<>();
      summaries.put("Storyline", texts(storyline.summariseStory(docs, length)));
      summaries.put("TextRank", texts(textRank.summariseStory(docs, length)));
      summaries.put("Lead-3", lead(docs.isEmpty() ? List.of() : docs.get(0).sentences(), 3));
      System.out.printf(
          Locale.ROOT,
          "%n%s: %d documents, %d reference(s), length %s %d%n",
          set.name(),
          docs.size(),
          refs.size(),
          length.unit().name().toLowerCase(Locale.ROOT),
          length.limit());
      printHeader();
      for (Map.Entry<String, List<String>> e : summaries.entrySet()) {
        RougeReport report = rouge.score(e.getValue(), refs);
        results.get(e.getKey()).add(report);
        printRow(e.getKey(), report);
        if (show) {
          e.getValue().forEach(s -> System.out.println("      | " + s));
        }
      }
    }
    if (results.get("Storyline").size() > 1) {
      System.out.printf(Locale.ROOT, "%nmean over %d sets%n", results.get("Storyline").size());
      printHeader();
      results.forEach((system, reports) -> printRow(system, mean(reports)));
    }
  }

  private List<SourceDocument> documents(List<Path> files) throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String text = cleaner.clean(Files.readString(files.get(i), StandardCharsets.UTF_8)).text();
      docs.add(new SourceDocument(i, Instant.EPOCH.plusSeconds(i), text, splitter.split(text)));
    }
    return docs;
  }

  private SummaryLength length(List<List<String>> refs) {
    if (byWords) {
      double words = refs.stream().flatMap(List::stream).mapToInt(SummaryEvalMain::words).sum();
      return SummaryLength.words((int) Math.round(words / Math.max(1, refs.size())));
    }
    double sentences = refs.stream().mapToInt(List::size).sum();
    return SummaryLength.sentences((int) Math.round(sentences / Math.max(1, refs.size())));
  }

  static List<String> lead(List<Sentence> sentences, int count) {
    return sentences.stream()
        .map(s -> s.text().strip())
        .filter(t -> words(t) >= 5 && t.matches("(?s).*[.!?][\"'”’)]{0,3}"))
        .limit(count)
        .toList();
  }

  private static int words(String text) {
    return (int)
        Stream.of(text.split("\\s+"))
            .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
            .count();
  }

  private static List<String> texts(List<SummarySentence> summary) {
    return summary.stream().map(SummarySentence::text).toList();
  }

  private static void printHeader() {
    System.out.printf(
        Locale.ROOT,
        "%-10s | %-20s | %-20s | %-20s%n",
        "system",
        "ROUGE-1 R / P / F1",
        "ROUGE-2 R / P / F1",
        "ROUGE-L R / P / F1");
  }

  private static void printRow(String system, RougeReport r) {
    System.out.printf(
        Locale.ROOT,
        "%-10s | %s | %s | %s%n",
        system,
        cell(r.rouge1()),
        cell(r.rouge2()),
        cell(r.rougeL()));
  }

  private static String cell(RougeScore s) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", s.recall(), s.precision(), s.f1()) + "   ";
  }

  private static RougeReport mean(List<RougeReport> reports) {
    return new RougeReport(
        mean(reports, RougeReport::rouge1),
        mean(reports, RougeReport::rouge2),
        mean(reports, RougeReport::rougeL));
  }

  private static RougeScore mean(
      List<RougeReport> reports, java.util.function.Function<RougeReport, RougeScore> f) {
    return new RougeScore(
        reports.stream().mapToDouble(r -> f.apply(r).recall()).average().orElse(0),
        reports.stream().mapToDouble(r -> f.apply(r).precision()).average().orElse(0),
        reports.stream().mapToDouble(r -> f.apply(r).f1()).average().orElse(0));
  }
}
