"""Server-side pieces of the web app: evidence segmentation by code points, SVG charts, the store cache."""

from __future__ import annotations

import time

from rashomon.interfaces.api.queries import StoreCache
from rashomon.interfaces.web import claim_marks, segments
from rashomon.interfaces.web.plots import bar_chart, volume_chart
from rashomon.model import Claim, ClaimSide, Evidence


def test_segments_cut_at_code_points_and_keep_overlaps():
    text = "Ой 😀 Рубіо сказав: «ні». Lavrov said no."
    start = text.index("Рубіо")
    marks = [(start, start + 5, "a"), (start, text.index("»") + 1, "b"), (text.index("Lavrov"), len(text), "c")]
    pieces = segments(text, marks)
    assert "".join(p.text for p in pieces) == text
    by_text = {p.text: p.keys for p in pieces}
    assert by_text["Рубіо"] == ["a", "b"]
    assert by_text[" сказав: «ні»"] == ["b"]
    assert by_text["Lavrov said no."] == ["c"]
    assert by_text["Ой 😀 "] == []
    # Marks outside the text are ignored rather than breaking the page.
    assert "".join(p.text for p in segments(text, [(5, 999, "x")])) == text


def test_claim_marks_key_every_evidence_span_of_both_sides():
    evidence = [Evidence("en1", 0, 5, "Hello"), Evidence("uk1", 3, 9, "привіт")]
    claim = Claim(
        "c-1", "x", "contested",
        sides=[ClaimSide("a", evidence=[evidence[0]]), ClaimSide("b", evidence=[evidence[1]])],
    )
    marks, keys = claim_marks([claim])
    assert marks == {"en1": [(0, 5, "c0s0e0")], "uk1": [(3, 9, "c0s1e0")]}
    assert keys == {"c-1": "c0s0e0 c0s1e0"}


def test_charts_escape_labels_and_scale_bars():
    svg = bar_chart([("<script>x</script>", 4), ("Kyiv Post", 2)], "By source")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'width="320"' in svg and 'width="160"' in svg  # bars proportional to counts
    assert bar_chart([], "empty") == ""
    days = volume_chart([("2025-10-20", 1), ("2025-10-22", 3)], "Per day")
    assert days.count("<rect") == 2 and "2025-10-20" in days and "2025-10-22" in days


class _Store:
    def __init__(self):
        self.version = (1, 1)

    def articles_version(self):
        return self.version


def test_store_cache_recomputes_when_articles_change_or_entries_age():
    now = [0.0]
    cache = StoreCache(max_age=10, clock=lambda: now[0])
    store, calls = _Store(), []

    def compute():
        calls.append(1)
        return len(calls)

    assert cache.get(store, "k", compute) == 1
    assert cache.get(store, "k", compute) == 1
    store.version = (2, 2)
    assert cache.get(store, "k", compute) == 1  # stale, at once, while a thread computes the new value
    assert _settled(cache, store, compute) == 2
    now[0] = 11
    assert cache.get(store, "k", compute) == 2
    assert _settled(cache, store, compute) == 3
    assert len(calls) == 3


def _settled(cache, store, compute):
    """The value of "k" once no thread computes it any more."""
    for _ in range(1000):
        if not cache._computing:
            return cache.get(store, "k", compute)
        time.sleep(0.01)
    raise AssertionError("the refresh never ended")


def test_store_cache_computes_a_key_once_under_concurrent_requests_and_serves_the_old_value_meanwhile():
    import threading

    store, started, release, calls = _Store(), threading.Event(), threading.Event(), []

    def slow():
        calls.append(1)
        started.set()
        release.wait(10)
        return len(calls)

    cache = StoreCache(max_age=10)
    results = []
    first = [threading.Thread(target=lambda: results.append(cache.get(store, "k", slow))) for _ in range(4)]
    for thread in first:
        thread.start()
    started.wait(10)
    release.set()
    for thread in first:
        thread.join()
    assert results == [1, 1, 1, 1] and len(calls) == 1  # the others waited for the one computing it

    store.version = (2, 2)
    started.clear()
    release.clear()
    assert cache.get(store, "k", slow) == 1  # at once: the old value while a thread computes the new one
    started.wait(10)
    assert cache.get(store, "k", slow) == 1 and len(calls) == 2  # still the old one, and no second computation
    release.set()
    assert _settled(cache, store, slow) == 2 and len(calls) == 2


def test_an_entity_is_named_in_the_readers_language_else_as_most_languages_of_its_script_name_it():
    from rashomon.interfaces.api.queries import entity_name
    from rashomon.model import Entity

    names = {"bg": "Тереза Мей", "cs": "Theresy Mayové", "pl": "Theresa May", "sl": "Theresa May"}
    may = Entity("e_tereza-mey", "PER", names)
    assert entity_name(may, "bg") == "Тереза Мей"
    assert entity_name(may, "uk") == "Тереза Мей"  # no Ukrainian name: a Cyrillic one
    # No English name: the one Polish and Slovene agree on, not the Czech genitive that sorts first.
    assert entity_name(may, "en") == entity_name(may, "de") == "Theresa May"
    assert entity_name(Entity("e_x", "ORG", {"en": "European Union", "cs": "Evropská unie"}), "de") == "European Union"
