package io.storyline.ingest;

import io.smallrye.config.ConfigMapping;
import java.util.OptionalInt;

/** Ingest settings (see the README's configuration table). */
@ConfigMapping(prefix = "storyline.ingest")
public interface IngestSettings {
  /**
   * Threads that analyse articles, shared by every write request; unset: one per available core.
   */
  OptionalInt analysisThreads();
}
