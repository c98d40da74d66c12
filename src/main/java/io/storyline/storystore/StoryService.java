package io.storyline.storystore;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.storyline.api.StorylineConfig;
import io.storyline.api.Tuning;
import io.storyline.article.Article;
import io.storyline.store.Json;
import io.storyline.store.StoreVersion;
import io.storyline.story.ArticleFeatureExtractor;
import io.storyline.story.ArticleFeatures;
import io.storyline.story.Assignment;
import io.storyline.story.NearDuplicate;
import io.storyline.story.StoryAssigner;
import io.storyline.story.StoryIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps stories as articles arrive: the ingest transaction calls it, in order, to catch up with the
 * store, assign each new article (its features computed before the write) to a story and finish the
 * chunk's {@link Story} rows. The clustering state lives in memory and is rebuilt from the stored
 * features by the first write after start-up (reads never need it, so start-up does not wait for
 * it). It writes only inside the caller's transaction, under the caller's write lock.
 */
@ApplicationScoped
public class StoryService {
  private static final Logger LOG = Logger.getLogger(StoryService.class);

  private final Json json;
  private final Clock clock;
  private final StoryTitles titles;
  private final StoreVersion storeVersion;
  private final Event<StoriesChanged> storiesChanged;
  private final StoryAssigner.Settings settings;

  /** Recomputes stored signatures of an earlier format ({@link #fromJson}). */
  private final ArticleFeatureExtractor featureExtractor = new ArticleFeatureExtractor();

  private StoryAssigner assigner;

  /**
   * The store write count the clustering state reflects; another instance's write makes it stale.
   * None at start: the first write rebuilds the state.
   */
  private volatile long seenVersion = -1;

  /**
   * A new story takes the id of the article that founds it: unique without a sequence of its own.
   */
  private long foundingArticleId;

  /** Stories grown by the chunk being written (writes are serialised by the ingest lock). */
  private final Set<Story> retitle = new LinkedHashSet<>();

  /** Stories created or grown by the chunk being written. */
  private final Set<Long> changed = new LinkedHashSet<>();

  StoryService(
      Json json,
      Clock clock,
      StoryTitles titles,
      StoreVersion storeVersion,
      Event<StoriesChanged> storiesChanged,
      StorylineConfig config) {
    this.settings = Tuning.clustering(config.clustering());
    this.json = json;
    this.clock = clock;
    this.titles = titles;
    this.storeVersion = storeVersion;
    this.storiesChanged = storiesChanged;
    this.assigner = newAssigner();
  }

  /**
   * Assigns a new article (its id given, not yet persisted) to a story from the features computed
   * before the write, and keeps them with the article for later rebuilds.
   */
  @Transactional(TxType.MANDATORY)
  public void assign(Article article, ArticleFeatures computed) {
    ArticleFeatures features =
        new ArticleFeatures(
            article.id,
            article.publishedAt,
            article.title,
            computed.termCounts(),
            computed.nameCounts(),
            computed.signature());
    article.storyFeatures = toJson(StoredFeatures.of(features));
    place(article, features);
  }

  /** The article is about to be deleted: its story forgets it. */
  @Transactional(TxType.MANDATORY)
  public void forget(Article article) {
    if (article.storyId == null) {
      return;
    }
    Story story = Story.findById(article.storyId);
    if (story != null) {
      story.articleCount--;
      story.version++;
      story.updatedAt = clock.instant();
      if (story.articleCount <= 0) {
        Article.update("storyId = null where storyId = ?1", story.id);
        story.delete();
      } else {
        titles.refresh(story, article.id);
      }
      storiesChanged.fire(new StoriesChanged(Set.of(story.id)));
    }
  }

  /**
   * The clustering state cannot unlearn an article cheaply: rebuilt from the store once a delete
   * has committed. The delete stands if this fails; the next write rebuilds the state instead.
   */
  public void reloadAfterDelete() {
    try {
      reload();
    } catch (RuntimeException e) {
      seenVersion = -1;
      LOG.warn("Could not rebuild the story state after a delete; the next write does", e);
    }
  }

