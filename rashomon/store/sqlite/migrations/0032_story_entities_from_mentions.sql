-- A story's top entities come from its articles' mentions (corrections included), not from a
-- copy taken at embedding time. The table is rebuilt: DROP COLUMN fails on the comments in its SQL.
CREATE TABLE story_article_vectors_new (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    vector BLOB NOT NULL,
    keys BLOB NOT NULL,
    content_hash TEXT NOT NULL DEFAULT ''
);
INSERT INTO story_article_vectors_new (article_id, vector, keys, content_hash)
    SELECT article_id, vector, keys, content_hash FROM story_article_vectors;
DROP TABLE story_article_vectors;
ALTER TABLE story_article_vectors_new RENAME TO story_article_vectors;
