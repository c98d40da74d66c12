package io.storyline.timeline;

import io.storyline.article.Article;
import io.storyline.event.Event;
import io.storyline.event.EventMention;
import io.storyline.event.EventMerger;
import io.storyline.story.Story;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story's merged events, from the mentions stored with its articles; computed once per story version
 * and kept (bounded) so that timeline pages, filters and searches re-use them.
 */
@ApplicationScoped
public class StoryEvents {
  /** Reads at most this many of a story's articles (the most recent): bounded work per story. */
  static final int STORY_ARTICLES = 500;
  private static final int STORIES_KEPT = 2_000;

  private final EventMentions mentions;
  private final EventMerger merger = new EventMerger();
  private final Map<String, Merged> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Merged> eldest) {
      return size() > STORIES_KEPT;
    }
  };

  StoryEvents(EventMentions mentions) {
    this.mentions = mentions;
  }

  /** The story's events and the articles they cite (by id), for the story's current version. */
  public record Merged(List<Event> events, Map<Long, Cited> articles) {}

  /**
   * What a timeline shows of a cited article. Kept instead of the entity: a cached story held whole
   * articles (body, text, stored features and mentions), ~10 KB each, for up to 2,000 stories.
   */
  public record Cited(String title, Optional<String> url) {}

  public Merged of(Story story) {
    String key = story.id + ":v" + story.version;
    synchronized (cache) {
      Merged cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Merged merged = compute(story.id);
    synchronized (cache) {
      cache.put(key, merged);
    }
    return merged;
  }

  private Merged compute(long storyId) {
    List<Article> members = Article.<Article>find("storyId = ?1 order by publishedAt desc, id desc", storyId).page(0, STORY_ARTICLES).list();
    List<EventMention> all = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Map<Long, Cited> byId = new LinkedHashMap<>();
    for (Article article : members) {
      all.addAll(mentions.of(article));
      texts.add(article.text);
      byId.put(article.id, new Cited(article.title, Optional.ofNullable(article.url)));
    }
    return new Merged(merger.merge(all, texts), Map.copyOf(byId));
  }
}
