package io.storyline.temporal;

import io.storyline.temporal.Reading.Grain;
import java.util.List;

/**
 * Words that point at the reference date: "today", "late yesterday", "tomorrow morning", "tonight",
 * "now", "right now", "recently", "the past", "the future", and frequency adverbs ("annually",
 * "weekly").
 */
final class DeicticParser implements Parser {
  private final TemporalLexicon lex;
  private final Phrases phrases;

  DeicticParser(TemporalLexicon lex, Phrases phrases) {
    this.lex = lex;
    this.phrases = phrases;
  }

  @Override
  public void parse(Tokens t, int i, List<Candidate> out) {
    String word = t.at(i);
    String set = lex.sets.get(word);
    if (set != null) {
      if (!word.endsWith("ally")
          && t.isWord(i + 1)
          && !t.at(i + 1).equals("and")
          && !t.at(i + 1).equals("or")) {
        return; // "daily flights", "quarterly dividend": an adjective, not a frequency of the event
      }
      out.add(new Candidate(i, i, Reading.literal(TemporalType.SET, set), "set-adverb"));
      return;
    }
    if (word.equals("past") || word.equals("future")) {
      boolean the =
          t.at(i - 1).equals("the") || t.at(i - 1).equals("near") && t.at(i - 2).equals("the");
      if (the || word.equals("future") && t.at(i - 1).equals("in") && !t.isWord(i + 1)) {
        int first = t.at(i - 1).equals("near") ? i - 2 : (the ? i - 1 : i);
        String value = word.equals("past") ? "PAST_REF" : "FUTURE_REF";
        out.add(
            new Candidate(first, i, Reading.literal(TemporalType.DATE, value), "ref-the-" + word));
      }
      return;
    }
    String[] entry = lex.deictic.get(word);
    if (entry == null
        || Phrases.titleCase(t, i) && !t.at(i + 1).equals(",")) { // "Recently," opens a clause
      return;
    }
    if (entry[0].equals("REF")) {
      if ((word.equals("current") || word.equals("recent"))
          && (lex.units.containsKey(t.at(i + 1))
              || t.at(i + 1).equals("fiscal")
              || !t.isWord(i + 1))) {
        return; // "the current year", "recent weeks" belong to the period parser
      }
      if (word.equals("recent") && (t.at(i - 1).equals("most") || t.at(i - 1).equals("more"))) {
        return; // "its most recent model" ranks the model, it does not date it
      }
      if (word.equals("soon") && (t.at(i - 1).equals("as") || t.at(i + 1).equals("after"))) {
        return; // "as soon as", "soon after": relative to another event, not to now
      }
      String before = t.at(i - 1);
      boolean degree =
          word.equals("now") && before.equals("right")
              || word.equals("recently") && (before.equals("more") || before.equals("most"));
      int first = degree ? i - 1 : i; // "right now", "more recently"
      if (word.equals("now") && t.at(i - 1).equals("from")) {
        return; // "two weeks from now" is read by the duration parser
      }
      out.add(new Candidate(first, i, Reading.literal(TemporalType.DATE, entry[1]), "ref-" + word));
      return;
    }
    int shift = Integer.parseInt(entry[1]);
    Reading reading = Reading.deictic(Grain.DAY, shift);
    int last = i;
    if (entry[0].equals("NI")) {
      reading = reading.withTime("NI", "");
    } else {
      String part = lex.partsOfDay.get(t.at(i + 1));
      if (part != null && !t.at(i + 1).endsWith("s")) {
        reading = reading.withTime(part, "");
        last = i + 1;
      }
    }
    int first = i;
    String before = t.at(i - 1);
    if (before.equals("late")
        || before.equals("early")
        || before.equals("earlier")
        || before.equals("later")) {
      first = i - 1;
    }
    out.add(new Candidate(first, last, reading, "deictic-" + word));
  }

  /**
   * "at the time" (then), "the near/short/long term", "as soon as possible", "a later date", "will
   * one day", "someday" (ahead, no date said), "for a while" (an unknown length).
   */
  void phrase(Tokens t, int i, List<Candidate> out) {
    String word = t.at(i);
    String before = t.at(i - 1);
    if (word.equals("later") && before.equals("a") && lex.laterNouns.contains(t.at(i + 1))) {
      out.add(future(i - 1, i + 1, "ref-a-later-date"));
      return;
    }
    boolean oneDay = word.equals("day") && (before.equals("one") || before.equals("some"));
    if (word.equals("someday") || oneDay && lex.futureAuxiliaries.contains(t.at(i - 2))) {
      out.add(future(oneDay ? i - 1 : i, i, "ref-someday"));
      return;
    }
    if (word.equals("while") && before.equals("a") && t.at(i - 2).equals("for")) {
      out.add(
          new Candidate(
              i - 1, i, Reading.literal(TemporalType.DURATION, "PXX"), "duration-a-while"));
      return;
    }
    if (word.equals("time")
        && before.equals("the")
        && t.at(i - 2).equals("at")
        && !t.at(i + 1).equals("of")
        && !t.at(i + 1).equals("when")
        && !t.at(i + 1).equals("being")) {
      out.add(
          new Candidate(
              i - 1, i, Reading.literal(TemporalType.DATE, "PAST_REF"), "ref-at-the-time"));
    } else if (word.equals("term")
        && t.at(i - 2).equals("the")
        && (before.equals("near") || before.equals("short") || before.equals("long"))) {
      out.add(
          new Candidate(
              i - 2, i, Reading.literal(TemporalType.DATE, "FUTURE_REF"), "ref-the-term"));
    } else if (word.equals("possible")
        && before.equals("as")
        && t.at(i - 2).equals("soon")
        && t.at(i - 3).equals("as")) {
      out.add(
          new Candidate(i - 3, i, Reading.literal(TemporalType.DATE, "FUTURE_REF"), "ref-asap"));
    }
  }

  private static Candidate future(int first, int last, String rule) {
    return new Candidate(first, last, Reading.literal(TemporalType.DATE, "FUTURE_REF"), rule);
  }

  /**
   * "this morning", "this afternoon", "mid-afternoon [yesterday]": a part of the reference day (or
   * of the day named next).
   */
  void partOfToday(Tokens t, int i, List<Candidate> out) {
    String part = lex.partsOfDay.get(t.at(i));
    String before = t.at(i - 1);
    boolean mid = before.equals("mid") || before.equals("-") && t.at(i - 2).equals("mid");
    if (part != null && mid && !t.at(i).endsWith("s")) {
      String[] day = lex.deictic.get(t.at(i + 1));
      boolean dayNamed = day != null && day[0].equals("D");
      int shift = dayNamed ? Integer.parseInt(day[1]) : 0;
      Reading r = Reading.deictic(Grain.DAY, shift).withTime(part, "");
      int first = before.equals("mid") ? i - 1 : i - 2;
      out.add(new Candidate(first, dayNamed ? i + 1 : i, r, "part-of-day-mid"));
      return;
    }
    if (part != null
        && (before.equals("this") || before.equals("last") && part.equals("NI"))
        && !Phrases.titleCase(t, i - 1)) {
      Reading r = Reading.deictic(Grain.DAY, before.equals("last") ? -1 : 0).withTime(part, "");
      out.add(new Candidate(phrases.pointStart(t, i - 1), i, r, "part-of-today"));
    }
  }
}
