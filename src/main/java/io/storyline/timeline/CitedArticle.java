package io.storyline.timeline;

import java.util.Optional;

/**
 * What a timeline shows of a cited article. Kept instead of the entity: a cached story held whole
 * articles (body, text, stored features and mentions), ~10 KB each, for up to 2,000 stories.
 */
public record CitedArticle(String title, Optional<String> url) {}
