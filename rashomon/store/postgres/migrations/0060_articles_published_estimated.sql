-- Whether an article's publication date was estimated from its text (the metadata had none).
ALTER TABLE articles ADD COLUMN published_estimated INTEGER NOT NULL DEFAULT 0;
