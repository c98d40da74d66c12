package io.storyline.journey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.storyline.testing.PackagedStore;

/**
 * The journey against the packaged application: the jar, or the native executable with {@code
 * -Dnative}; on in-memory H2 (profile {@code it}), on the PostgreSQL build on a database of its
 * own.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedStore.class)
class JourneyIT extends JourneyTest {}
