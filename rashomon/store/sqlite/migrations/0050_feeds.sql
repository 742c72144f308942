-- Feeds the monitor polls: conditional-request validators, error backoff,
-- and the entries already taken in (so an entry is ingested once).

CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    -- Consecutive failed polls; the wait before the next poll doubles with each.
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_polled TEXT,
    -- UTC ISO time of the next poll (NULL: poll at once).
    next_poll TEXT,
    added_at TEXT NOT NULL
);

CREATE TABLE feed_entries (
    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    entry_id TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_id)
);
