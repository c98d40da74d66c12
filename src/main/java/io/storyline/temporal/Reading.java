package io.storyline.temporal;

/**
 * What a parser read, before anchoring: the fields the words stated and how the rest must be found.
 * {@link #UNSET} marks fields the words left open (package-private value, never crosses the
 * package).
 *
 * <ul>
 *   <li>CALENDAR: stated year/month/day/index (quarter 1-4, season 0-3, half 1-2); a missing year
 *       comes from {@code shift} ("last June") or the sentence's tense.
 *   <li>WEEKDAY: ISO weekday, optional shift ("last Friday").
 *   <li>DEICTIC: {@code shift} units of {@code grain} from the reference date ("last week", "two
 *       days ago").
 *   <li>ANCHORED: {@code shift} units from the last mentioned date ("a day earlier", "the next
 *       day").
 *   <li>LITERAL: a value that needs no anchoring (durations, sets, PAST_REF).
 * </ul>
 */
record Reading(
    Kind kind,
    TemporalType type,
    Grain grain,
    int year,
    int month,
    int day,
    int index,
    int weekday,
    int shift,
    String part,
    String clock,
    String literal) {

  static final int UNSET = Integer.MIN_VALUE;

  /**
   * A CALENDAR shift of YEAR_SHIFT + n means "in the year n years from the reference" ("June last
   * year").
   */
  static final int YEAR_SHIFT = 1000;

  /** A WEEKDAY shift meaning "the one before the last mentioned date" ("the previous Friday"). */
  static final int BEFORE_ANCHOR = -2;

  enum Kind {
    CALENDAR,
    WEEKDAY,
    DEICTIC,
    ANCHORED,
    LITERAL
  }

  enum Grain {
    CENTURY,
    DECADE,
    YEAR,
    HALF,
    SEASON,
    QUARTER,
    MONTH,
    WEEK,
    WEEKEND,
    DAY
  }

  static Reading calendar(Grain grain, int year, int month, int day, int index) {
    return new Reading(
        Kind.CALENDAR, TemporalType.DATE, grain, year, month, day, index, UNSET, UNSET, "", "", "");
  }

  static Reading weekday(int weekday, int shift) {
    return new Reading(
        Kind.WEEKDAY,
        TemporalType.DATE,
        Grain.DAY,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        weekday,
        shift,
        "",
        "",
        "");
  }

  static Reading deictic(Grain grain, int shift) {
    return shifted(Kind.DEICTIC, grain, shift);
  }

  static Reading anchored(Grain grain, int shift) {
    return shifted(Kind.ANCHORED, grain, shift);
  }

  private static Reading shifted(Kind kind, Grain grain, int shift) {
    return new Reading(
        kind, TemporalType.DATE, grain, UNSET, UNSET, UNSET, UNSET, UNSET, shift, "", "", "");
  }

  static Reading literal(TemporalType type, String value) {
    return new Reading(
        Kind.LITERAL, type, Grain.DAY, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, "", "", value);
  }

  Reading withShift(int newShift) {
    return new Reading(
        kind, type, grain, year, month, day, index, weekday, newShift, part, clock, literal);
  }

  /** A part of day ("night" -> NI) or a clock time ("15:00") makes the expression a TIME. */
  Reading withTime(String newPart, String newClock) {
    return new Reading(
        kind,
        TemporalType.TIME,
        grain,
        year,
        month,
        day,
        index,
        weekday,
        shift,
        newPart,
        newClock,
        literal);
  }

  boolean has(int field) {
    return field != UNSET;
  }
}
