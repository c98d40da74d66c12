package io.storyline.article;

import java.time.Instant;
import java.util.Optional;

/**
 * What a story's events and summary are computed from, for one of its articles: the cleaned text,
 * the stored event mentions and sentence offsets (JSON), not the raw body or the stored story
 * features, which those never read.
 */
public record ArticleText(
    long id,
    String title,
    Optional<String> url,
    Instant publishedAt,
    String text,
    Optional<String> eventMentions,
    Optional<String> sentenceBounds) {}