  /**
   * A write that rolled back may have taught the clustering state articles that are not stored: the
   * next write rebuilds it first ({@link #catchUp}). Not now: when the store is what failed, a
   * reload would fail too, and hold the failing request longer.
   */
  public void afterFailedWrite() {
    retitle.clear();
    changed.clear();
    seenVersion = -1;
  }

  /**
   * Runs first in every write transaction, once it holds the store-wide lock at {@code version}:
   * when another instance sharing the database wrote since this one last looked, the clustering
   * state is rebuilt before anything is assigned.
   */
  @Transactional(TxType.MANDATORY)
  public void catchUp(long version) {
    if (version != seenVersion + 1) {
      LOG.debugf("store version %d, this instance saw %d: catching up", version, seenVersion);
      reload();
    }
    seenVersion = version;
  }

  private void place(Article article, ArticleFeatures features) {
    foundingArticleId = article.id;
    Assignment assignment = assigner.assign(features);
    Story story = assignment.newStory() ? null : Story.findById(assignment.storyId());
    record(article, assignment.storyId(), story, assignment.nearDuplicateOf());
  }

  /**
   * Puts the article in story {@code storyId} ({@code story} is null when the article founds it)
   * and notes its near-duplicate.
   */
  private Story record(
      Article article, long storyId, Story story, Optional<NearDuplicate> nearDuplicateOf) {
    article.storyId = storyId;
    changed.add(storyId);
    nearDuplicateOf.ifPresent(
        d -> {
          article.nearDuplicateOf = d.articleId();
          article.nearDuplicateSimilarity = Math.round(d.similarity() * 1000) / 1000.0;
        });
    Instant now = clock.instant();
    if (story == null) {
      story = new Story();
      story.id = storyId;
      story.title = article.title;
      story.firstPublishedAt = article.publishedAt;
      story.lastPublishedAt = article.publishedAt;
      story.articleCount = 1;
      story.version = 1;
      story.updatedAt = now;
      story.persist();
      return story;
    }
    story.articleCount++;
    story.version++;
    story.updatedAt = now;
    story.firstPublishedAt =
        article.publishedAt.isBefore(story.firstPublishedAt)
            ? article.publishedAt
            : story.firstPublishedAt;
    story.lastPublishedAt =
        article.publishedAt.isAfter(story.lastPublishedAt)
            ? article.publishedAt
            : story.lastPublishedAt;
    retitle.add(story);
    return story;
  }

  /** The chunk's articles are flushed: finish its stories. */
  @Transactional(TxType.MANDATORY)
  public void chunkWritten() {
    finishChunk();
  }

  /**
   * Re-chooses the titles of the stories the chunk grew, once each, and tells who keeps per-story
   * results.
   */
  private void finishChunk() {
    try {
      titles.refreshAll(retitle);
      if (!changed.isEmpty()) {
        storiesChanged.fire(new StoriesChanged(changed));
      }
    } finally {
      retitle.clear();
      changed.clear();
    }
  }

