package io.storyline.temporal;

import io.storyline.text.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The word tables of the tagger, loaded once from {@code
 * src/main/resources/io/storyline/temporal/}. Each file is named explicitly (no classpath scanning,
 * so it works in a native image); bad data fails with "file:line: message".
 */
final class TemporalLexicon {
  static final List<String> FILES =
      List.of(
          "months.txt",
          "ambiguous-months.txt",
          "weekdays.txt",
          "numbers.txt",
          "ordinals.txt",
          "units.txt",
          "seasons.txt",
          "parts-of-day.txt",
          "deictic.txt",
          "shifts.txt",
          "tense-cues.txt",
          "modifiers.txt",
          "sets.txt",
          "holidays.txt",
          "count-nouns.txt",
          "context-words.txt");

  /**
   * A unit word: the grain code and the TIMEX3 duration letter(s); {@code weeks} is 2 for
   * "fortnight".
   */
  record Unit(String grain, String letter, int multiple) {}

  /** A season: code and first/last day as MM-DD. */
  record Season(String code, int index, String first, String last) {}

  final Map<String, Integer> months;
  final Set<String> ambiguousMonths;
  final Map<String, Integer> weekdays;

  /** Number words; -1 for vague amounts ("several"). */
  final Map<String, Integer> numbers;

  final Map<String, Integer> ordinals;
  final Map<String, Unit> units;
  final Map<String, Season> seasons;
  final Map<String, String> partsOfDay;
  final Map<String, String[]> deictic;
  final Map<String, Integer> shifts;
  final Map<String, Boolean> futureCue;
  final Map<String, String> modifiers;
  final Map<String, String> sets;
  final Map<String, String> holidays;
  final Set<String> countNouns;
  final Set<String> monthCues;
  final Set<String> seasonCues;
  final Set<String> yearCues;
  final Set<String> countCues;
  final Set<String> namedDays;
  final Set<String> timeZones;
  final Set<String> spanShifts;
  final Set<String> rateWords;
  final Set<String> notPast;
  final Set<String> futureInPast;
  final Set<String> modals;
  final Set<String> intentVerbs;
  final Set<String> determiners;
  final Set<String> participles;
  final Set<String> eventNames;
  final Set<String> laterNouns;
  final Set<String> futureAuxiliaries;

  TemporalLexicon() {
    months = load("months.txt", 2, f -> Integer.parseInt(f[1]));
    ambiguousMonths = load("ambiguous-months.txt", 1, f -> f[0]).keySet();
    weekdays = load("weekdays.txt", 2, f -> Integer.parseInt(f[1]));
    numbers = load("numbers.txt", 2, f -> f[1].equals("X") ? -1 : Integer.parseInt(f[1]));
    ordinals = load("ordinals.txt", 2, f -> Integer.parseInt(f[1]));
    units =
        load(
            "units.txt",
            3,
            f -> {
              boolean twice = f[1].endsWith("2");
              return new Unit(twice ? f[1].substring(0, 1) : f[1], f[2], twice ? 2 : 1);
            });
    seasons =
        load(
            "seasons.txt",
            4,
            f -> new Season(f[1], List.of("SP", "SU", "FA", "WI").indexOf(f[1]), f[2], f[3]));
    partsOfDay = load("parts-of-day.txt", 2, f -> f[1]);
    deictic = load("deictic.txt", 3, f -> new String[] {f[1], f[2]});
    shifts = load("shifts.txt", 2, f -> Integer.parseInt(f[1]));
    futureCue = load("tense-cues.txt", 2, f -> check(f[1], "PAST", "FUTURE").equals("FUTURE"));
    modifiers = load("modifiers.txt", 2, f -> check(f[1], "APPROX", "POINT"));
    sets = load("sets.txt", 2, f -> f[1]);
    holidays = load("holidays.txt", 2, f -> f[1]);
    countNouns = Set.copyOf(load("count-nouns.txt", 1, f -> f[0]).keySet());
    Map<String, Set<String>> context = load("context-words.txt", 2, f -> Set.of(f[1].split(" +")));
    monthCues = role(context, "month_cue");
    seasonCues = role(context, "season_cue");
    yearCues = role(context, "year_cue");
    countCues = role(context, "count_cue");
    namedDays = role(context, "named_day");
    timeZones = role(context, "time_zone");
    spanShifts = role(context, "span_shift");
    rateWords = role(context, "rate_word");
    notPast = role(context, "not_past");
    futureInPast = role(context, "future_in_past");
    modals = role(context, "modal");
    intentVerbs = role(context, "intent_verb");
    determiners = role(context, "determiner");
    participles = role(context, "participle");
    eventNames = role(context, "event_name");
    laterNouns = role(context, "later_noun");
    futureAuxiliaries = role(context, "future_auxiliary");
    if (seasons.values().stream().anyMatch(s -> s.index() < 0)) {
      throw new IllegalStateException("seasons.txt: unknown season code");
    }
  }

  private static Set<String> role(Map<String, Set<String>> context, String role) {
    Set<String> words = context.get(role);
    if (words == null) {
      throw new IllegalStateException(
          "context-words.txt:0: missing role " + role.toUpperCase(Locale.ROOT));
    }
    return words;
  }

  private static String check(String value, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "expected one of " + String.join(", ", allowed) + " but was " + value);
  }

  /** Reads a tab-separated table: key (lower-cased) to value built from the line's fields. */
  private static <V> Map<String, V> load(String file, int fields, Function<String[], V> value) {
    return parse(DataFile.lines("/io/storyline/temporal/" + file), fields, value);
  }

  /** Builds one table from its lines; package-private so a test can feed it bad data. */
  static <V> Map<String, V> parse(
      List<DataFile.Line> lines, int fields, Function<String[], V> value) {
    Map<String, V> table = new HashMap<>();
    for (DataFile.Line line : lines) {
      String[] f = line.cells(fields).toArray(String[]::new);
      f[0] = f[0].toLowerCase(Locale.ROOT);
      try {
        if (table.put(f[0], value.apply(f)) != null) {
          throw new IllegalArgumentException("duplicate entry " + f[0]);
        }
      } catch (RuntimeException e) {
        IllegalStateException error = line.error(e.getMessage());
        error.initCause(e);
        throw error;
      }
    }
    return Map.copyOf(table);
  }
}
