-- Feeds the monitor polls and the entries already taken in.
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_polled TEXT,
    next_poll TEXT,
    added_at TEXT NOT NULL
);

CREATE TABLE feed_entries (
    feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    entry_id TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_id)
);