  /**
   * Rebuilds the in-memory clustering state from the stored stories (recent ones: older cannot
   * grow).
   */
  synchronized void reload() {
    StoryAssigner fresh = newAssigner();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              // Read first: a write committed while loading makes the next write catch up again
              // (never too late).
              seenVersion = storeVersion.current();
              Instant newest =
                  Article.<Article>find("order by publishedAt desc")
                      .firstResultOptional()
                      .map(a -> a.publishedAt)
                      .orElse(Instant.EPOCH);
              Instant since = newest.minus(settings.window().multipliedBy(2));
              List<Article> recent =
                  Article.list(
                      "storyId is not null and publishedAt >= ?1 order by publishedAt, id", since);
              for (Article article : recent) {
                if (article.storyFeatures != null) {
                  fresh.restore(fromJson(article), article.storyId);
                }
              }
              LOG.infof("Story state rebuilt from %d recent articles", recent.size());
            });
    assigner = fresh;
  }

  /**
   * Re-clusters every stored article from scratch (after the clustering parameters change), in the
   * caller's write transaction. Stories that still exist keep their ids ({@link StoryIdentity})
   * and, while one of their articles still carries it, their title; every version moves past all
   * old ones, so no cached view or ETag of an old story is mistaken for a new one.
   */
  @Transactional(TxType.MANDATORY)
  public RebuildResult rebuildAll() {
    try {
      Map<Long, Long> oldStoryOfArticle = new HashMap<>();
      for (Object[] row :
          Article.getEntityManager()
              .createQuery(
                  "select a.id, a.storyId from Article a where a.storyId is not null",
                  Object[].class)
              .getResultList()) {
        oldStoryOfArticle.put((Long) row[0], (Long) row[1]);
      }
      Map<Long, String> oldTitles = new HashMap<>();
      long newestVersion = 0;
      // Columns, not entities: the new stories may take the same ids in this session.
      for (Object[] old :
          Story.getEntityManager()
              .createQuery("select s.id, s.title, s.version from Story s", Object[].class)
              .getResultList()) {
        oldTitles.put((Long) old[0], (String) old[1]);
        newestVersion = Math.max(newestVersion, (Long) old[2]);
      }
      assigner = newAssigner();
      Article.update("storyId = null, nearDuplicateOf = null, nearDuplicateSimilarity = null");
      Story.deleteAll();
      List<Article> all = Article.list("order by publishedAt, id");
      Map<Long, Long> clusterOfArticle = new HashMap<>();
      Map<Article, Assignment> assignments = new LinkedHashMap<>();
      for (Article article : all) {
        if (article.storyFeatures != null) {
          foundingArticleId = article.id;
          Assignment assignment = assigner.assign(fromJson(article));
          assignments.put(article, assignment);
          clusterOfArticle.put(article.id, assignment.storyId());
        }
      }
      Map<Long, Long> ids = StoryIdentity.ids(oldStoryOfArticle, clusterOfArticle);
      Map<Long, Story> stories = new HashMap<>();
      Set<Long> titleStillCarried = new HashSet<>();
      assignments.forEach(
          (article, assignment) -> {
            long id = ids.get(assignment.storyId());
            stories.put(id, record(article, id, stories.get(id), assignment.nearDuplicateOf()));
            if (article.title.equals(oldTitles.get(id))) {
              titleStillCarried.add(id);
            }
          });
      for (Story story : stories.values()) {
        story.version += newestVersion;
      }
      Article.flush();
      retitle.clear();
      for (Story story : stories.values()) {
        if (titleStillCarried.contains(story.id)) {
          story.title = oldTitles.get(story.id);
        } else {
          retitle.add(story);
        }
      }
      finishChunk();
      return new RebuildResult(all.size(), stories.size());
    } finally {
      // The clustering state knows the clusters by founding article, not by the ids they got: the
      // next write rebuilds it from the store (also after a failed rebuild).
      seenVersion = -1;
    }
  }

  public record RebuildResult(long articles, long stories) {}

  private StoryAssigner newAssigner() {
    return new StoryAssigner(settings, () -> foundingArticleId);
  }

  /**
   * The stored features of an article; a near-duplicate signature of an earlier format (its hash
   * functions changed) is computed again from the text, so it can be compared with new ones.
   */
  private ArticleFeatures fromJson(Article article) {
    ArticleFeatures stored =
        json.read(article.storyFeatures, StoredFeatures.class)
            .toFeatures(article.id, article.publishedAt, article.title);
    if (stored.signature().current()) {
      return stored;
    }
    return new ArticleFeatures(
        stored.articleId(),
        stored.publishedAt(),
        stored.title(),
        stored.termCounts(),
        stored.nameCounts(),
        featureExtractor
            .extract(article.id, article.publishedAt, article.title, article.text)
            .signature());
  }

  private String toJson(Object value) {
    return json.write(value);
  }
}
