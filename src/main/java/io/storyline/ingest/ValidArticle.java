package io.storyline.ingest;

import java.time.Instant;

/** An article that passed validation: normalised URL, resolved publication time. */
public record ValidArticle(
    String url, String title, String body, String source, Instant publishedAt, String language) {}
