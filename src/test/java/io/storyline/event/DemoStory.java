package io.storyline.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.temporal.TemporalTagger;
import io.storyline.text.CleanedText;
import io.storyline.text.SentenceSplitter;
import io.storyline.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The demo story (five web copies of the January 2022 Geneva talks reports) run through the real
 * pipeline: cleaner, splitter, temporal tagger anchored to each article's publishedAt from the gold
 * file.
 */
public final class DemoStory {

  /** A gold timeline event: date, what happened, place (may be empty), reporting articles. */
  public record GoldEvent(String date, String what, String place, List<String> articles) {}

  private static final String GOLD = "/gold/geneva-talks-2022.json";
  private static final String CORPUS = "/demo/geneva-talks-2022/";

  private DemoStory() {}

  public static JsonNode gold() {
    try (InputStream in = DemoStory.class.getResourceAsStream(GOLD)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<GoldEvent> goldEvents() {
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode event : gold().get("events")) {
      List<String> articles = new ArrayList<>();
      event.get("articles").forEach(a -> articles.add(a.asText()));
      events.add(
          new GoldEvent(
              event.get("date").asText(),
              event.get("what").asText(),
              event.has("place") ? event.get("place").asText() : "",
              articles));
    }
    return events;
  }

  /** The five articles, cleaned, split and tagged (ids "000".."004"). */
  public static List<AnnotatedArticle> articles() {
    TextCleaner cleaner = new TextCleaner();
    SentenceSplitter splitter = new SentenceSplitter();
    TemporalTagger tagger = new TemporalTagger();
    List<AnnotatedArticle> articles = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = gold().get("articles").fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String body = read(CORPUS + entry.getValue().get("file").asText());
      CleanedText cleaned = cleaner.clean(body);
      LocalDate published = LocalDate.parse(entry.getValue().get("publishedAt").asText());
      articles.add(
          new AnnotatedArticle(
              entry.getKey(),
              published.atTime(12, 0),
              cleaned.text(),
              splitter.split(cleaned.text()),
              tagger.annotate(cleaned.text(), published.atTime(12, 0))));
    }
    return articles;
  }

  /** The lines the cleaner removed from the five articles (feed junk). */
  public static List<String> removedLines() {
    TextCleaner cleaner = new TextCleaner();
    List<String> removed = new ArrayList<>();
    gold()
        .get("articles")
        .forEach(
            article ->
                cleaner
                    .clean(read(CORPUS + article.get("file").asText()))
                    .removed()
                    .forEach(line -> removed.add(line.line())));
    return removed;
  }

  private static String read(String resource) {
    try (InputStream in = DemoStory.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
