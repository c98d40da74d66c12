-- Portable SQL (H2 2.x and PostgreSQL 12+).
-- A story's articles are read newest first (its events and summary after every change, its article list):
-- an index in that order holds all the ids query needs, so finding them reads no article row (rows are large,
-- and reading one decodes its page's texts).
CREATE INDEX article_story_published_idx ON article (story_id, published_at, id);
DROP INDEX article_story_idx;
