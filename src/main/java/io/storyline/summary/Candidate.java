package io.storyline.summary;

import io.storyline.text.Sentence;
import java.util.List;

/**
 * A sentence that passed the {@link CandidateFilter}, with where it came from and its content
 * terms.
 */
record Candidate(
    SourceDocument document,
    int documentIndex,
    int position,
    Sentence sentence,
    List<String> terms) {}
