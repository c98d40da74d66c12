package io.storyline.event;

/**
 * What sort of place a gazetteer entry is; cities, capitals and regions locate an event more
 * closely.
 */
public enum PlaceKind {
  COUNTRY,
  CAPITAL,
  CITY,
  /** A region within a country or two (Crimea, Donbass, Gaza). */
  REGION,
  /** A continent or a region of several countries (Europe, Middle East, Balkans). */
  WORLD_REGION;

  /**
   * True for places finer than a country: two events there on one day are likely the same
   * happening.
   */
  public boolean local() {
    return this == CAPITAL || this == CITY || this == REGION;
  }
}
