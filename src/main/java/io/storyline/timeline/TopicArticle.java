package io.storyline.timeline;

import io.storyline.event.EventMention;
import io.storyline.text.Sentence;
import java.time.LocalDate;
import java.util.List;

/**
 * One article of a topic, as key dates are chosen from it: its publication day, its cleaned text
 * (citations are offsets into it) and its sentences, its title and the dated mentions stored with
 * it.
 */
public record TopicArticle(
    long articleId,
    LocalDate published,
    String title,
    String text,
    List<Sentence> sentences,
    List<EventMention> mentions) {

  public TopicArticle {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
