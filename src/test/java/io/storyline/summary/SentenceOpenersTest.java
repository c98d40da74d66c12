package io.storyline.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storyline.text.DataFile;
import io.storyline.text.TextLexicon;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceOpenersTest {

  @Test
  void stopWordsAreFunctionWordsOnly() {
    Set<String> stopWords = TextLexicon.get().stopWords();
    assertTrue(stopWords.contains("the"));
    assertFalse(stopWords.contains("us"), "'us' is the country once lowercased");
    assertFalse(stopWords.contains("talks"));
    assertTrue(DataFile.words("/io/storyline/summary/dangling-openers.txt").contains("however"));
  }

  @Test
  void danglingOpenersAreRecognisedAfterQuotesAndInAnyCase() {
    SentenceOpeners openers =
        new SentenceOpeners(DataFile.words("/io/storyline/summary/dangling-openers.txt"));
    assertTrue(openers.dangles("However, there must be a de-escalation."));
    assertTrue(openers.dangles("“He added that Russia has a gun to the head of Ukraine.”"));
    assertFalse(openers.dangles("Helsinki hosted the talks."));
    assertFalse(openers.dangles("U.S. and Russian officials met in Geneva."));
    assertFalse(openers.dangles(""));
  }
}
