package io.storyline.text;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the text package, loaded once from named resources. Bad data fails with
 * "file:line: message" so a typo in a list is found at start-up, not as a silent miss.
 */
public final class TextLexicon {
  static final String BASE = "/io/storyline/text/";
  static final String CUES = "boilerplate-cues.txt";
  static final String ABBREVIATIONS = "abbreviations.txt";
  static final String STARTERS = "sentence-starters.txt";
  static final String STOP_WORDS = "stop-words.txt";
  static final String CLAUSE_OPENERS = "clause-openers.txt";

  /** How a boilerplate cue is matched against a line. */
  public enum CueKind {
    LINE,
    PREFIX,
    CONTAINS,
    NAV,
    CREDIT,
    CAPTION,
    SHARE
  }

  private static final class Holder {
    static final TextLexicon INSTANCE = new TextLexicon();
  }

  private final Map<CueKind, Set<String>> cues = new EnumMap<>(CueKind.class);
  private final Set<String> titleAbbreviations;
  private final Set<String> ambiguousAbbreviations;
  private final Set<String> sentenceStarters;
  private final Set<String> stopWords;
  private final Set<String> clauseOpeners;

  private TextLexicon() {
    for (CueKind kind : CueKind.values()) {
      cues.put(kind, new LinkedHashSet<>());
    }
    for (DataFile.Line line : read(CUES)) {
      int colon = line.text().indexOf(':');
      CueKind kind = colon < 0 ? null : kindOf(line.text().substring(0, colon).trim());
      String cue =
          colon < 0 ? "" : line.text().substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      if (kind == null || cue.isEmpty()) {
        throw line.error(
            "expected '<kind>: <cue>' with kind one of line, prefix, contains, nav, credit,"
                + " caption, share");
      }
      cues.get(kind).add(cue);
    }
    cues.replaceAll((k, v) -> Set.copyOf(v));
    Set<String> title = new LinkedHashSet<>();
    Set<String> ambiguous = new LinkedHashSet<>();
    Set<String> section = null;
    for (DataFile.Line line : read(ABBREVIATIONS)) {
      if (line.text().equals("[title]")) {
        section = title;
      } else if (line.text().equals("[ambiguous]")) {
        section = ambiguous;
      } else if (section == null) {
        throw line.error("abbreviation before a [title] or [ambiguous] section");
      } else if (!line.text().endsWith(".") || line.text().contains(" ")) {
        throw line.error("an abbreviation is one word ending in '.'");
      } else {
        section.add(line.text());
      }
    }
    titleAbbreviations = Set.copyOf(title);
    ambiguousAbbreviations = Set.copyOf(ambiguous);
    sentenceStarters = words(STARTERS);
    stopWords = words(STOP_WORDS);
    clauseOpeners = words(CLAUSE_OPENERS);
  }

  /** The shared, immutable lexicon. */
  public static TextLexicon get() {
    return Holder.INSTANCE;
  }

  public Set<String> cues(CueKind kind) {
    return cues.get(kind);
  }

  public Set<String> titleAbbreviations() {
    return titleAbbreviations;
  }

  public Set<String> ambiguousAbbreviations() {
    return ambiguousAbbreviations;
  }

  /** Lower-case function words that usually open a sentence. */
  public Set<String> sentenceStarters() {
    return sentenceStarters;
  }

  /** Lower-case English stop words (function words carrying no topic). */
  public Set<String> stopWords() {
    return stopWords;
  }

  /** Lower-case conjunctions and linking words that open a clause inside a sentence. */
  public Set<String> clauseOpeners() {
    return clauseOpeners;
  }

  private static CueKind kindOf(String name) {
    for (CueKind kind : CueKind.values()) {
      if (kind.name().toLowerCase(Locale.ROOT).equals(name)) {
        return kind;
      }
    }
    return null;
  }

  private static Set<String> words(String file) {
    return DataFile.words(BASE + file);
  }

  private static List<DataFile.Line> read(String file) {
    return DataFile.lines(BASE + file);
  }
}
