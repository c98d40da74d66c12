package io.storyline.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the start-up {@link WarmUp} has finished, so a load balancer sends traffic to
 * warm instances.
 */
@Readiness
@ApplicationScoped
public class WarmUpCheck implements HealthCheck {
  private final WarmUp warmUp;

  WarmUpCheck(WarmUp warmUp) {
    this.warmUp = warmUp;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("warm-up")
        .status(warmUp.done())
        .withData("analysed", warmUp.analysed())
        .build();
  }
}
