-- Input files a backfill has finished: written in the same transaction as the
-- file's articles, so a re-run skips exactly the files whose results are in.
-- A file is known by its absolute path, size and modification time.

CREATE TABLE backfill_files (
    path TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    modified DOUBLE PRECISION NOT NULL,
    articles INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    done_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
