"""The comparison tables: time expressions per article, statement vectors, cached comparisons."""

import hashlib
from datetime import datetime

import numpy as np

from rashomon.comparison.story import _signature
from rashomon.model import Article, Document, TimeExpression
from rashomon.store import open_store


def _article(store, article_id, text):
    article = Article(id=article_id, path=f"{article_id}.txt", text=text, language="en",
                      published=datetime(2025, 10, 22), content_hash=hashlib.sha1(text.encode()).hexdigest())
    store.add_article(article, Document(path=article.path, raw=text.encode(), text=text))
    return article


def test_times_round_trip_and_go_with_their_article(tmp_db):
    with open_store(tmp_db) as store:
        _article(store, "a1", "Ryabkov spoke on Tuesday.")
        times = [TimeExpression(15, 25, "on Tuesday", "2025-10-21", "day", -1)]
        store.save_times("a1", times)
        assert store.times("a1") == times and store.has_times("a1")
        store.save_times("a1", [])  # re-analysis replaces
        assert store.times("a1") == [] and not store.has_times("a1")
        store.save_times("a1", times)
        store.delete_articles(["a1"])
        assert store.times("a1") == []


def test_statement_vectors_round_trip(tmp_db):
    with open_store(tmp_db) as store:
        vectors = {f"k{i}": np.random.default_rng(i).random(384, dtype=np.float32) for i in range(600)}
        store.save_statement_vectors(vectors)
        found = store.statement_vectors(list(vectors) + ["missing"])
        assert set(found) == set(vectors)
        assert np.array_equal(found["k599"], vectors["k599"])


def test_cached_comparison_is_dropped_when_the_story_gains_an_article(tmp_db):
    with open_store(tmp_db) as store:
        first = _article(store, "a1", "One account.")
        second = _article(store, "a2", "Another account.")
        signature = _signature(store, [first], "en")
        store.save_comparison("s1", "en", signature, {"claims": []})
        assert store.cached_comparison("s1", "en", signature) == {"claims": []}
        grown = _signature(store, [first, second], "en")
        assert grown != signature
        assert store.cached_comparison("s1", "en", grown) is None
        assert _signature(store, [second, first], "en") == grown  # order does not matter


def test_background_refresh_compares_grown_stories_in_each_of_their_languages(seeds_dir, tmp_db):
    import rashomon
    from rashomon.interfaces.api.background import refresh_grown_stories

    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(seeds_dir)], published="2025-10-22")
        store = ws.store
        [story] = store.stories()
        assert store.pending("stories") == 1  # the story that grew, queued once however many articles it gained
        assert refresh_grown_stories(store) == 1
        cached = {row[0] for row in store.db.execute(
            "SELECT reader_language FROM story_comparisons WHERE story_id = ?", (story.id,))}
        assert cached == {"en", "uk"}
        # Nothing grew since: nothing to do.
        assert store.pending("stories") == 0
        assert refresh_grown_stories(store) == 0


def test_language_vector_sums_accumulate_per_language(tmp_db):
    from rashomon.comparison.encoder import Encoder

    store = open_store(tmp_db)
    assert store.language_vector_sums() == {}
    store.add_language_vectors({"en": (2, np.full(384, 0.5)), "uk": (1, np.ones(384))})
    store.add_language_vectors({"en": (1, np.ones(384))})
    sums = store.language_vector_sums()
    assert sums["en"][0] == 3 and np.allclose(sums["en"][1], 1.5)
    assert sums["uk"][0] == 1 and np.allclose(sums["uk"][1], 1.0)
    assert Encoder(store).language_sums().keys() == {"en", "uk"}
    store.close()
