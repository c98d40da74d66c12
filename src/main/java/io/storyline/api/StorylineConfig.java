package io.storyline.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Storyline's own settings (see the README's configuration table). */
@ConfigMapping(prefix = "storyline")
public interface StorylineConfig {

  Demo demo();

  WarmUp warmUp();

  /**
   * Memory for serialised story views (timelines, summaries, each with its gzip form), least
   * recently used out first. Size it to the hot set: about 12 KB per story whose views are read.
   */
  @io.smallrye.config.WithName("view-cache-mb")
  @WithDefault("256")
  int viewCacheMegabytes();

  /**
   * Keys accepted for writes (comma-separated in STORYLINE_API_KEYS, so keys can be rotated); none:
   * no writes.
   */
  java.util.Optional<java.util.List<String>> apiKeys();

  interface WarmUp {
    /**
     * Demo articles analysed at start-up, on private state, before readiness reports up: a fresh
     * JVM otherwise compiles the pipeline during its first thousand articles. 0: no warm-up.
     */
    @WithDefault("2000")
    int articles();
  }

  interface Demo {
    /**
     * Load the demo story (five articles on the 2022 Geneva talks) at start-up when the store lacks
     * it.
     */
    @WithDefault("false")
    boolean enabled();
  }
}
