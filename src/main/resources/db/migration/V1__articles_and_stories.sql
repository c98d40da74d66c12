-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE story_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE story (
    id                 BIGINT PRIMARY KEY,
    title              VARCHAR(500) NOT NULL,
    first_published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    article_count      INTEGER NOT NULL,
    version            BIGINT NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX story_last_published_idx ON story (last_published_at, id);

CREATE TABLE article (
    id                        BIGINT PRIMARY KEY,
    url                       VARCHAR(2048),
    title                     VARCHAR(500) NOT NULL,
    body                      VARCHAR(1000000) NOT NULL,
    text                      VARCHAR(1000000) NOT NULL,
    content_hash              CHAR(64) NOT NULL,
    source                    VARCHAR(200),
    language                  VARCHAR(35),
    published_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    story_id                  BIGINT REFERENCES story (id),
    near_duplicate_of         BIGINT,
    near_duplicate_similarity DOUBLE PRECISION,
    removed_lines             VARCHAR(1000000),
    story_features            VARCHAR(1000000),
    event_mentions            VARCHAR(1000000),
    CONSTRAINT article_url_uk UNIQUE (url),
    CONSTRAINT article_content_hash_uk UNIQUE (content_hash)
);
CREATE INDEX article_published_idx ON article (published_at, id);
CREATE INDEX article_source_idx ON article (source, id);
CREATE INDEX article_story_idx ON article (story_id, id);
