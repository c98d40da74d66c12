package io.storyline.ingest;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one bounded pool that analyses articles ({@link ArticlePipeline}) for every write request: a
 * bulk stream and single writes queue their articles here, so together they use every core and no
 * more. Each request keeps at most {@link #threads()} articles queued at a time ({@link
 * AnalysisQueue}), so a single write waits behind a few articles of a big bulk, not behind all of
 * it.
 */
@Startup
@ApplicationScoped
public class AnalysisPool {
  private final int threads;
  private final ExecutorService executor;

  AnalysisPool(IngestSettings settings) {
    this.threads = settings.analysisThreads().orElse(Runtime.getRuntime().availableProcessors());
    if (threads < 1) {
      throw new IllegalArgumentException(
          "storyline.ingest.analysis-threads must be at least 1, not " + threads);
    }
    AtomicInteger count = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "storyline-analysis-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** How many articles the pool analyses at once. */
  public int threads() {
    return threads;
  }

  void execute(Runnable task) {
    executor.execute(task);
  }

  @PreDestroy
  void shutDown() {
    executor.shutdownNow();
  }
}
