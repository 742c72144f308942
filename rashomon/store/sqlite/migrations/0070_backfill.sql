-- Input files a backfill has finished: written in the same transaction as the
-- file's articles, so a re-run skips exactly the files whose results are in.
-- A file is known by its absolute path, size and modification time; a changed
-- file is read again (its unchanged articles are recognised and left alone).

CREATE TABLE backfill_files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    modified REAL NOT NULL,
    articles INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    done_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
