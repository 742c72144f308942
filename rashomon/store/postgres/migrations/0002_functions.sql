-- Functions the shared SQL calls that SQLite has built in (instr) or registers per connection
-- (rashomon_fold: Unicode case folding, so "рябков" finds "Рябков").
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$;
CREATE FUNCTION rashomon_fold(value TEXT) RETURNS TEXT
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(value COLLATE "und-x-icu") $$;
-- SQLite's CURRENT_TIMESTAMP as text: UTC, 'YYYY-MM-DD HH:MM:SS'.
CREATE FUNCTION utc_now_text() RETURNS TEXT
    LANGUAGE SQL STABLE AS $$ SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') $$;
