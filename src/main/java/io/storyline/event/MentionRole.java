package io.storyline.event;

/**
 * What a date in a sentence dates: a happening (talks, attack), a statement about it, or neither
 * known.
 */
public enum MentionRole {
  HAPPENING,
  STATEMENT,
  UNSPECIFIED
}
