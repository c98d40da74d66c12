package io.storyline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.text.DataFile;
import org.junit.jupiter.api.Test;

/** Every data file loads; bad data names its file and line. */
class EventLexiconTest {

  @Test
  void allDataFilesLoad() {
    EventLexicon lexicon = EventLexicon.standard();
    assertTrue(lexicon.givenNames.contains("Antony"));
    assertTrue(lexicon.titles.contains("secretary"));
    assertEquals(MentionRole.STATEMENT, lexicon.eventWord("said").orElseThrow());
    assertEquals("meeting", lexicon.happeningKinds.get("talks"));
    assertTrue(lexicon.locatives.contains("in"));
    assertTrue(lexicon.verbs.contains("was"));
    assertTrue(lexicon.stopwords.contains("the"));
    assertEquals(EventLexicon.CueKind.ORGANISATION, lexicon.nameCues.get("philharmonic"));
  }

  @Test
  void badDataFailsWithFileAndLine() {
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> DataFile.table("/io/storyline/event/bad-table.tsv", 5));
    assertEquals("bad-table.tsv:2: expected 5 tab-separated columns, found 2", error.getMessage());
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () -> DataFile.tokens("/io/storyline/event/no-such-file.txt"));
    assertTrue(
        missing.getMessage().startsWith("no-such-file.txt:0: resource not found"),
        missing.getMessage());
  }
}
