package io.storyline.text;

import io.storyline.text.TextLexicon.CueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which lines of an article body are feed junk. Each rule has a name, recorded with the
 * line. Line rules look at one line (cue lists from {@code boilerplate-cues.txt}); context rules
 * look at the neighbours (headline lists beside navigation cues, captions above credits,
 * subheadings between paragraphs). A caption needs a present-tense picture verb ("wears",
 * "gestures"): a news paragraph above a credit stays.
 */
final class JunkLineRules {
  private static final int MAX_NAV_RUN = 12;
  private final TextLexicon lexicon;
  private final List<String> creditCues;
  private final List<String> captionCues;
  private final Set<String> shareWords = new HashSet<>();

  JunkLineRules(TextLexicon lexicon) {
    this.lexicon = lexicon;
    this.creditCues = padded(lexicon.cues(CueKind.CREDIT));
    this.captionCues = padded(lexicon.cues(CueKind.CAPTION));
    for (String cue : lexicon.cues(CueKind.SHARE)) {
      shareWords.addAll(List.of(LineShape.of(cue).paddedWords().strip().split(" ")));
    }
  }

  /** Cues in the form of {@link LineShape#paddedWords()}, for whole-word lookups. */
  private static List<String> padded(Set<String> cues) {
    return cues.stream().map(c -> LineShape.of(c).paddedWords()).toList();
  }

  /**
   * One reason per line ("" = content); blank lines are never junk and are skipped as neighbours.
   */
  String[] classify(List<String> lines) {
    int n = lines.size();
    LineShape[] shapes = new LineShape[n];
    String[] reasons = new String[n];
    List<Integer> filled = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      reasons[i] = "";
      if (!lines.get(i).isBlank()) {
        shapes[i] = LineShape.of(lines.get(i));
        filled.add(i);
      }
    }
    boolean[] nav = new boolean[n];
    for (int k = 0; k < filled.size(); k++) {
      int i = filled.get(k);
      LineShape next = k + 1 < filled.size() ? shapes[filled.get(k + 1)] : null;
      nav[i] = lexicon.cues(CueKind.NAV).contains(shapes[i].norm());
      reasons[i] = nav[i] ? "nav-cue" : lineRule(shapes[i], k == 0, next);
    }
    for (int k = 0; k < filled.size(); k++) {
      if (nav[filled.get(k)]) {
        markHeadlineRun(filled, shapes, reasons, k, 1);
        markHeadlineRun(filled, shapes, reasons, k, -1);
      }
    }
    for (int k = 0; k + 1 < filled.size(); k++) {
      int i = filled.get(k);
      LineShape s = shapes[i];
      if (reasons[i].isEmpty()
          && reasons[filled.get(k + 1)].equals("credit")
          && s.words() <= 40
          && !s.quoted()
          && k > 0
          && containsWord(s.paddedWords(), captionCues)) {
        reasons[i] = "caption";
      }
    }
    markSubheadings(filled, shapes, reasons);
    return reasons;
  }

  private String lineRule(LineShape s, boolean first, LineShape next) {
    String norm = s.norm();
    if (norm.isEmpty()) {
      return "decoration";
    }
    if (lexicon.cues(CueKind.LINE).contains(norm)) {
      return "line-cue";
    }
    if (s.words() <= 6
        && (norm.startsWith("©") || startsWithAny(norm, lexicon.cues(CueKind.PREFIX)))) {
      return "prefix-cue";
    }
    if (s.words() <= 30 && containsAny(norm, lexicon.cues(CueKind.CONTAINS))) {
      return "contains-cue";
    }
    String padded =
        s.words() <= 12 ? s.paddedWords() : ""; // only short lines can be credits or share bars
    if (s.words() <= 12
        && (norm.contains("|")
            || norm.contains("/")
            || !s.endsLikeSentence()
            || norm.startsWith("photo:")
            || norm.startsWith("photo by "))
        && containsWord(padded, creditCues)) {
      return "credit";
    }
    if (s.words() <= 10 && onlyShareWords(padded)) {
      return "share-bar";
    }
    if (first
        && s.words() <= 3
        && !s.endsLikeSentence()
        && s.titleCaseRatio() == 1.0
        && next != null
        && next.words() <= 25) {
      return "section-label";
    }
    if (next != null
        && s.words() >= 5
        && !s.endsLikeSentence()
        && next.text().length() > s.text().length()
        && next.text().startsWith(s.text().strip())) {
      return "duplicate-lede";
    }
    return "";
  }

  /**
   * Headline-like lines beside a navigation cue ("Previous article", "Related Articles") are links.
   */
  private static void markHeadlineRun(
      List<Integer> filled, LineShape[] shapes, String[] reasons, int k, int step) {
    for (int j = k + step, seen = 0;
        j >= 0 && j < filled.size() && seen < MAX_NAV_RUN;
        j += step, seen++) {
      int i = filled.get(j);
      if (reasons[i].isEmpty()) {
        if (!shapes[i].headlineLike()) {
          return;
        }
        reasons[i] = "headline-list";
      }
    }
  }

  /**
   * A short unpunctuated line between two sentence paragraphs is a section heading, not a sentence.
   */
  private static void markSubheadings(List<Integer> filled, LineShape[] shapes, String[] reasons) {
    int previousContent = -1;
    for (int k = 0; k < filled.size(); k++) {
      int i = filled.get(k);
      if (!reasons[i].isEmpty()) {
        continue;
      }
      LineShape s = shapes[i];
      if (previousContent >= 0
          && s.words() <= 8
          && !s.endsLikeSentence()
          && shapes[previousContent].endsLikeSentence()) {
        int next = nextContent(filled, reasons, k);
        if (next >= 0 && shapes[next].endsLikeSentence() && shapes[next].words() > 8) {
          reasons[i] = "subheading";
          continue;
        }
      }
      previousContent = i;
    }
  }

  private static int nextContent(List<Integer> filled, String[] reasons, int k) {
    for (int j = k + 1; j < filled.size() && j <= k + 4; j++) {
      if (reasons[filled.get(j)].isEmpty()) {
        return filled.get(j);
      }
    }
    return -1;
  }

  private static boolean startsWithAny(String norm, Set<String> cues) {
    for (String cue : cues) {
      if (norm.startsWith(cue)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String norm, Set<String> cues) {
    for (String cue : cues) {
      if (norm.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String padded, List<String> paddedCues) {
    for (String cue : paddedCues) {
      if (padded.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyShareWords(String padded) {
    String words = padded.strip();
    return !words.isEmpty() && shareWords.containsAll(List.of(words.split(" ")));
  }
}
