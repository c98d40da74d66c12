package io.storyline.event;

/**
 * How an event got its date: from a date the sentence names ({@code EXPLICIT}), from the article's
 * publication date for an undated report near its top ({@code PUBLICATION}), or from the last date
 * named before it in the article, for narrative that goes on from a dated sentence ({@code
 * NARRATIVE}). Inferred dates are less certain and weigh less in salience.
 */
public enum Dating {
  EXPLICIT,
  PUBLICATION,
  NARRATIVE;

  public boolean inferred() {
    return this != EXPLICIT;
  }
}
