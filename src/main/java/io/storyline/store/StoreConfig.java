package io.storyline.store;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the service waits on its database (see the README's Durability section). */
@ConfigMapping(prefix = "storyline.store")
public interface StoreConfig {

  /**
   * How long one statement may wait for the database's answer before it fails (JDBC's network
   * timeout: PostgreSQL's socket read timeout; H2 in the same process needs none). Longer than the
   * slowest statement (a re-clustering of the whole store), short enough that a request on a
   * database that stopped answering gets its 503.
   */
  @WithDefault("30S")
  Duration networkTimeout();

  /**
   * Writes are refused (507) while the disk under an embedded H2 file has less free than this, so
   * that H2 never runs out of space in the middle of a write; 0 turns the check off.
   */
  @WithDefault("64M")
  MemorySize minFreeSpace();
}
