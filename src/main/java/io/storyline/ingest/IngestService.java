package io.storyline.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.storyline.api.Problem.FieldError;
import io.storyline.api.ProblemMappers;
import io.storyline.article.Article;
import io.storyline.article.ArticleInput;
import io.storyline.domain.InvalidArticle;
import io.storyline.store.StoreFailure;
import io.storyline.store.StoreSpace;
import io.storyline.store.StoreVersion;
import io.storyline.storystore.StoryService;
import io.storyline.storystore.StoryService.RebuildResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The only writer of articles and stories. Analysis ({@link ArticlePipeline}) runs on the shared
 * {@link AnalysisPool}, outside any lock or transaction; the write itself is serialised so that
 * idempotency checks and story assignment see every earlier write, and runs in order: lock the
 * store and let story assignment catch up, store each new article with its story ({@link
 * ArticleWriter}), finish the chunk's stories, commit. A result is returned only after its
 * transaction has committed.
 */
@ApplicationScoped
public class IngestService {
  private static final Logger LOG = Logger.getLogger(IngestService.class);

  /**
   * Bulk items are written in chunks: one commit per chunk keeps ingest fast without large
   * transactions.
   */
  static final int CHUNK = 100;

  /**
   * Full chunks of a bulk request that may wait for their write, analysed or being analysed: enough
   * to keep the pool busy while a chunk is written, few enough to bound a request's memory.
   */
  static final int CHUNKS_AHEAD = 3;

  private final ArticleValidator validator;
  private final ArticlePipeline pipeline = new ArticlePipeline();
  private final AnalysisPool pool;
  private final ArticleWriter writer;
  private final StoryService stories;
  private final StoreVersion version;
  private final Clock clock;
  private final StoreSpace space;
  private final ReentrantLock writeLock = new ReentrantLock();

  IngestService(
      ArticleValidator validator,
      ArticleWriter writer,
      StoryService stories,
      StoreVersion version,
      Clock clock,
      StoreSpace space,
      AnalysisPool pool) {
    this.validator = validator;
    this.pool = pool;
    this.writer = writer;
    this.stories = stories;
    this.version = version;
    this.clock = clock;
    this.space = space;
  }

  /** Result of storing one article: the stored row and whether this call created it. */
  public record Stored(Article article, boolean created) {}

  /**
   * @throws InvalidArticle when the input is invalid
   */
  public Stored ingest(ArticleInput input) {
    ValidArticle valid = validator.validate(input, clock.instant());
    AnalysisQueue queue = new AnalysisQueue(pool, pipeline);
    try {
      return writeAll(List.of(analysed(queue.analyse(valid)))).get(0);
    } finally {
      queue.close();
    }
  }

  /**
   * Stores each valid item and reports every item's outcome in order; a bad item never rejects
   * others. Items are read one at a time as {@code items} yields them and analysed on the {@link
   * AnalysisPool} while earlier chunks are written: at most {@value #CHUNKS_AHEAD} full chunks wait
   * for their write, whatever the request's size. Chunks are written in input order, one after the
   * other, so a repeat inside the request finds its first copy stored.
   *
   * @throws RuntimeException what {@code items} throws (a body that turns out unreadable) or the
   *     store: chunks written before stay committed
   */
  public BulkResult ingestAll(Iterator<BulkItem> items) {
    Instant now = clock.instant();
    List<IngestOutcome> outcomes = new ArrayList<>();
    AnalysisQueue queue = new AnalysisQueue(pool, pipeline);
    ArrayDeque<Chunk> full = new ArrayDeque<>();
    Chunk filling = new Chunk();
    try {
      while (items.hasNext()) {
        BulkItem item = items.next();
        int index = outcomes.size();
        outcomes.add(null);
        if (!item.errors().isEmpty()) {
          outcomes.set(index, IngestOutcome.rejected(index, item.errors()));
          continue;
        }
        try {
          filling.add(index, queue.analyse(validator.validate(item.input().orElseThrow(), now)));
        } catch (InvalidArticle e) {
          outcomes.set(index, IngestOutcome.rejected(index, ProblemMappers.fieldErrors(e)));
        }
        if (filling.size() == CHUNK) {
          full.add(filling);
          filling = new Chunk();
        }
        while (!full.isEmpty() && (full.size() > CHUNKS_AHEAD || full.peek().analysed())) {
          write(full.poll(), outcomes);
        }
      }
      full.add(filling);
      while (!full.isEmpty()) {
        write(full.poll(), outcomes);
      }
    } finally {
      queue.close();
    }
    return BulkResult.of(outcomes);
  }

