-- Quotations found in articles: content span, kind, cue, speaker as written
-- with its canonical entity (NULL for anonymous speakers), and the
-- intermediaries of an attribution chain ("CNN, citing a White House official")
-- as a JSON list of {"start", "end", "text", "entity"}. Offsets index into
-- articles.text. Rows go with their article.

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'according_to', 'free_indirect')),
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_text TEXT,
    speaker_entity TEXT,
    via TEXT NOT NULL DEFAULT '[]'
);

CREATE INDEX quotes_article ON quotes(article_id, start_offset);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);
