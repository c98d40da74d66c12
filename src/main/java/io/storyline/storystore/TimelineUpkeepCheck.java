package io.storyline.storystore;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how many stories wait for their timeline to be recomputed ({@code pending} in {@code
 * /q/health/ready}); always up: a waiting story's timeline is computed when read.
 */
@Readiness
@ApplicationScoped
public class TimelineUpkeepCheck implements HealthCheck {
  private final TimelineUpkeep upkeep;

  TimelineUpkeepCheck(TimelineUpkeep upkeep) {
    this.upkeep = upkeep;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("timeline upkeep")
        .up()
        .withData("pending", upkeep.pending())
        .build();
  }
}
