package io.storyline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.storyline.story.StoryAssigner;
import io.storyline.summary.SummariserSettings;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Unset, the tuning keys are the settings the core's own tests and benchmarks measure. */
@QuarkusTest
class TuningTest {
  @Inject StorylineConfig config;

  @Test
  void clusteringDefaultsAreTheMeasuredSettings() {
    assertEquals(StoryAssigner.Settings.defaults(), Tuning.clustering(config.clustering()));
  }

  @Test
  void summaryDefaultsAreTheMeasuredSettings() {
    assertEquals(SummariserSettings.defaults(), Tuning.summariser(config.summary()));
  }
}
