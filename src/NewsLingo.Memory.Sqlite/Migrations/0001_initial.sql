-- NewsLingo translation memory, SQLite, version 1.
-- One row per scope, direction and normalized source segment (source_hash = SHA-256 of it).
CREATE TABLE memory_units (
    row_id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,
    id TEXT NOT NULL,
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    source_primary TEXT NOT NULL,
    target_primary TEXT NOT NULL,
    source_hash BLOB NOT NULL,
    source_text TEXT NOT NULL,
    target_text TEXT NOT NULL,
    article_id TEXT,
    element TEXT,
    author TEXT,
    origin INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_memory_units_id ON memory_units (scope, id);
CREATE UNIQUE INDEX ux_memory_units_source ON memory_units (scope, source_hash, source_language, target_language);
CREATE INDEX ix_memory_units_article ON memory_units (scope, article_id, row_id) WHERE article_id IS NOT NULL;
CREATE INDEX ix_memory_units_author ON memory_units (scope, author, row_id) WHERE author IS NOT NULL;

-- The fuzzy index: each unit's distinct lower-case words, as 64-bit keys of (scope, primary
-- languages, word), so a posting list never mixes scopes or directions and holds no text.
CREATE TABLE memory_words (
    word INTEGER NOT NULL,
    unit INTEGER NOT NULL,
    PRIMARY KEY (word, unit)
) WITHOUT ROWID;
CREATE INDEX ix_memory_words_unit ON memory_words (unit);

-- How many units hold each word: the query picks its rarest words from it.
CREATE TABLE memory_word_counts (
    word INTEGER PRIMARY KEY,
    units INTEGER NOT NULL
);
