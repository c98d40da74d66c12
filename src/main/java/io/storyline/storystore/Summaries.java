package io.storyline.storystore;

import io.storyline.api.CacheKey;
import io.storyline.api.Representation;
import io.storyline.api.ResultCache;
import io.storyline.api.StorylineConfig;
import io.storyline.api.Tuning;
import io.storyline.article.Article;
import io.storyline.article.ArticleQueries;
import io.storyline.article.ArticleText;
import io.storyline.store.Json;
import io.storyline.summary.SourceDocument;
import io.storyline.summary.Summariser;
import io.storyline.summary.SummaryLength;
import io.storyline.summary.SummarySentence;
import io.storyline.text.WordingConsensus;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Computes and caches summaries: once per article, once per story version and length. A story's
 * summary at the default length (what the summary endpoint and the timeline's first page show) is
 * computed after the write that changed the story and stored with it, so reading it is a lookup
 * even after a restart.
 */
@ApplicationScoped
public class Summaries {
  /**
   * The story summary length the summary endpoint and the timeline's first page show by default.
   */
  public static final SummaryLength STORY_DEFAULT = SummaryLength.sentences(5);

  /**
   * Stored as the rendered view of the summary endpoint, so a read after a restart serves its
   * bytes.
   */
  static final String DIGEST = "summary";

  /**
   * A story summary reads at most this many of the story's most recent articles (bounded work per
   * request).
   */
  static final int STORY_ARTICLES = 200;

  private final ResultCache cache;
  private final ArticleQueries articles;
  private final StoryDigests digests;
  private final Json json;
  private final Summariser summariser;
  private final ArticleSentences sentences;

  Summaries(
      ResultCache cache,
      ArticleQueries articles,
      StoryDigests digests,
      Json json,
      ArticleSentences sentences,
      StorylineConfig config) {
    this.summariser = new Summariser(Tuning.summariser(config.summary()));
    this.sentences = sentences;
    this.cache = cache;
    this.articles = articles;
    this.digests = digests;
    this.json = json;
  }

  public Representation ofArticle(Article article, SummaryLength length) {
    // An article never changes: version 0.
    CacheKey key = new CacheKey("article-summary", article.id, 0, length);
    return cache.get(
        key,
        () ->
            serialise(
                new SummaryView(
                    Optional.of(article.id),
                    Optional.ofNullable(article.storyId),
                    summariser.summariseArticle(
                        document(
                            article.id,
                            article.publishedAt,
                            article.text,
                            Optional.ofNullable(article.sentenceBounds)),
                        length))));
  }

  public Representation ofStory(Story story, SummaryLength length) {
    CacheKey key = new CacheKey("story-summary", story.id, story.version, length);
    return cache.get(
        key,
        () -> {
          Optional<String> stored =
              length.equals(STORY_DEFAULT) ? digests.current(story, DIGEST) : Optional.empty();
          return stored
              .map(body -> Representation.of(body.getBytes(StandardCharsets.UTF_8)))
              .orElseGet(() -> serialise(view(story, storySummary(story, length))));
        });
  }

  /**
   * The story's summary at its current version, for other views (the timeline's first page) to
   * embed: computed once per version and length, so a timeline miss does not re-rank the story's
   * sentences.
   */
  public List<SummarySentence> storySummary(Story story, SummaryLength length) {
    return cache.get(
        new CacheKey(DIGEST, story.id, story.version, length),
        () -> {
          Optional<String> stored =
              length.equals(STORY_DEFAULT) ? digests.current(story, DIGEST) : Optional.empty();
          return stored
              .map(body -> fromJson(body).sentences())
              .orElseGet(() -> compute(articles.latestOfStory(story.id, STORY_ARTICLES), length));
        },
        Summaries::estimatedBytes);
  }

  /** What a ranked summary holds in memory, roughly: its text (two bytes a char), a record each. */
  private static long estimatedBytes(List<SummarySentence> summary) {
    return summary.stream().mapToLong(s -> 64 + 2L * s.text().length()).sum();
  }

  /**
   * Computes the story's default-length summary for its current version from its latest articles
   * (newest first; the first {@link #STORY_ARTICLES} are read) and stores it (in a transaction).
   * Not kept in memory: reads keep what they use.
   */
  public List<SummarySentence> refreshStory(Story story, List<ArticleText> latest) {
    return refreshStory(story, latest, null);
  }

  /**
   * The same, judging wording with {@code wording}, a scorer over exactly the texts of {@code
   * latest} (at most {@link #STORY_ARTICLES} of them) shared with the story's events; null: one of
   * its own.
   */
  List<SummarySentence> refreshStory(
      Story story, List<ArticleText> latest, Supplier<WordingConsensus> wording) {
    List<SummarySentence> summary = compute(latest, STORY_DEFAULT, wording);
    digests.store(story.id, DIGEST, story.version, json.write(view(story, summary)));
    return summary;
  }

  private static SummaryView view(Story story, List<SummarySentence> sentences) {
    return new SummaryView(Optional.empty(), Optional.of(story.id), sentences);
  }

  private SummaryView fromJson(String stored) {
    return json.read(stored, SummaryView.class);
  }

  private List<SummarySentence> compute(List<ArticleText> latest, SummaryLength length) {
    return compute(latest, length, null);
  }

  private List<SummarySentence> compute(
      List<ArticleText> latest, SummaryLength length, Supplier<WordingConsensus> wording) {
    List<SourceDocument> documents =
        latest.subList(0, Math.min(latest.size(), STORY_ARTICLES)).stream()
            .map(a -> document(a.id(), a.publishedAt(), a.text(), a.sentenceBounds()))
            .toList();
    return wording == null
        ? summariser.summariseStory(documents, length)
        : summariser.summariseStory(documents, length, wording);
  }

  private SourceDocument document(
      long articleId, Instant publishedAt, String text, Optional<String> sentenceBounds) {
    return new SourceDocument(articleId, publishedAt, text, sentences.of(text, sentenceBounds));
  }

  private Representation serialise(Object view) {
    return Representation.ofJson(json, view);
  }
}
