package io.storyline.event;

/** What sort of place a gazetteer entry is; cities, capitals and regions locate an event more closely. */
public enum PlaceKind {
  COUNTRY,
  CAPITAL,
  CITY,
  REGION;

  /** True for places finer than a country: two events there on one day are likely the same happening. */
  public boolean local() {
    return this != COUNTRY;
  }
}
