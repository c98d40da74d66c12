package io.storyline.story;

/**
 * An article found to be a near-copy (e.g. a spun rewrite) of another, with the estimated Jaccard
 * similarity.
 */
public record NearDuplicate(long articleId, double similarity) {}
