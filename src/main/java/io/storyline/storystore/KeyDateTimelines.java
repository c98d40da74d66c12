package io.storyline.storystore;

import io.storyline.api.CacheKey;
import io.storyline.api.Representation;
import io.storyline.api.ResultCache;
import io.storyline.article.ArticleQueries;
import io.storyline.article.ArticleText;
import io.storyline.store.Json;
import io.storyline.store.StoreVersion;
import io.storyline.timeline.KeyDate;
import io.storyline.timeline.KeyDates;
import io.storyline.timeline.TopicArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key dates of a story (cached per story version) or of a topic across the store (cached per
 * store version): the articles and their stored mentions, handed to {@link KeyDates}.
 */
@ApplicationScoped
public class KeyDateTimelines {
  /** A search over the store reads at most this many articles of the range (the oldest). */
  public static final int STORE_ARTICLES = 5_000;

  private final ArticleQueries articles;
  private final EventMentions mentions;
  private final ArticleSentences sentences;
  private final ResultCache cache;
  private final StoreVersion storeVersion;
  private final Json json;
  private final KeyDates keyDates = new KeyDates();

  KeyDateTimelines(
      ArticleQueries articles,
      EventMentions mentions,
      ArticleSentences sentences,
      ResultCache cache,
      StoreVersion storeVersion,
      Json json) {
    this.articles = articles;
    this.mentions = mentions;
    this.sentences = sentences;
    this.cache = cache;
    this.storeVersion = storeVersion;
    this.json = json;
  }

  /** Parameters of a request, as a cache key part (a query's alternatives by their text). */
  private record Params(KeyDates.Query query, String topic) {}

  public Representation ofStory(Story story, KeyDates.Query query, String topicText) {
    CacheKey key = new CacheKey("key-dates", story.id, story.version, params(query, topicText));
    return cache.get(
        key,
        () ->
            render(
                Optional.of(story.id),
                articles.latestOfStory(story.id, StoryEvents.STORY_ARTICLES),
                query,
                StoryEvents.STORY_ARTICLES));
  }

  @Transactional
  public Representation ofStore(KeyDates.Query query, String topicText) {
    // Story id 0 stands for the whole store; its version is the store's write count.
    CacheKey key = new CacheKey("key-dates", 0, storeVersion.current(), params(query, topicText));
    return cache.get(
        key,
        () ->
            render(
                Optional.empty(),
                articles.publishedBetween(
                    query.from().map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)),
                    query.to().map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)),
                    STORE_ARTICLES + 1),
                query,
                STORE_ARTICLES));
  }

  private static Params params(KeyDates.Query query, String topicText) {
    return new Params(
        new KeyDates.Query(
            query.dates(), query.perDate(), query.from(), query.to(), Optional.empty()),
        topicText == null ? "" : topicText);
  }

  private Representation render(
      Optional<Long> storyId, List<ArticleText> read, KeyDates.Query query, int limit) {
    List<ArticleText> used = read.subList(0, Math.min(read.size(), limit));
    Map<Long, ArticleText> byId = new HashMap<>();
    List<TopicArticle> topic = new ArrayList<>(used.size());
    for (ArticleText a : used) {
      byId.put(a.id(), a);
      topic.add(
          new TopicArticle(
              a.id(),
              a.publishedAt().atZone(ZoneOffset.UTC).toLocalDate(),
              a.title(),
              a.text(),
              sentences.of(a),
              mentions.forKeyDates(a)));
    }
    List<KeyDatesView.Date> dates =
        keyDates.select(topic, query).stream().map(d -> view(d, byId)).toList();
    return Representation.ofJson(
        json, new KeyDatesView(storyId, dates, used.size(), read.size() > limit));
  }

  private static KeyDatesView.Date view(KeyDate date, Map<Long, ArticleText> byId) {
    return new KeyDatesView.Date(
        date.day(),
        Math.round(date.score() * 1000) / 1000.0,
        date.sentences().stream()
            .map(
                s -> {
                  ArticleText article = byId.get(s.articleId());
                  return new KeyDatesView.Sentence(
                      s.articleId(), article.title(), article.url(), s.start(), s.end(), s.text());
                })
            .toList());
  }
}
