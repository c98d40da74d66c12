package io.storyline.story;

/**
 * An article's unit-length TF-IDF vector over term ids ({@link DocumentFrequencies}): ids ascending
 * with their weights, the same ids heaviest first, and the ids of all the article's terms (the
 * vector keeps only the heaviest), which its document frequencies count.
 */
record TermVector(int[] ids, double[] weights, int[] heaviestFirst, int[] allTerms) {}
