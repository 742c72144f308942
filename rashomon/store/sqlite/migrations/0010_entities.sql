-- Canonical entities and the mentions that name them.
-- entities.names: JSON {language: display name}; aliases: JSON list of names seen.
-- mentions.linked_entity is what the linker decided; mentions.entity is what
-- holds after people's corrections (entity_corrections), which outrank the
-- linker and are re-applied whenever an article is analysed again. A mention
-- is identified across re-analysis by (article_id, start, end).

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC', 'EVT', 'PRO')),
    names TEXT NOT NULL DEFAULT '{}',
    aliases TEXT NOT NULL DEFAULT '[]',
    merged_into TEXT
);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    lemma TEXT NOT NULL,
    entity TEXT NOT NULL,
    linked_entity TEXT NOT NULL,
    UNIQUE (article_id, start_offset, end_offset)
);

CREATE INDEX mentions_entity ON mentions(entity);

-- kind 'merge': every mention of other_entity belongs to entity.
-- kind 'split': the mention (article_id, start_offset, end_offset) belongs to entity.
CREATE TABLE entity_corrections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
    entity TEXT NOT NULL,
    other_entity TEXT,
    article_id TEXT,
    start_offset INTEGER,
    end_offset INTEGER,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX entity_corrections_mention ON entity_corrections(article_id, start_offset, end_offset);
