-- Portable SQL (H2 2.x and PostgreSQL 12+).
-- One row that every write transaction updates first: the row lock serialises the ingest write section
-- across service instances sharing one database (the JVM lock only covers one process), and the version
-- tells an instance whether others have written since it last looked (then it reloads its story state).
CREATE TABLE ingest_lock (
    id      INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO ingest_lock (id, version) VALUES (1, 0);
