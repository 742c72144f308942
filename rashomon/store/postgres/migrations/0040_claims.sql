-- Comparison of accounts: time expressions, statement vectors, cached comparisons, outlet edits.
CREATE TABLE time_expressions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    granularity TEXT,
    relative_days INTEGER,
    PRIMARY KEY (article_id, start)
);
CREATE INDEX time_expressions_value ON time_expressions(value);

CREATE TABLE statement_vectors (
    key TEXT PRIMARY KEY,
    vector BYTEA NOT NULL
);

CREATE TABLE story_comparisons (
    story_id TEXT NOT NULL,
    reader_language TEXT NOT NULL,
    signature TEXT NOT NULL,
    comparison TEXT NOT NULL,
    computed_at TEXT NOT NULL DEFAULT utc_now_text(),
    PRIMARY KEY (story_id, reader_language)
);

CREATE TABLE outlet_edits (
    domain TEXT PRIMARY KEY,
    name TEXT,
    country TEXT,
    language TEXT,
    owner TEXT,
    removed INTEGER NOT NULL DEFAULT 0,
    edited_at TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')
);
