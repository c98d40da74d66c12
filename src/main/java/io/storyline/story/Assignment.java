package io.storyline.story;

import java.util.Optional;

/**
 * Where an article went: the story it joined ({@code newStory == false}, with the similarity that
 * won) or the new story it started (similarity to the best existing candidate, 0 if none), and the
 * near-duplicate it copies, if any.
 */
public record Assignment(
    long storyId, boolean newStory, double similarity, Optional<NearDuplicate> nearDuplicateOf) {}
