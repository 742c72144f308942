"""The two store backends agree: same tables and columns, same answers through the Store protocol."""

from __future__ import annotations

import pytest

from rashomon.store import open_store

# Columns only one backend has, and why: PostgreSQL keeps its full-text vectors in generated columns
# (SQLite in FTS5 tables) and names its entities' creation order after SQLite's implicit rowid.
BACKEND_ONLY = {("articles", "search_words"), ("search_quotes", "search_words"), ("entities", "rowid")}


@pytest.fixture(scope="module")
def schemas(tmp_path_factory, postgres_databases):
    found = {}
    for name, target in (
        ("sqlite", tmp_path_factory.mktemp("schema") / "r.db"),
        ("postgresql", postgres_databases.create()),
    ):
        with open_store(target) as store:
            found[name] = {
                table: {c for c in columns if (table, c) not in BACKEND_ONLY}
                for table, columns in store.columns().items()
                if table != "schema_migrations"
            }
    return found


def test_both_backends_have_the_same_tables_and_columns(schemas):
    sqlite, postgresql = schemas["sqlite"], schemas["postgresql"]
    assert sorted(sqlite) == sorted(postgresql), (
        "a table exists on one backend only: add it to rashomon/store/postgres/migrations/ as well as to SQLite's"
    )
    for table in sqlite:
        only_sqlite = sorted(sqlite[table] - postgresql[table])
        only_postgresql = sorted(postgresql[table] - sqlite[table])
        assert sqlite[table] == postgresql[table], (
            f"columns of {table} differ: SQLite only {only_sqlite}, PostgreSQL only {only_postgresql}; every schema"
            " change needs a migration in rashomon/store/sqlite/migrations/ and rashomon/store/postgres/migrations/"
        )


def _stored(store, count: int) -> list[str]:
    from rashomon.ingest.dedup import article_id, content_hash
    from rashomon.model import Article, Document

    ids = []
    for number in range(count):
        text = f"Report number {number} on the talks."
        article = Article(
            id=article_id("q.example", text),
            path=f"{number}.txt",
            text=text,
            language="en",
            source="q.example",
            content_hash=content_hash(text),
        )
        store.add_article(article, Document(path=article.path, raw=text.encode(), text=text))
        ids.append(article.id)
    return ids


def test_stored_articles_wait_in_the_search_queue_until_a_claim_completes(tmp_db):
    with open_store(tmp_db) as store:
        ids = _stored(store, 5)
        assert store.pending("search") == 5
        with store.claim("search", 2) as claimed:
            assert claimed == ids[:2]  # oldest first
        assert store.pending("search") == 3
        with pytest.raises(RuntimeError), store.claim("search", 2) as claimed:
            raise RuntimeError("indexer crashed")
        assert store.pending("search") == 3  # a failed claim leaves its items queued
        store.enqueue("search", ids)  # queued once each, whatever is queued again
        assert store.pending("search") == 5
        store.set_article_story(ids[0], "s_one")
        store.set_article_story(ids[1], "s_one")
        assert store.pending("stories") == 1
        assert store.discard_queue("stories") == 1 and store.pending("stories") == 0


def test_concurrent_postgres_consumers_take_disjoint_parts_of_a_queue(postgres_databases):
    import threading

    url = postgres_databases.create()
    with open_store(url) as store:
        ids = _stored(store, 12)
    taken: list[list[str]] = []
    inside = threading.Barrier(3)

    def consume():
        with open_store(url) as own, own.claim("search", 4) as claimed:
            taken.append(claimed)
            inside.wait(timeout=30)  # all three hold their claims at once

    threads = [threading.Thread(target=consume) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(item for claimed in taken for item in claimed) == sorted(ids)
    with open_store(url) as store:
        assert store.pending("search") == 0


def test_search_reuses_the_vector_story_assignment_stored(seeds_dir, tmp_db, monkeypatch):
    import numpy as np

    import rashomon
    from rashomon.search import SearchIndex
    from rashomon.stories.embedding import Encoder, embedding_text

    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(seeds_dir)], published="2025-10-22")
        store = ws.store
        articles = list(store.articles())
        encoded: list[str] = []
        original = Encoder.encode
        monkeypatch.setattr(
            Encoder, "encode", lambda self, texts, *a, **k: encoded.extend(texts) or original(self, texts, *a, **k)
        )
        index = SearchIndex()
        assert index.refresh(store) == len(articles)
        assert not {embedding_text(a.title, a.text) for a in articles} & set(encoded)  # only quotes were embedded
        story_vectors = store.article_vectors([a.id for a in articles])
        search_rows = {
            row[2]: np.frombuffer(row[6], dtype=np.float32) for row in store.search_vectors() if row[1] == "article"
        }
        assert set(search_rows) == {a.id for a in articles}
        for article in articles:
            np.testing.assert_array_equal(search_rows[article.id], story_vectors[article.id][1])
        # The same vectors as embedding the text again: the story encoder is the search encoder.
        fresh = original(index.encoder, [embedding_text(articles[0].title, articles[0].text)])[0]
        np.testing.assert_allclose(search_rows[articles[0].id], fresh, atol=1e-5)


