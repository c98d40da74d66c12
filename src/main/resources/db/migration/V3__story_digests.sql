-- Portable SQL (H2 2.x and PostgreSQL 12+).
-- What a story's reads are built from (its merged events, its default summary), stored with the story
-- version they were computed for: a timeline read after a restart is a lookup, not a recomputation.
-- A row whose version is behind its story's is stale and is recomputed; it goes with its story.
CREATE TABLE story_digest (
    story_id BIGINT NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    kind     VARCHAR(32) NOT NULL,
    version  BIGINT NOT NULL,
    body     TEXT NOT NULL,
    PRIMARY KEY (story_id, kind)
);
