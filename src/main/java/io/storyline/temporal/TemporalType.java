package io.storyline.temporal;

/** TIMEX3 types. */
public enum TemporalType {
  DATE,
  TIME,
  DURATION,
  SET
}
