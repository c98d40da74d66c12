package io.storyline.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.storyline.api.InvalidRequestException;
import io.storyline.api.Problem.FieldError;
import io.storyline.store.StoreFailure;
import io.storyline.store.StoreSpace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * The only writer of articles. Analysis (cleaning and the extractors) runs outside any lock or
 * transaction; the write itself is serialised so that idempotency checks and story assignment see
 * every earlier write. A result is returned only after its transaction has committed.
 */
@ApplicationScoped
public class IngestService {
  private static final Logger LOG = Logger.getLogger(IngestService.class);

  /**
   * Bulk items are written in chunks: one commit per chunk keeps ingest fast without large
   * transactions.
   */
  static final int CHUNK = 100;

  private final ArticleValidator validator;
  private final ArticleAnalyser analyser;
  private final ArticleWriter writer;
  private final Clock clock;
  private final StoreSpace space;
  private final ReentrantLock writeLock = new ReentrantLock();

  IngestService(
      ArticleValidator validator,
      ArticleAnalyser analyser,
      ArticleWriter writer,
      Clock clock,
      StoreSpace space) {
    this.validator = validator;
    this.analyser = analyser;
    this.writer = writer;
    this.clock = clock;
    this.space = space;
  }

  /** Result of storing one article: the stored row and whether this call created it. */
  public record Stored(Article article, boolean created) {}

  /**
   * @throws InvalidRequestException when the input is invalid
   */
  public Stored ingest(ArticleInput input) {
    ValidArticle valid = validator.validate(input, clock.instant());
    ArticleAnalysis analysed = analyser.analyse(valid);
    return writeAll(List.of(analysed)).get(0);
  }

  /**
   * Stores each valid item and reports every item's outcome in order; a bad item never rejects
   * others.
   */
  public BulkResult ingestAll(List<BulkItem> items) {
    Instant now = clock.instant();
    List<IngestOutcome> outcomes = new ArrayList<>(items.size());
    List<ArticleAnalysis> pending = new ArrayList<>(CHUNK);
    List<Integer> pendingIndex = new ArrayList<>(CHUNK);
    for (int i = 0; i < items.size(); i++) {
      BulkItem item = items.get(i);
      outcomes.add(null);
      if (!item.errors().isEmpty()) {
        outcomes.set(i, IngestOutcome.rejected(i, item.errors()));
        continue;
      }
      try {
        pending.add(analyser.analyse(validator.validate(item.input().orElseThrow(), now)));
        pendingIndex.add(i);
      } catch (InvalidRequestException e) {
        outcomes.set(i, IngestOutcome.rejected(i, e.errors()));
      }
      if (pending.size() == CHUNK) {
        flush(pending, pendingIndex, outcomes);
      }
    }
    flush(pending, pendingIndex, outcomes);
    return BulkResult.of(outcomes);
  }

  /** Runs a whole-store change (such as re-clustering) with no ingest in between. */
  public <T> T underWriteLock(java.util.function.Supplier<T> work) {
    space.requireRoom();
    writeLock.lock();
    try {
      return work.get();
    } finally {
      writeLock.unlock();
    }
  }

  /** Deletes an article; its story forgets it. */
  public void delete(long id) {
    space.requireRoom();
    writeLock.lock();
    try {
      QuarkusTransaction.requiringNew().run(() -> writer.delete(id));
    } finally {
      writeLock.unlock();
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

  private void flush(
      List<ArticleAnalysis> pending, List<Integer> pendingIndex, List<IngestOutcome> outcomes) {
    if (pending.isEmpty()) {
      return;
    }
    List<Stored> stored = writeAll(pending);
    for (int k = 0; k < stored.size(); k++) {
      int index = pendingIndex.get(k);
      outcomes.set(
          index, IngestOutcome.stored(index, stored.get(k).article(), stored.get(k).created()));
    }
    pending.clear();
    pendingIndex.clear();
  }

  /**
   * Writes a chunk in one transaction; if it fails (a concurrent duplicate), falls back to one item
   * at a time.
   */
  private List<Stored> writeAll(List<ArticleAnalysis> articles) {
    space.requireRoom();
    writeLock.lock();
    try {
      try {
        return QuarkusTransaction.requiringNew().call(() -> writer.write(articles));
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
        for (ArticleAnalysis article : articles) {
          stored.addAll(writeAll(List.of(article)));
        }
        return stored;
      }
    } finally {
      writeLock.unlock();
    }
  }
}
