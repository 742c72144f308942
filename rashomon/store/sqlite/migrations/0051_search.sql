-- Search support: semantic vectors of articles and quotes, and a full-text
-- index over quotes (articles have their own in articles_fts). Rows go with
-- their article (ON DELETE CASCADE).

CREATE TABLE search_vectors (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,          -- article or quote
    item_id TEXT NOT NULL,       -- article ID, or <article ID>:<start>-<end> for a quote
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    vector BLOB NOT NULL,        -- float32, L2-normalised
    UNIQUE (kind, item_id)
);
CREATE INDEX search_vectors_article ON search_vectors(article_id);

-- Articles already indexed, by their never-changing articles.seq (high-water mark).
CREATE TABLE search_indexed (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    article_seq INTEGER NOT NULL
);
CREATE INDEX search_indexed_seq ON search_indexed(article_seq);

CREATE TABLE search_quotes (
    seq INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    speaker TEXT
);
CREATE INDEX search_quotes_article ON search_quotes(article_id);

CREATE VIRTUAL TABLE search_quotes_fts USING fts5(
    text, speaker,
    content='search_quotes', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_quotes_fts_insert AFTER INSERT ON search_quotes BEGIN
    INSERT INTO search_quotes_fts(rowid, text, speaker) VALUES (new.seq, new.text, new.speaker);
END;

CREATE TRIGGER search_quotes_fts_delete AFTER DELETE ON search_quotes BEGIN
    INSERT INTO search_quotes_fts(search_quotes_fts, rowid, text, speaker) VALUES ('delete', old.seq, old.text, old.speaker);
END;
