package io.storyline.temporal;

/** How precise a resolved date is, coarsest first. */
public enum Granularity {
  CENTURY,
  DECADE,
  YEAR,
  SEASON,
  QUARTER,
  MONTH,
  WEEK,
  DAY,
  PART_OF_DAY,
  TIME
}
