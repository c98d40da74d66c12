-- Portable SQL (H2 2.x and PostgreSQL 12+).
-- The sentences ingest split an article's cleaned text into, as offsets, so summaries and key dates read them
-- instead of splitting every article again on every recomputation. Null for articles stored before: those
-- are split when read.
ALTER TABLE article ADD COLUMN sentence_bounds VARCHAR(1000000);
