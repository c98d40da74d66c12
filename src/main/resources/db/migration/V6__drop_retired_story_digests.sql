-- Portable SQL (H2 2.x and PostgreSQL 12+).
-- Stored results of kinds no longer written (story events before "events-3", first pages before
-- "timeline-first-page-2"): never read again. Deleted once, here, rather than looked for at every start-up
-- (a scan of every digest). A later rename of a kind deletes the old one in a migration of its own.
DELETE FROM story_digest WHERE kind NOT IN ('timeline-first-page-2', 'events-3', 'summary');
