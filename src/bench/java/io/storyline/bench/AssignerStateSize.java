package io.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Heap retained by the story assigner's in-memory state (centroids, postings, document frequencies,
 * near-duplicate signatures and LSH buckets, article-to-story map) as the number of assigned
 * articles grows, with the synthetic stream of {@link StoryBenchmark} (1,000 articles a simulated
 * day). Not a JMH benchmark: a program, run by bench/state-size.sh. Per-article state = (heap(N) -
 * heap(0)) / N, and it must level off once N passes the articles of twice the story window (state
 * is evicted by time).
 */
public final class AssignerStateSize {
  public static void main(String[] args) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = retained(memory, 0);
    System.out.printf(Locale.ROOT, "baseline (probes only): %.1f MB%n", baseline / 1e6);
    for (String arg : (args.length == 0 ? new String[] {"10000", "30000", "100000"} : args)) {
      int n = Integer.parseInt(arg);
      long bytes = retained(memory, n) - baseline;
      System.out.printf(
          Locale.ROOT,
          "STATE articles=%d retained_mb=%.1f bytes_per_article=%.0f%n",
          n,
          bytes / 1e6,
          bytes / (double) n);
    }
  }

  private static long retained(MemoryMXBean memory, int assigned) throws Exception {
    StoryBenchmark bench = new StoryBenchmark();
    bench.assigned = assigned;
    bench.populate();
    long used = usedAfterGc(memory);
    if (bench.assignOne() == null) { // keeps the benchmark (and its assigner) reachable until here
      throw new IllegalStateException();
    }
    return used;
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
