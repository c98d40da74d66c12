package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.event.DemoStory;
import io.storyline.store.Json;
import io.storyline.text.Sentence;
import io.storyline.text.SentenceSplitter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleSentencesTest {
  private final ArticleSentences sentences = new ArticleSentences(new Json(new ObjectMapper()));

  @Test
  void storedOffsetsGiveBackTheSentencesIngestSplit() {
    for (var article : DemoStory.articles()) {
      String stored = sentences.toJson(article.sentences()).orElseThrow();

      assertTrue(stored.matches("\\[[0-9,]*\\]"), stored);
      assertEquals(article.sentences(), sentences.of(article.text(), Optional.of(stored)));
    }
  }

  @Test
  void aTextStoredWithoutOffsetsIsSplitWhenRead() {
    String text = "Talks began in Geneva on Monday. They ended on Tuesday.";
    List<Sentence> read = sentences.of(text, Optional.empty());

    assertEquals(new SentenceSplitter().split(text), read);
    assertEquals(2, read.size());
  }

  @Test
  void offsetsTooLongForTheColumnAreNotStored() {
    String text = "Yes. ".repeat(100_000).strip();
    List<Sentence> many = new SentenceSplitter().split(text);

    assertTrue(sentences.toJson(many).isEmpty());
    assertEquals(many, sentences.of(text, Optional.empty()));
  }
}
