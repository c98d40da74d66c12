package io.storyline.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Storyline's own settings (see the README's configuration table). */
@ConfigMapping(prefix = "storyline")
public interface StorylineConfig {

  Demo demo();

  interface Demo {
    /** Load the demo story (five articles on the 2022 Geneva talks) at start-up when the store lacks it. */
    @WithDefault("false")
    boolean enabled();
  }
}