  /**
   * Re-clusters every stored article from scratch (after the clustering parameters change), with no
   * ingest in between.
   */
  public RebuildResult rebuildStories() {
    return underWriteLock(
        () ->
            inWriteTransaction(
                () -> {
                  stories.catchUp(version.lock());
                  return stories.rebuildAll();
                }));
  }

  /**
   * Deletes an article; its story forgets it, and the clustering state, which cannot unlearn an
   * article cheaply, is rebuilt from the store once the delete has committed.
   */
  public void delete(long id) {
    underWriteLock(
        () -> {
          QuarkusTransaction.requiringNew().run(() -> writer.delete(id));
          stories.reloadAfterDelete();
          return null;
        });
  }

  private <T> T underWriteLock(Supplier<T> work) {
    space.requireRoom();
    writeLock.lock();
    try {
      return work.get();
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * A write transaction that rolled back may have taught the id block and the clustering state
   * articles that are not stored: both are reset (the next write rebuilds the state first).
   */
  private <T> T inWriteTransaction(Callable<T> work) {
    try {
      return QuarkusTransaction.requiringNew().call(work);
    } catch (RuntimeException e) {
      writer.afterFailedWrite();
      stories.afterFailedWrite();
      throw e;
    }
  }

  /** One item of a bulk request: parsed input, or the reasons it could not be parsed. */
  public record BulkItem(Optional<ArticleInput> input, List<FieldError> errors) {
    public static BulkItem of(ArticleInput input) {
      return new BulkItem(Optional.of(input), List.of());
    }

    public static BulkItem unreadable(String field, String detail) {
      return new BulkItem(Optional.empty(), List.of(new FieldError(field, detail)));
    }
  }

  /** A chunk's items in input order: their index in the request and their analysis. */
  private static final class Chunk {
    private final List<Integer> indexes = new ArrayList<>(CHUNK);
    private final List<Future<AnalysedArticle>> analyses = new ArrayList<>(CHUNK);

    void add(int index, Future<AnalysedArticle> analysis) {
      indexes.add(index);
      analyses.add(analysis);
    }

    int size() {
      return indexes.size();
    }

    boolean analysed() {
      return analyses.stream().allMatch(Future::isDone);
    }
  }

  /** Waits for the chunk's analyses, then writes the analysed items and records every outcome. */
  private void write(Chunk chunk, List<IngestOutcome> outcomes) {
    List<AnalysedArticle> articles = new ArrayList<>(chunk.size());
    List<Integer> indexes = new ArrayList<>(chunk.size());
    for (int k = 0; k < chunk.size(); k++) {
      int index = chunk.indexes.get(k);
      try {
        articles.add(analysed(chunk.analyses.get(k)));
        indexes.add(index);
      } catch (InvalidArticle e) {
        outcomes.set(index, IngestOutcome.rejected(index, ProblemMappers.fieldErrors(e)));
      }
    }
    if (articles.isEmpty()) {
      return;
    }
    List<Stored> stored = writeAll(articles);
    for (int k = 0; k < stored.size(); k++) {
      int index = indexes.get(k);
      outcomes.set(
          index, IngestOutcome.stored(index, stored.get(k).article(), stored.get(k).created()));
    }
  }

  /** The analysis's result, or what the pipeline threw (on the pool's thread) thrown here. */
  private static AnalysedArticle analysed(Future<AnalysedArticle> analysis) {
    try {
      return analysis.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while an article was analysed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Writes a chunk in one transaction; if it fails (a concurrent duplicate), falls back to one item
   * at a time.
   */
  private List<Stored> writeAll(List<AnalysedArticle> articles) {
    space.requireRoom();
    writeLock.lock();
    try {
      try {
        return inWriteTransaction(() -> writer.write(articles));
      } catch (PersistenceException e) {
        if (StoreFailure.of(e).isPresent()) {
          throw e; // the store failed, not the chunk: one at a time would fail as often as items
        }
        if (articles.size() == 1) {
          return List.of(
              QuarkusTransaction.requiringNew()
                  .call(() -> writer.existing(articles.get(0)).orElseThrow(() -> e)));
        }
        LOG.debugf(
            "chunk of %d failed (%s); writing one at a time", articles.size(), e.getMessage());
        List<Stored> stored = new ArrayList<>(articles.size());
        for (AnalysedArticle article : articles) {
          stored.addAll(writeAll(List.of(article)));
        }
        return stored;
      }
    } finally {
      writeLock.unlock();
    }
  }
}
