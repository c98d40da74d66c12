-- Portable SQL (H2 2.x and PostgreSQL 12+).
-- A digest body as VARCHAR, like the article columns, instead of TEXT: H2 maps TEXT to a CLOB, which it keeps
-- outside the row in its LOB storage, so every read and every rewrite of a digest went through that storage.
-- In PostgreSQL both are the same varlena type. Bodies longer than this are not stored (StoryDigests).
ALTER TABLE story_digest ALTER COLUMN body SET DATA TYPE VARCHAR(1000000);
