package io.storyline.event;

/** People and organisations that take part in events. */
public enum ActorKind {
  PERSON,
  ORGANISATION
}
