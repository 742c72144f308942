-- Work queues replace the search high-water mark (articles.seq): with several writers, sequence
-- numbers commit out of order and a reader asking for "after N" would skip rows. Articles not yet
-- indexed for search are queued; search_indexed goes.
CREATE TABLE work_queue (
    seq INTEGER PRIMARY KEY,
    queue TEXT NOT NULL,
    item TEXT NOT NULL,
    UNIQUE (queue, item)
);
INSERT INTO work_queue (queue, item)
    SELECT 'search', id FROM articles WHERE id NOT IN (SELECT article_id FROM search_indexed) ORDER BY seq;
DROP TABLE search_indexed;
