package io.storyline.journey;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The journey against the packaged application (profile {@code it}: in-memory H2, test key). */
@QuarkusIntegrationTest
class JourneyIT extends JourneyTest {}
