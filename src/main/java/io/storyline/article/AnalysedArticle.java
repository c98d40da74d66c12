package io.storyline.article;

import io.storyline.text.CleanedText;

/** A valid article with everything computed from it before it is written. */
public record AnalysedArticle(ValidArticle article, CleanedText cleaned, String contentHash) {}
