package io.storyline.journey;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The journey against the packaged application (profile {@code it}: in-memory H2, test key). */
@QuarkusIntegrationTest
// Its profile runs the packaged service on H2, which a PostgreSQL build cannot open; JourneyTest
// covers the journey there.
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(
    named = "test-db.kind",
    matches = "postgresql",
    disabledReason = "H2 profile")
class JourneyIT extends JourneyTest {}
