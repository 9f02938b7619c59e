-- NewsLingo translation memory, PostgreSQL, version 1.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it; otherwise a
-- superuser runs this line once before NewsLingo starts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per scope, direction and normalized source segment (source_hash = SHA-256 of it).
CREATE TABLE memory_units (
    row_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope text NOT NULL,
    id text NOT NULL,
    source_language text NOT NULL,
    target_language text NOT NULL,
    source_primary text NOT NULL,
    target_primary text NOT NULL,
    source_hash bytea NOT NULL,
    source_text text NOT NULL,
    target_text text NOT NULL,
    -- The normalized source in lower case: what the trigram index reads.
    source_match text NOT NULL,
    article_id text,
    element text,
    author text,
    origin smallint NOT NULL,
    created_at timestamptz NOT NULL,
    changed_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_memory_units_id ON memory_units (scope, id);
CREATE UNIQUE INDEX ux_memory_units_source ON memory_units (scope, source_hash, source_language, target_language);
CREATE INDEX ix_memory_units_article ON memory_units (scope, article_id, row_id) WHERE article_id IS NOT NULL;
CREATE INDEX ix_memory_units_author ON memory_units (scope, author, row_id) WHERE author IS NOT NULL;
-- fastupdate off: a query never scans a pending list of recent inserts linearly (imports insert in bulk).
CREATE INDEX ix_memory_units_trigrams ON memory_units USING gin (source_match gin_trgm_ops) WITH (fastupdate = off);
