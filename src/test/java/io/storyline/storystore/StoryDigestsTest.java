package io.storyline.storystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.storyline.testing.DemoStory;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoryDigestsTest {
  @Inject StoryDigests digests;

  @Test
  void aLargeDigestIsStoredInlineAndReadBackWhole() {
    long story = DemoStory.storyOf(DemoStory.ingest().get("000"));
    String body = "x".repeat(StoryDigests.MAX_BODY_CHARS);
    QuarkusTransaction.requiringNew()
        .run(() -> digests.store(story, "test-large", Story.<Story>findById(story).version, body));
    Optional<String> read =
        QuarkusTransaction.requiringNew()
            .call(() -> digests.current(Story.findById(story), "test-large"));
    assertEquals(Optional.of(body), read);
  }

  @Test
  void aDigestLongerThanTheColumnIsNotStoredAndTheWriteGoesOn() {
    long story = DemoStory.storyOf(DemoStory.ingest().get("000"));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              long version = Story.<Story>findById(story).version;
              digests.store(
                  story, "test-too-long", version, "x".repeat(StoryDigests.MAX_BODY_CHARS + 1));
              digests.store(story, "test-small", version, "{}");
            });
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Story found = Story.findById(story);
              assertTrue(
                  digests.current(found, "test-too-long").isEmpty(), "read computes it instead");
              assertEquals(Optional.of("{}"), digests.current(found, "test-small"));
            });
  }
}
