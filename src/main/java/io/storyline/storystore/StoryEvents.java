package io.storyline.storystore;

import io.storyline.api.CacheKey;
import io.storyline.api.ResultCache;
import io.storyline.article.ArticleQueries;
import io.storyline.article.ArticleText;
import io.storyline.event.Event;
import io.storyline.event.EventMention;
import io.storyline.event.EventMerger;
import io.storyline.store.Json;
import io.storyline.text.WordingConsensus;
import io.storyline.timeline.CitedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A story's merged events, from the mentions stored with its articles. Merged once per story
 * version, after the write that changed the story ({@link TimelineUpkeep}), and stored with the
 * story; a read finds them in memory (bounded) or in the store, and merges only when neither holds
 * the story's current version.
 */
@ApplicationScoped
public class StoryEvents {
  // Named by the shape of what is stored (sources carry their date's offsets since "events-2", each
  // sentence is stored once per event since "events-3", see StoredEvents): a new name makes every
  // story's events stale, so upkeep merges them again after an upgrade.
  static final String DIGEST = "events-3";

  /** Reads at most this many of a story's articles (the most recent): bounded work per story. */
  static final int STORY_ARTICLES = 500;

  private final EventMentions mentions;
  private final ArticleQueries articles;
  private final StoryDigests digests;
  private final Json json;
  private final EventMerger merger = new EventMerger();
  private final ResultCache cache;

  StoryEvents(
      EventMentions mentions,
      ArticleQueries articles,
      StoryDigests digests,
      Json json,
      ResultCache cache) {
    this.cache = cache;
    this.mentions = mentions;
    this.articles = articles;
    this.digests = digests;
    this.json = json;
  }

  /** The story's events and the articles they cite (by id), for the story's current version. */
  public record Merged(List<Event> events, Map<Long, CitedArticle> articles) {}

  public Merged of(Story story) {
    return cache.get(
        CacheKey.of(DIGEST, story.id, story.version),
        () ->
            digests
                .current(story, DIGEST)
                .map(this::fromJson)
                .orElseGet(() -> compute(articles.latestOfStory(story.id, STORY_ARTICLES))),
        StoryEvents::estimatedBytes);
  }

  /**
   * What merged events hold in memory, roughly: their text (two bytes a char) and a record each.
   */
  static long estimatedBytes(Merged merged) {
    long bytes = 64L * merged.articles().size();
    for (Event event : merged.events()) {
      bytes += 256 + 2L * event.headline().length() + 96L * event.sources().size();
      for (String sentence : event.sentences()) {
        bytes += 48 + 2L * sentence.length();
      }
    }
    return bytes;
  }

  /**
   * Merges the story's events for its current version from its latest articles ({@link
   * #STORY_ARTICLES}, newest first) and stores them with it (in a transaction). Not kept in memory:
   * reads keep what they use.
   */
  Merged refresh(Story story, List<ArticleText> latest) {
    return refresh(story, latest, null);
  }

  /**
   * The same, judging headline wording with {@code wording}, a scorer over the texts of {@code
   * latest} shared with the story's summary (null: one of its own).
   */
  Merged refresh(Story story, List<ArticleText> latest, Supplier<WordingConsensus> wording) {
    Merged merged = compute(latest, wording);
    digests.store(story.id, DIGEST, story.version, toJson(merged));
    return merged;
  }

  Merged compute(List<ArticleText> latest) {
    return compute(latest, null);
  }

  private Merged compute(List<ArticleText> latest, Supplier<WordingConsensus> wording) {
    List<EventMention> all = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Map<Long, CitedArticle> byId = new LinkedHashMap<>();
    for (ArticleText article : latest.subList(0, Math.min(latest.size(), STORY_ARTICLES))) {
      all.addAll(mentions.of(article));
      texts.add(article.text());
      byId.put(article.id(), new CitedArticle(article.title(), article.url()));
    }
    return new Merged(
        merger.merge(all, wording == null ? WordingConsensus.lazilyOver(texts) : wording),
        Map.copyOf(byId));
  }

  private String toJson(Merged merged) {
    return json.write(StoredEvents.of(merged));
  }

  Merged fromJson(String stored) {
    return json.read(stored, StoredEvents.class).toMerged();
  }
}
