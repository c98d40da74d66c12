package io.storyline.storystore;

import io.storyline.api.CacheKey;
import io.storyline.article.ArticleQueries;
import io.storyline.article.ArticleText;
import io.storyline.event.Event;
import io.storyline.event.EventMention;
import io.storyline.event.EventMerger;
import io.storyline.store.Json;
import io.storyline.timeline.CitedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's merged events, from the mentions stored with its articles. Merged once per story
 * version, after the write that changed the story ({@link TimelineUpkeep}), and stored with the
 * story; a read finds them in memory (bounded) or in the store, and merges only when neither holds
 * the story's current version.
 */
@ApplicationScoped
public class StoryEvents {
  // Named by the shape of what is stored (sources carry their date's offsets since "events-2"): a
  // new name makes every story's events stale, so upkeep merges them again after an upgrade.
  static final String DIGEST = "events-2";

  /** Reads at most this many of a story's articles (the most recent): bounded work per story. */
  static final int STORY_ARTICLES = 500;

  private static final int STORIES_KEPT = 2_000;

  private final EventMentions mentions;
  private final ArticleQueries articles;
  private final StoryDigests digests;
  private final Json json;
  private final EventMerger merger = new EventMerger();
  private final Map<CacheKey, Merged> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, Merged> eldest) {
          return size() > STORIES_KEPT;
        }
      };

  StoryEvents(EventMentions mentions, ArticleQueries articles, StoryDigests digests, Json json) {
    this.mentions = mentions;
    this.articles = articles;
    this.digests = digests;
    this.json = json;
  }

  /** The story's events and the articles they cite (by id), for the story's current version. */
  public record Merged(List<Event> events, Map<Long, CitedArticle> articles) {}

  public Merged of(Story story) {
    CacheKey key = CacheKey.of(DIGEST, story.id, story.version);
    synchronized (cache) {
      Merged cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Merged merged =
        digests
            .current(story, DIGEST)
            .map(this::fromJson)
            .orElseGet(() -> compute(articles.latestOfStory(story.id, STORY_ARTICLES)));
    remember(key, merged);
    return merged;
  }

  /**
   * Merges the story's events for its current version from its latest articles ({@link
   * #STORY_ARTICLES}, newest first) and stores them with it (in a transaction). Not kept in memory:
   * reads keep what they use.
   */
  Merged refresh(Story story, List<ArticleText> latest) {
    Merged merged = compute(latest);
    digests.store(story.id, DIGEST, story.version, toJson(merged));
    return merged;
  }

  Merged compute(List<ArticleText> latest) {
    List<EventMention> all = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Map<Long, CitedArticle> byId = new LinkedHashMap<>();
    for (ArticleText article : latest.subList(0, Math.min(latest.size(), STORY_ARTICLES))) {
      all.addAll(mentions.of(article));
      texts.add(article.text());
      byId.put(article.id(), new CitedArticle(article.title(), article.url()));
    }
    return new Merged(merger.merge(all, texts), Map.copyOf(byId));
  }

  private void remember(CacheKey key, Merged merged) {
    synchronized (cache) {
      cache.put(key, merged);
    }
  }

  private String toJson(Merged merged) {
    return json.write(merged);
  }

  Merged fromJson(String stored) {
    return json.read(stored, Merged.class);
  }
}
