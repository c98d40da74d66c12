package io.storyline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataFileTest {

  private static List<DataFile.Line> lines(String data) throws IOException {
    return DataFile.lines("x.txt", new StringReader(data));
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndLineNumbersKept() throws IOException {
    List<DataFile.Line> lines = lines("# comment\nthe\n\n  of  \n");
    assertEquals(List.of("the", "of"), lines.stream().map(DataFile.Line::text).toList());
    assertEquals(List.of(2, 4), lines.stream().map(DataFile.Line::number).toList());
    assertEquals(Set.of("the", "of"), DataFile.words(lines));
  }

  @Test
  void badWordListsNameFileAndLine() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DataFile.words(lines("# comment\nthe\n\nTwo words\n")));
    assertEquals("x.txt:4: one word a line: 'Two words'", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> DataFile.words(lines("The\n")));
    assertEquals("x.txt:1: must be lowercase: 'The'", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> DataFile.words(lines("the\nthe\n")));
    assertEquals("x.txt:2: duplicate word 'the'", e.getMessage());
  }

  @Test
  void tableCellsAreCountedAndNoneMayBeEmpty() throws IOException {
    DataFile.Line line = lines("Geneva\t\tcity\n").get(0);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> line.cells(3));
    assertEquals("x.txt:1: empty column (write '-' for none)", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> line.cells(2));
    assertEquals("x.txt:1: expected 2 tab-separated columns, found 3", e.getMessage());
  }

  @Test
  void aMissingResourceFailsWithItsName() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> DataFile.words("/io/storyline/text/nope.txt"));
    assertEquals("nope.txt:0: resource not found (/io/storyline/text/nope.txt)", e.getMessage());
  }
}
