"""The SQLite article store: round trips, filters, deletion with copies, full-text search, source counting."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from rashomon.errors import NotFoundError, StoreError, UsageError
from rashomon.ingest.dedup import article_id, content_hash
from rashomon.model import Article, Document
from rashomon.store import open_store


def _article(text: str, source: str | None = None, **fields) -> tuple[Article, Document]:
    path = fields.pop("path", f"{source or 'unknown'}.txt")
    article = Article(
        id=article_id(source, text), path=path, text=text, language=fields.pop("language", "en"),
        source=source, content_hash=content_hash(text), **fields,
    )
    return article, Document(path=path, raw=text.encode("utf-8"), text=text, source=source)


@pytest.fixture
def store(tmp_db):
    with open_store(tmp_db) as opened:
        yield opened


def test_article_and_raw_document_round_trip(store):
    published = datetime(2025, 10, 22, 14, 5, tzinfo=timezone(timedelta(hours=3)))
    article, _ = _article("Рубіо не зустрінеться з Лавровим.", "pravda.com.ua", language="uk", title="Зустріч скасовано",
                          published=published, url="https://www.pravda.com.ua/news/1", locator="row 7")
    html = "<html><body><p>Рубіо не зустрінеться з Лавровим.</p></body></html>"
    document = Document(path="feed.xml", raw=html.encode("cp1251"), html=html, title="Заголовок", language="uk",
                        published=published, source="pravda.com.ua", locator="row 7")
    store.add_article(article, document, signature=b"\x01" * 512)

    stored = store.get_article(article.id)
    assert stored.text == article.text and stored.title == "Зустріч скасовано"
    assert stored.published == published and stored.ingested_at is not None
    assert stored.language == "uk" and stored.locator == "row 7"

    raw = store.raw_document(article.id)
    assert raw.raw == html.encode("cp1251")  # bytes as read, not re-encoded
    assert raw.html == html and raw.text is None
    assert (raw.title, raw.language, raw.published, raw.source, raw.locator) == (
        "Заголовок", "uk", published, "pravda.com.ua", "row 7")
    assert list(store.minhash_signatures()) == [(article.id, b"\x01" * 512)]


def test_missing_article_is_not_found(store):
    with pytest.raises(NotFoundError, match="a_000000000000"):
        store.get_article("a_000000000000")
    with pytest.raises(NotFoundError):
        store.raw_document("a_000000000000")


def test_articles_filters_and_order(store):
    old = datetime(2025, 1, 1)
    new = datetime(2025, 10, 22)
    for text, source, language, published in (
        ("First English report.", "bbc.com", "en", old),
        ("Друге повідомлення.", "pravda.com.ua", "uk", new),
        ("Third English report.", "cnn.com", "en", new),
    ):
        store.add_article(*_article(text, source, language=language, published=published))
    assert [a.text for a in store.articles()] == ["First English report.", "Друге повідомлення.", "Third English report."]
    assert [a.source for a in store.articles(language="EN")] == ["bbc.com", "cnn.com"]
    assert [a.language for a in store.articles(source="pravda.com.ua")] == ["uk"]
    assert len(list(store.articles(limit=2))) == 2
    assert [a.source for a in store.articles(since=datetime(2025, 6, 1))] == ["pravda.com.ua", "cnn.com"]
    with pytest.raises(UsageError):
        list(store.articles(limit=-1))


def test_deleting_an_original_promotes_its_oldest_copy(store):
    original, document = _article("The original report.", "reuters.com")
    store.add_article(original, document)
    copies = []
    for source in ("a.example", "b.example"):
        copy, copy_document = _article("The original report.", source, duplicate_of=original.id)
        store.add_article(copy, copy_document)
        copies.append(copy.id)

    assert store.delete_articles([original.id]) == 1
    heir, other = (store.get_article(i) for i in copies)
    assert heir.duplicate_of is None
    assert other.duplicate_of == heir.id
    assert store.raw_document(heir.id).text == "The original report."
    with pytest.raises(NotFoundError):
        store.raw_document(original.id)


def test_delete_unknown_id_deletes_nothing(store):
    article, document = _article("Kept.", "x.example")
    store.add_article(article, document)
    with pytest.raises(NotFoundError, match="a_missing"):
        store.delete_articles([article.id, "a_missing"])
    assert store.count_articles() == 1


def test_delete_by_source_and_date(store):
    store.add_article(*_article("Old news.", "x.example", published=datetime(2024, 5, 1)))
    store.add_article(*_article("New news.", "x.example", published=datetime(2025, 5, 1)))
    store.add_article(*_article("Other news.", "y.example", published=datetime(2025, 5, 1)))
    assert store.delete_before(datetime(2025, 1, 1)) == 1
    assert store.delete_source("x.example") == 1
    assert [a.text for a in store.articles()] == ["Other news."]
    with pytest.raises(NotFoundError, match="nobody"):
        store.delete_source("nobody")


def test_full_text_search_is_literal_and_ignores_case_and_diacritics(store):
    store.add_article(*_article("Rubio and Lavrov did not meet in Budapest.", "a.example", title="Summit off"))
    store.add_article(*_article("Зустріч Рубіо з Лавровим не відбулася.", "b.example", language="uk"))
    store.add_article(*_article("Talks moved from Zürich to Kyïv, said O'Neil.", "c.example"))
    assert [a.source for a in store.search_text("budapest RUBIO")] == ["a.example"]
    assert [a.source for a in store.search_text("zurich KYIV")] == ["c.example"]
    assert [a.source for a in store.search_text("o'neil")] == ["c.example"]
    assert store.search_text("Rubio Kyiv") == []  # every word must be there
    assert [a.source for a in store.search_text("Rubio AND Lavrov")] == ["a.example"]  # "and" is a word here
    assert [a.source for a in store.search_text("рубіо")] == ["b.example"]
    assert [a.source for a in store.search_text("summit")] == ["a.example"]  # titles are indexed too
    # FTS5 syntax in user input is searched for literally instead of raising.
    for hostile in ('"', "AND", "title:Rubio OR", "NEAR(", "*", "Rubio\"; DROP TABLE articles; --"):
        store.search_text(hostile)
    assert store.search_text("   ") == []


def test_search_index_follows_updates_and_deletes(store):
    article, document = _article("Talks in Budapest.", "a.example")
    store.add_article(article, document)
    article.text = "Talks in Vienna."
    store.update_article(article)
    assert store.search_text("Budapest") == []
    assert [a.id for a in store.search_text("Vienna")] == [article.id]
    store.delete_articles([article.id])
    assert store.search_text("Vienna") == []


def test_count_independent_sources(store):
    original, document = _article("Syndicated wire story.", "apnews.com")
    store.add_article(original, document)
    copy, copy_document = _article("Syndicated wire story.", "local.example", duplicate_of=original.id)
    store.add_article(copy, copy_document)
    second, second_document = _article("Another AP story.", "apnews.com")
    store.add_article(second, second_document)
    unknown_a, doc_a = _article("Unknown source one.", None, path="a.txt")
    unknown_b, doc_b = _article("Unknown source two.", None, path="b.txt")
    store.add_article(unknown_a, doc_a)
    store.add_article(unknown_b, doc_b)

    assert store.count_independent_sources([original.id, copy.id]) == 1  # a copy adds nothing
    assert store.count_independent_sources([original.id, second.id]) == 1  # one outlet, two articles
    assert store.count_independent_sources([unknown_a.id, unknown_b.id]) == 2  # unknown sources are independent
    assert store.count_independent_sources([copy.id, unknown_a.id, unknown_b.id]) == 3
    with pytest.raises(NotFoundError):
        store.count_independent_sources(["a_nothere"])


def test_migrations_are_recorded_and_a_newer_schema_is_refused(tmp_db):
    with open_store(tmp_db):
        pass
    with open_store(tmp_db) as reopened:  # re-opening applies nothing twice
        versions = [r[0] for r in reopened.db.execute("SELECT version FROM schema_migrations")]
        assert versions == sorted(set(versions)) and 1 in versions
    with open_store(tmp_db) as store, store.transaction() as tx:
        tx.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (9999, "9999_future.sql"))
    with pytest.raises(StoreError, match="newer Rashomon"):
        open_store(tmp_db)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not SQLite " * 100)
    with pytest.raises(StoreError, match="notes.db"):
        open_store(bogus)


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path):
    store = open_store(tmp_path / "wal.db")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
