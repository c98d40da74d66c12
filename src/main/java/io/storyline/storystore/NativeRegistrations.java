package io.storyline.storystore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.storyline.event.Actor;
import io.storyline.event.ActorKind;
import io.storyline.event.Dating;
import io.storyline.event.EventDate;
import io.storyline.event.EventMention;
import io.storyline.event.MentionRole;
import io.storyline.event.Place;
import io.storyline.event.PlaceKind;
import io.storyline.summary.SummarySentence;
import io.storyline.temporal.Granularity;
import io.storyline.temporal.TemporalType;
import io.storyline.text.RemovedLine;
import io.storyline.timeline.CitedArticle;

/**
 * Core (framework-free) types that Jackson reads or writes, registered for reflection in a native
 * image here, so the core packages stay free of Quarkus annotations. {@code
 * .ci/NativeSourcesCheck.java} checks the generated native-image configuration lists them.
 */
@RegisterForReflection(
    targets = {
      RemovedLine.class,
      SummarySentence.class,
      Granularity.class,
      TemporalType.class,
      EventMention.class,
      CitedArticle.class,
      EventDate.class,
      Place.class,
      PlaceKind.class,
      Actor.class,
      ActorKind.class,
      MentionRole.class,
      Dating.class
    })
public final class NativeRegistrations {
  private NativeRegistrations() {}
}
