-- Articles: the cleaned, language-tagged text every analysis indexes into,
-- the raw input kept for re-processing, near-duplicate signatures, full-text index.

CREATE TABLE articles (
    -- Integer key that never changes (VACUUM keeps it): the FTS index's rowid.
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    locator TEXT,
    url TEXT,
    source TEXT,
    title TEXT,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    language_confidence REAL NOT NULL DEFAULT 0,
    author TEXT,
    -- ISO 8601 as given, and the same instant in UTC (naive = UTC) for ordering and filters.
    published TEXT,
    published_utc TEXT,
    ingested_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL,
    story_id TEXT
);

CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_when ON articles(COALESCE(published_utc, ingested_at));
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_story ON articles(story_id);

-- Exactly what was read (zlib), so the article can be cleaned and analysed again.
CREATE TABLE article_raw (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    -- 'html' or 'text': which Document field ``body`` restores.
    body_kind TEXT NOT NULL,
    body BLOB NOT NULL,
    -- NULL when the raw bytes are the body encoded as UTF-8.
    raw BLOB,
    -- JSON of the Document's metadata hints (title, author, published, source, language, url, locator).
    hints TEXT NOT NULL,
    -- 1 when the user set the language (--lang): re-processing keeps it instead of detecting again.
    language_given INTEGER NOT NULL DEFAULT 0
);

-- MinHash signature of the normalised text, loaded into an LSH index for near-duplicate lookups.
CREATE TABLE article_minhash (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content='articles', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
