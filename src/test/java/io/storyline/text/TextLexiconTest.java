package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.text.TextLexicon.CueKind;
import org.junit.jupiter.api.Test;

/** Loads every word list of the package once: a bad line fails here with file:line. */
class TextLexiconTest {
  @Test
  void loadsAllLists() {
    TextLexicon lexicon = TextLexicon.get();
    for (CueKind kind : CueKind.values()) {
      assertFalse(lexicon.cues(kind).isEmpty(), kind.name());
    }
    assertTrue(lexicon.titleAbbreviations().contains("Mr."));
    assertTrue(lexicon.ambiguousAbbreviations().contains("a.m."));
    assertTrue(lexicon.sentenceStarters().contains("the"));
    assertTrue(lexicon.stopWords().contains("the"));
  }
}
