package io.storyline.event;

/**
 * A person (titles stripped, surname resolved to the full name where the article gives it) or
 * organisation.
 */
public record Actor(String name, ActorKind kind) {}
