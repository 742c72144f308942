"""Several writers on one store: four `rashomon ingest` processes at once lose nothing, duplicate nothing,
and every article gets its story; two search indexers then share the queue and index every article once."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

from rashomon.search import SearchIndex
from rashomon.store import open_store

WRITERS = 4
STORIES = Path(__file__).parent / "fixtures" / "stories"


def _inputs(seeds_dir: Path, folder: Path) -> tuple[list[Path], list[Path]]:
    """Five reports of three events (the same files for every writer) and, per writer, a copy of the flood
    report from an outlet of its own (a duplicate to link to whichever flood report is stored first)."""
    shared = sorted(seeds_dir.glob("*.txt")) + sorted(STORIES.glob("*.txt"))
    flood = (STORIES / "flood_valencia.txt").read_text(encoding="utf-8")
    copies = []
    for writer in range(WRITERS):
        copy = folder / f"copy{writer}.jsonl"
        copy.write_text(json.dumps({"text": flood, "source": f"copy{writer}.example"}) + "\n", encoding="utf-8")
        copies.append(copy)
    return shared, copies


def _ingest_command(db, inputs: list[Path]) -> list[str]:
    return [
        sys.executable,
        "-m",
        "rashomon",
        "ingest",
        "--db",
        str(db),
        "--published",
        "2025-10-22",
        "--batch-size",
        "1",
        "--workers",
        "1",
        *map(str, inputs),
    ]


def _partition(store) -> set[frozenset[str]]:
    return {frozenset(story.article_ids) for story in store.stories()}


def test_four_ingest_processes_at_once_lose_and_duplicate_nothing(seeds_dir, tmp_path, tmp_db, new_db):
    shared, copies = _inputs(seeds_dir, tmp_path)
    # Each writer takes the shared files in its own order (so they meet on the same articles) plus its copy.
    orders = [shared[w % len(shared) :] + shared[: w % len(shared)] + [copies[w]] for w in range(WRITERS)]
    writers = [
        subprocess.Popen(_ingest_command(tmp_db, order), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for order in orders
    ]
    for writer in writers:
        _, stderr = writer.communicate(timeout=600)
        assert writer.returncode == 0, stderr
        assert "failed 0" in stderr, stderr

    expected = len(shared) + WRITERS
    with open_store(tmp_db) as store:
        articles = list(store.articles())
        assert len(articles) == len({a.id for a in articles}) == expected
        counts = store.row_counts()
        for table in ("articles", "article_raw", "article_minhash", "story_article_vectors"):
            assert counts[table] == expected, (table, counts[table])
        assert all(a.story_id for a in articles), "every article has its story"
        originals = {a.id for a in articles if a.duplicate_of is None}
        assert all(a.duplicate_of in originals for a in articles if a.duplicate_of), "copies link to stored originals"
        flood = [a for a in articles if a.content_hash == articles_by_path(articles, "flood_valencia.txt").content_hash]
        assert len(flood) == 1 + WRITERS and sum(a.duplicate_of is None for a in flood) == 1
        concurrent = _partition(store)
        # Stories depend on the order articles arrive in (an article joins what is there before it): the writers'
        # interleaving is the order the store committed them in.
        committed = list(dict.fromkeys(Path(a.path) for a in articles))
        assert store.check() == []

    # The stories are those one process makes of the same input in the same order.
    sequential_db = new_db("sequential")
    done = subprocess.run(_ingest_command(sequential_db, committed), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with open_store(sequential_db) as store:
        assert concurrent == _partition(store)

    # Two indexers share the search queue: every article is indexed once.
    def index():
        with open_store(tmp_db) as own:
            SearchIndex().refresh(own, batch=2)

    indexers = [threading.Thread(target=index) for _ in range(2)]
    for indexer in indexers:
        indexer.start()
    for indexer in indexers:
        indexer.join(timeout=600)
    with open_store(tmp_db) as store:
        indexed = [row[2] for row in store.search_vectors() if row[1] == "article"]
        assert sorted(indexed) == sorted(a.id for a in articles)
        assert store.pending("search") == 0


def articles_by_path(articles, name: str):
    return next(a for a in articles if Path(a.path).name == name)
