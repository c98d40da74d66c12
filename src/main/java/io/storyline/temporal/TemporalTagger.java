package io.storyline.temporal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds TIMEX3 temporal expressions in English news text and anchors them to a reference date. The
 * text is tokenised once; parsers fire only at trigger tokens (month and weekday names, unit words,
 * cue words, numbers) found by hash lookup; refiners drop overlaps and join clock times to days;
 * one resolver anchors the readings. Thread-safe: all state built in the constructor is immutable.
 */
public final class TemporalTagger {
  private final TemporalLexicon lex;
  private final TenseCues tense;
  private final Map<String, Parser[]> triggers;
  private final Parser[] numberParsers;

  public TemporalTagger() {
    lex = new TemporalLexicon();
    tense = new TenseCues(lex);
    Phrases phrases = new Phrases(lex);
    MonthParser month = new MonthParser(lex, phrases);
    WeekdayParser weekday = new WeekdayParser(lex);
    PeriodParser period = new PeriodParser(lex, phrases);
    DurationParser duration = new DurationParser(lex, phrases);
    DeicticParser deictic = new DeicticParser(lex, phrases);
    SeasonParser season = new SeasonParser(lex, phrases);
    ClockParser clock = new ClockParser(lex);
    Map<String, List<Parser>> map = new HashMap<>();
    lex.months.keySet().forEach(w -> add(map, w, month));
    lex.weekdays
        .keySet()
        .forEach(
            w -> {
              add(map, w, weekday);
              add(map, w + "s", weekday);
            });
    lex.units
        .keySet()
        .forEach(
            w -> {
              add(map, w, period);
              add(map, w, duration);
            });
    add(map, "half", period);
    add(map, "period", period);
    lex.deictic.keySet().forEach(w -> add(map, w, deictic));
    lex.sets.keySet().forEach(w -> add(map, w, deictic));
    add(map, "past", deictic);
    add(map, "future", deictic);
    lex.partsOfDay.keySet().forEach(w -> add(map, w, deictic::partOfToday));
    lex.seasons.keySet().forEach(w -> add(map, w, season));
    lex.holidays.keySet().forEach(w -> add(map, w, season));
    SpokenYearParser spoken = new SpokenYearParser(lex, phrases);
    add(map, "nineteen", spoken);
    add(map, "thousand", spoken);
    for (String decade :
        List.of(
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties")) {
      add(map, decade, spoken);
    }
    for (String word : List.of("time", "term", "possible", "later", "day", "someday", "while")) {
      add(map, word, deictic::phrase);
    }
    add(map, "noon", clock);
    add(map, "midnight", clock);
    Map<String, Parser[]> frozen = new HashMap<>();
    map.forEach((w, ps) -> frozen.put(w, ps.toArray(new Parser[0])));
    triggers = Map.copyOf(frozen);
    numberParsers = new Parser[] {new NumberParser(lex, phrases), clock};
  }

  private static void add(Map<String, List<Parser>> map, String word, Parser parser) {
    map.computeIfAbsent(word, w -> new ArrayList<>()).add(parser);
  }

  /**
   * The expressions in {@code text}, sorted by start and non-overlapping, anchored to {@code
   * reference}.
   */
  public List<TemporalExpression> annotate(String text, LocalDateTime reference) {
    Tokens t = Tokens.of(text);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      Parser[] parsers = t.kind[i] == Tokens.NUMBER ? numberParsers : triggers.get(t.lower[i]);
      if (parsers != null) {
        for (Parser p : parsers) {
          p.parse(t, i, candidates);
        }
      }
    }
    LocalDate day = reference.toLocalDate();
    List<Candidate> chosen =
        Refiners.dropDateline(
            t, Refiners.joinClockAndDay(t, Refiners.dropOverlaps(candidates, t.size)), day);
    return new Resolver(lex, tense, day).resolve(t, chosen);
  }
}
