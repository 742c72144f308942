-- Comparison of accounts: resolved time expressions per article, statement
-- vectors (reused by every comparison), each story's cached comparison, and
-- the user's edits to the outlet catalogue.

CREATE TABLE time_expressions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    -- ISO date when the publication date anchored it; NULL otherwise.
    value TEXT,
    granularity TEXT,
    relative_days INTEGER,
    PRIMARY KEY (article_id, start)
);

CREATE INDEX time_expressions_value ON time_expressions(value);

-- float32 vectors of statement texts, keyed by sha1(model, text).
CREATE TABLE statement_vectors (
    key TEXT PRIMARY KEY,
    vector BLOB NOT NULL
);

-- A story's comparison (JSON), current while ``signature`` (its article set,
-- their content, the outlet edits and the comparison version) is unchanged.
CREATE TABLE story_comparisons (
    story_id TEXT NOT NULL,
    reader_language TEXT NOT NULL,
    signature TEXT NOT NULL,
    comparison TEXT NOT NULL,
    computed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (story_id, reader_language)
);

-- The user's outlet catalogue edits: an added/changed outlet, or a removed domain.
CREATE TABLE outlet_edits (
    domain TEXT PRIMARY KEY,
    name TEXT,
    country TEXT,
    language TEXT,
    owner TEXT,
    removed INTEGER NOT NULL DEFAULT 0,
    edited_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now'))
);
