package io.storyline.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.api.Representation;
import io.storyline.api.RepresentationCache;
import io.storyline.article.Article;
import io.storyline.story.Story;
import io.storyline.text.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes and caches summaries: once per article, once per story version and length. */
@ApplicationScoped
public class Summaries {
  /** A story summary reads at most this many of the story's most recent articles (bounded work per request). */
  static final int STORY_ARTICLES = 200;
  /** Story summaries kept (a few hundred bytes each). */
  private static final int STORIES_KEPT = 10_000;

  private final RepresentationCache cache;
  private final ObjectMapper json;
  private final Summariser summariser = new Summariser();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Map<String, List<SummarySentence>> summariesByVersion = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<SummarySentence>> eldest) {
      return size() > STORIES_KEPT;
    }
  };

  Summaries(RepresentationCache cache, ObjectMapper json) {
    this.cache = cache;
    this.json = json;
  }

  Representation ofArticle(Article article, SummaryLength length) {
    String key = "article-summary:" + article.id + ":" + length.unit() + ":" + length.limit();
    return cache.get(key, () -> serialise(new SummaryView(
        Optional.of(article.id), Optional.ofNullable(article.storyId), summariser.summariseArticle(document(article), length))));
  }

  Representation ofStory(Story story, SummaryLength length) {
    String key = "story-summary:" + story.id + ":v" + story.version + ":" + length.unit() + ":" + length.limit();
    return cache.get(key, () -> serialise(new SummaryView(Optional.empty(), Optional.of(story.id), storySummary(story, length))));
  }

  /**
   * The story's summary at its current version, for other views (the timeline's first page) to embed:
   * computed once per version and length, so a timeline miss does not re-rank the story's sentences.
   */
  public List<SummarySentence> storySummary(Story story, SummaryLength length) {
    String key = story.id + ":v" + story.version + ":" + length.unit() + ":" + length.limit();
    synchronized (summariesByVersion) {
      List<SummarySentence> cached = summariesByVersion.get(key);
      if (cached != null) {
        return cached;
      }
    }
    List<SummarySentence> computed = compute(story.id, length);
    synchronized (summariesByVersion) {
      summariesByVersion.put(key, computed);
    }
    return computed;
  }

  private List<SummarySentence> compute(long storyId, SummaryLength length) {
    List<Article> members = Article.<Article>find("storyId = ?1 order by publishedAt desc, id desc", storyId).page(0, STORY_ARTICLES).list();
    return summariser.summariseStory(members.stream().map(this::document).toList(), length);
  }

  private SourceDocument document(Article article) {
    return new SourceDocument(article.id, article.publishedAt, article.text, splitter.split(article.text));
  }

  private Representation serialise(Object view) {
    try {
      return Representation.of(json.writeValueAsBytes(view));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("views are plain records", e);
    }
  }
}
