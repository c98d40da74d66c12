package io.storyline.story;

/**
 * An article's unit-length TF-IDF vector over term hashes ({@link DocumentFrequencies#hash}):
 * hashes ascending with their weights, the same hashes heaviest first, and the hashes of all the
 * article's terms (the vector keeps only the heaviest), which its document frequencies count.
 */
record TermVector(long[] terms, double[] weights, long[] heaviestFirst, long[] allTerms) {}
