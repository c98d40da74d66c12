package io.storyline.ingest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The answer to a bulk ingest: counts, and each item's outcome in request order. */
@RegisterForReflection
public record BulkResult(int created, int existing, int rejected, List<IngestOutcome> items) {
  static BulkResult of(List<IngestOutcome> items) {
    int created = 0;
    int existing = 0;
    int rejected = 0;
    for (IngestOutcome item : items) {
      switch (item.status()) {
        case created -> created++;
        case existing -> existing++;
        case rejected -> rejected++;
      }
    }
    return new BulkResult(created, existing, rejected, items);
  }
}