def _protocol_members() -> set[str]:
    from rashomon.store.base import StoreProtocol

    return {
        name
        for klass in StoreProtocol.__mro__
        if klass.__module__ == "rashomon.store.base"
        for name in [*vars(klass), *getattr(klass, "__annotations__", {})]
        if not name.startswith("_")
    }


def test_every_backend_implements_the_whole_protocol_and_nothing_else_public():
    from rashomon.store.postgres import PostgresStore
    from rashomon.store.sqlite import SQLiteStore

    members = _protocol_members()
    for backend in (SQLiteStore, PostgresStore):
        public = {
            name for name in dir(backend) if not name.startswith("_") and name not in ("conn", "db", "path", "url")
        }
        assert members - public == set(), f"{backend.__name__} lacks {sorted(members - public)}"
        assert public - members == set(), (
            f"{backend.__name__} has methods the protocol does not list: {sorted(public - members)};"
            " declare them in StoreProtocol (rashomon/store/base.py)"
        )


def test_nothing_outside_the_store_calls_more_than_the_protocol():
    import re
    from pathlib import Path

    import rashomon

    package = Path(rashomon.__file__).parent
    call = re.compile(r"(?<!rashomon\.)\bstore(?:_of\([^)]*\))?\.([a-z_]+)")
    used = {
        (name, str(path.relative_to(package)))
        for path in package.rglob("*.py")
        if "store" not in path.relative_to(package).parts[:1]
        for name in call.findall(path.read_text(encoding="utf-8"))
    }
    unknown = sorted((name, where) for name, where in used if name not in _protocol_members())
    assert unknown == [], (
        f"store methods used outside rashomon/store but missing from StoreProtocol (rashomon/store/base.py): {unknown}"
    )


def test_search_entries_replace_an_articles_earlier_ones_and_tolerate_a_span_quoted_twice(tmp_db):
    import numpy as np

    with open_store(tmp_db) as store:
        [article] = _stored(store, 1)
        vector = np.ones(384, dtype=np.float32) / np.sqrt(384)
        quote = (f"{article}:0-6", "Report", None)
        for _ in range(2):  # indexing again replaces
            store.save_search_entries(
                article,
                [("article", article, vector), ("quote", quote[0], vector), ("quote", quote[0], vector)],
                [quote, quote],
            )
        rows = [row[1:3] for row in store.search_vectors()]
        assert sorted(rows) == [("article", article), ("quote", quote[0])]
        assert [row[0] for row in store.search_quote_text("report", 10)] == [quote[0]]


def test_executemany_writes_what_one_statement_per_row_would_in_order(tmp_db):
    """On PostgreSQL an INSERT's rows go as multi-row statements: a key given twice is updated to its last row
    (DO UPDATE) or kept as first given (DO NOTHING), and the rows keep their order past one statement's size."""
    upsert = ("INSERT INTO entities (id, type, names, aliases) VALUES (?, ?, ?, ?)"
              " ON CONFLICT (id) DO UPDATE SET type = excluded.type, aliases = excluded.aliases")
    with open_store(tmp_db) as store:
        with store.transaction() as tx:
            rows = [("e_a", "PER", "{}", "[]"), ("e_b", "ORG", "{}", "[]"), ("e_a", "LOC", "{}", '["x"]')]
            tx.executemany(upsert, rows)
            tx.executemany(upsert, [("e_b", "EVT", "{}", "[]")])
            items = [("search", f"a{i}") for i in range(2500)] + [("search", "a0"), ("search", "late")]
            tx.executemany("INSERT INTO work_queue (queue, item) VALUES (?, ?) ON CONFLICT DO NOTHING", items)
        rows = [tuple(r) for r in store.db.execute("SELECT id, type, aliases FROM entities ORDER BY rowid")]
        assert rows == [("e_a", "LOC", '["x"]'), ("e_b", "EVT", "[]")]
        assert store.pending("search") == 2501
        queued = [r[0] for r in store.db.execute("SELECT item FROM work_queue WHERE queue = 'search' ORDER BY seq")]
        assert queued == [f"a{i}" for i in range(2500)] + ["late"]


def test_concurrent_postgres_indexers_commit_search_rows_in_seq_order(postgres_databases):
    """A reader that takes rows after the highest seq it saw skips none: a second indexer's rows wait for the
    first indexer's transaction, so they cannot commit first with higher numbers."""
    import threading

    import numpy as np

    url = postgres_databases.create()
    vector = np.ones(384, dtype=np.float32)
    with open_store(url) as store:
        first, second = _stored(store, 2)
    second_done = threading.Event()

    def index_second():
        with open_store(url) as own:
            own.save_search_entries(second, [("article", second, vector)], [])
        second_done.set()

    with open_store(url) as store:
        with store.transaction():
            store.save_search_entries(first, [("article", first, vector)], [])
            thread = threading.Thread(target=index_second)
            thread.start()
            assert not second_done.wait(1.0)  # waits for the first indexer's commit
        thread.join(timeout=30)
        assert second_done.is_set()
        assert [row[2] for row in store.search_vectors()] == [first, second]  # numbered in commit order
