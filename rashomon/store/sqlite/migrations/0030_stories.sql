-- Stories: surviving and merged-away story IDs, each surviving story's clustering
-- summary (so the in-memory index is rebuilt without re-embedding), the
-- per-article embedding cache, and the log of a person's corrections, which
-- outrank the algorithm and are replayed after every restory.
-- Membership is articles.story_id.

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    -- Set when this ID was merged away; it resolves to merged_into (then onwards).
    merged_into TEXT REFERENCES stories(id),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    article_count INTEGER NOT NULL DEFAULT 0,
    -- Clustering summary: f32 centroid, uint32 prototype keys and their counts,
    -- languages (comma-separated), first/last seen in days since 1970 (UTC).
    centroid BLOB,
    keys BLOB,
    key_counts BLOB,
    languages TEXT NOT NULL DEFAULT '',
    first_day REAL,
    last_day REAL
);

CREATE INDEX stories_merged_into ON stories(merged_into);

-- What clustering needs of an article, computed once: the title+lead embedding
-- (f32) and its hashed name/number/word keys (uint32).
CREATE TABLE story_article_vectors (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    keys BLOB NOT NULL,
    -- The article's content_hash when embedded: a changed text is embedded again.
    content_hash TEXT NOT NULL DEFAULT '',
    -- Canonical entity IDs the article mentions (JSON list), for top_entities.
    entities TEXT NOT NULL DEFAULT '[]'
);

-- A person's corrections, in order: merge (story_id <- other_id), split
-- (article_ids out of other_id into the new story_id), move (article_ids into story_id).
CREATE TABLE story_corrections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'move')),
    story_id TEXT NOT NULL,
    other_id TEXT,
    article_ids TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
