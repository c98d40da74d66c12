package io.storyline.ingest;

import io.storyline.article.Article;
import io.storyline.ingest.IngestService.Stored;
import io.storyline.store.Json;
import io.storyline.store.StoreVersion;
import io.storyline.storystore.ArticleSentences;
import io.storyline.storystore.EventMentions;
import io.storyline.storystore.StoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Writes analysed articles inside the caller's transaction; returns the existing row for a re-send.
 */
@ApplicationScoped
public class ArticleWriter {
  private final Json json;
  private final Clock clock;
  private final StoreVersion version;
  private final StoryService stories;
  private final EventMentions mentions;
  private final ArticleSentences sentences;

  /** Ids reserved per call of the sequence: its INCREMENT BY (migration V1). */
  private static final int ID_BLOCK = 50;

  private String nextValueSql;
  private long nextId;
  private long idsLeft;

  ArticleWriter(
      Json json,
      Clock clock,
      StoreVersion version,
      StoryService stories,
      EventMentions mentions,
      ArticleSentences sentences) {
    this.json = json;
    this.clock = clock;
    this.version = version;
    this.stories = stories;
    this.mentions = mentions;
    this.sentences = sentences;
  }

  /**
   * Takes the store-wide write lock ({@link StoreVersion}) and lets story assignment catch up with
   * what other instances sharing the database wrote meanwhile: first in every write transaction.
   */
  private void lockStore() {
    stories.catchUp(version.lock());
  }

  /**
   * Re-sends are found with one query for the whole chunk (and a map for repeats inside it): a
   * query per article made Hibernate flush and dirty-check the growing session each time (the
   * ingest hot spot).
   */
  @Transactional(TxType.MANDATORY)
  List<Stored> write(List<AnalysedArticle> articles) {
    lockStore();
    Map<String, Article> known = known(articles);
    List<Stored> stored = new ArrayList<>(articles.size());
    int created = 0;
    for (AnalysedArticle analysed : articles) {
      String url = analysed.article().url();
      Article existing =
          url != null && known.containsKey(URL + url)
              ? known.get(URL + url)
              : known.get(HASH + analysed.contentHash());
      if (existing != null) {
        stored.add(new Stored(existing, false));
        continue;
      }
      Article article = newArticle(analysed);
      article.id = nextArticleId();
      // Story and mentions are filled in before persist: Hibernate inserts the state an entity has
      // at persist, and every field set later cost an UPDATE of the whole row (body and text too).
      article.eventMentions = mentions.toJson(analysed.mentions());
      stories.assign(article, analysed.features());
      article.persist();
      stored.add(new Stored(article, true));
      remember(known, article);
      created++;
    }
    Article.flush();
    if (created > 0) {
      stories.chunkWritten();
    }
    return stored;
  }

  /**
   * Ids reserved before a write that rolled back are not used again: when the store failed (H2
   * closes itself on a full disk), the sequence value that reserved them may not have been stored,
   * and the next reservation would hand out the same ids a second time.
   */
  synchronized void afterFailedWrite() {
    idsLeft = 0;
  }

  /**
   * Article ids come from {@code article_seq} (INCREMENT BY 50): a value v reserves (v - 50, v] for
   * this instance alone, as Hibernate's pooled generator did, so instances sharing a database (of
   * this version or the one before) never hand out the same id.
   */
  private synchronized long nextArticleId() {
    if (idsLeft == 0) {
      long high = nextSequenceValue();
      long low = high - ID_BLOCK + 1;
      if (low < 1) { // a new sequence's first value, 1: ids 1 to the next value, as Hibernate's
        // generator took
        high = nextSequenceValue();
        low = 1;
      }
      nextId = low;
      idsLeft = high - low + 1;
    }
    idsLeft--;
    return nextId++;
  }

  private long nextSequenceValue() {
    if (nextValueSql == null) {
      nextValueSql =
          Article.getEntityManager()
              .getEntityManagerFactory()
              .unwrap(SessionFactoryImplementor.class)
              .getJdbcServices()
              .getDialect()
              .getSequenceSupport()
              .getSequenceNextValString("article_seq");
    }
    // No flush first: the sequence does not depend on the chunk's articles, and the automatic
    // flush before a native query dirty-checked every entity of the chunk each 50 ids.
    return ((Number)
            Article.getEntityManager()
                .createNativeQuery(nextValueSql)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult())
        .longValue();
  }

  private static final String URL = "url:";
  private static final String HASH = "hash:";

  /**
   * Stored articles with one of the chunk's URLs or content hashes, keyed by "url:" and "hash:".
   */
  private static Map<String, Article> known(List<AnalysedArticle> articles) {
    List<String> urls =
        articles.stream().map(a -> a.article().url()).filter(Objects::nonNull).distinct().toList();
    List<String> hashes = articles.stream().map(AnalysedArticle::contentHash).distinct().toList();
    // Two queries, not one with "or": H2 answers an "or" of two IN lists with a full scan of the
    // table.
    Map<String, Article> known = new HashMap<>();
    if (!urls.isEmpty()) {
      Article.<Article>list("url in ?1", urls).forEach(article -> remember(known, article));
    }
    Article.<Article>list("contentHash in ?1", hashes).forEach(article -> remember(known, article));
    return known;
  }

  private static void remember(Map<String, Article> known, Article article) {
    if (article.url != null) {
      known.putIfAbsent(URL + article.url, article);
    }
    known.putIfAbsent(HASH + article.contentHash, article);
  }

  /** The article this one re-sends: same URL, or the same normalised text. */
  @Transactional(TxType.MANDATORY)
  Optional<Stored> existing(AnalysedArticle analysed) {
    Optional<Article> found = Optional.empty();
    if (analysed.article().url() != null) {
      found = Article.find("url", analysed.article().url()).firstResultOptional();
    }
    if (found.isEmpty()) {
      found = Article.find("contentHash", analysed.contentHash()).firstResultOptional();
    }
    return found.map(article -> new Stored(article, false));
  }

  @Transactional(TxType.MANDATORY)
  void delete(long id) {
    lockStore();
    Article article = Article.findById(id);
    if (article != null) {
      stories.forget(article);
      article.delete();
    }
  }

  private Article newArticle(AnalysedArticle analysed) {
    ValidArticle valid = analysed.article();
    Article article = new Article();
    article.url = valid.url();
    article.title = valid.title();
    article.body = valid.body();
    article.text = analysed.cleaned().text();
    article.contentHash = analysed.contentHash();
    article.source = valid.source();
    article.language = valid.language();
    article.publishedAt = valid.publishedAt();
    article.createdAt = clock.instant();
    article.removedLines = toJson(analysed.cleaned().removed());
    article.sentenceBounds = sentences.toJson(analysed.sentences()).orElse(null);
    return article;
  }

  private String toJson(Object value) {
    return json.write(value);
  }
}
