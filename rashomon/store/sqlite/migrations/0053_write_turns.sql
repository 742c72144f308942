-- Ingest batches take turns: each updates this one row first, which holds other writers' batches
-- until it commits, and counts the batches, so a writer can tell that others wrote since its last one.
CREATE TABLE write_turns (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    batches BIGINT NOT NULL
);
INSERT INTO write_turns (id, batches) VALUES (1, 0);
