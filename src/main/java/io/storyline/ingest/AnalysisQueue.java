package io.storyline.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * One request's articles on their way through the {@link AnalysisPool}. At most the pool's size of
 * them are queued or running there at a time; the others wait here in input order and are handed on
 * as earlier ones finish, also while the request's own thread is busy writing. Requests thus take
 * turns in the pool's queue instead of one filling it.
 */
final class AnalysisQueue {
  private record Waiting(ValidArticle article, CompletableFuture<AnalysedArticle> result) {}

  private final AnalysisPool pool;
  private final ArticlePipeline pipeline;
  private final int window;
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private int inPool;
  private boolean closed;

  AnalysisQueue(AnalysisPool pool, ArticlePipeline pipeline) {
    this.pool = pool;
    this.pipeline = pipeline;
    this.window = pool.threads();
  }

  /** The article's analysis, done on the pool; it fails with what {@link ArticlePipeline} threw. */
  CompletableFuture<AnalysedArticle> analyse(ValidArticle article) {
    CompletableFuture<AnalysedArticle> result = new CompletableFuture<>();
    synchronized (this) {
      waiting.add(new Waiting(article, result));
    }
    handOn();
    return result;
  }

  /** Articles not yet handed to the pool are dropped: the request failed and waits for none. */
  void close() {
    List<Waiting> dropped;
    synchronized (this) {
      closed = true;
      dropped = new ArrayList<>(waiting);
      waiting.clear();
    }
    dropped.forEach(w -> w.result().cancel(false));
  }

  private void handOn() {
    while (true) {
      Waiting next;
      synchronized (this) {
        if (closed || inPool >= window || waiting.isEmpty()) {
          return;
        }
        next = waiting.poll();
        inPool++;
      }
      try {
        pool.execute(() -> run(next));
      } catch (RejectedExecutionException shuttingDown) {
        synchronized (this) {
          inPool--;
        }
        next.result().completeExceptionally(shuttingDown);
      }
    }
  }

  private void run(Waiting next) {
    try {
      next.result().complete(pipeline.analyse(next.article()));
    } catch (Throwable e) { // an Error too: the request's thread rethrows it
      next.result().completeExceptionally(e);
    } finally {
      synchronized (this) {
        inPool--;
      }
      handOn();
    }
  }
}
