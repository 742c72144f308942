"""The ingest pipeline on real inputs: seeds, idempotence, copies, metadata, bad items, crash safety, re-processing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import rashomon
from rashomon.errors import NotFoundError, UsageError
from rashomon.ingest.faults import ABORT_ENV, ABORT_EXIT_STATUS

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
# Only what this suite is about: no sentence splitting, entities or stories.
FAST = {"stages": ("language",), "stories": False}


def _paragraph_articles(seeds_dir: Path, folder: Path, count: int) -> list[Path]:
    """``count`` short real articles: paragraphs of the Ukrainian seed, one per file."""
    text = (seeds_dir / "003_d5bce7bdcdc84413.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 120][:count]
    assert len(paragraphs) == count
    folder.mkdir()
    paths = []
    for number, paragraph in enumerate(paragraphs):
        path = folder / f"{number:02}.txt"
        path.write_text(paragraph + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_seeds_become_one_english_and_one_ukrainian_article_without_the_appeal(seeds_dir, tmp_db):
    with rashomon.open(tmp_db) as ws:
        result = ws.ingest([str(seeds_dir)], published="2025-10-22", **FAST)
        assert len(result.stored) == 2 and not result.failures and not result.duplicates
        by_language = {a.language: a for a in ws.articles()}
        assert set(by_language) == {"en", "uk"}
        english = by_language["en"].text
        assert english.endswith("must be “not rushed.”")
        for appeal in ("Moscow Times", "support us", "Remind me later", "foreign agent"):
            assert appeal not in english
        assert by_language["uk"].text.endswith("потребують ретельної підготовки.")
        assert all(a.published == datetime(2025, 10, 22) for a in by_language.values())
        assert all(a.path.startswith(str(seeds_dir)) for a in by_language.values())
        assert ws.store.count_independent_sources([a.id for a in by_language.values()]) == 2

        again = ws.ingest([str(seeds_dir)], published="2025-10-22", **FAST)
        assert (again.stored, again.duplicates, again.unchanged) == ([], [], result.stored)
        assert ws.store.count_articles() == 2


def test_near_copy_from_another_source_is_stored_linked_and_counted_once(seeds_dir, tmp_db, tmp_path):
    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(seeds_dir)], **FAST)
        english = next(ws.articles(language="en"))
        ukrainian = next(ws.articles(language="uk"))
        assert english.duplicate_of is None and ukrainian.duplicate_of is None  # different texts are not copies

    # A syndicated copy: own headline, one sentence reworded, last paragraph cut.
    body = english.text.replace("Russia’s Foreign Ministry said Tuesday", "Russia’s foreign ministry said on Tuesday")
    copy = tmp_path / "syndicated.txt"
    copy.write_text("Rubio–Lavrov meeting was never scheduled, Moscow says\n\n" + body.rsplit("\n", 1)[0], encoding="utf-8")
    with rashomon.open(tmp_db) as ws:  # a new run: the near-duplicate index comes from the store
        result = ws.ingest([str(copy)], source="syndicator.example", **FAST)
        assert result.stored == [] and len(result.duplicates) == 1
        stored_copy = ws.article(result.duplicates[0])
        assert stored_copy.duplicate_of == english.id
        assert stored_copy.source == "syndicator.example"
        assert ws.store.count_independent_sources([english.id, ukrainian.id, stored_copy.id]) == 2

        # The very same text from yet another source is an exact copy: linked to the original too.
        exact = ws.ingest([str(copy)], source="another.example", **FAST)
        assert ws.article(exact.duplicates[0]).duplicate_of == english.id
        # ...while the same input from the same source again adds nothing.
        assert ws.ingest([str(copy)], source="another.example", **FAST).unchanged == exact.duplicates


def test_metadata_source_language_hint_and_overrides(tmp_db, new_db):
    corpus = str(FIXTURES / "corpus.jsonl")
    with rashomon.open(tmp_db) as ws:
        result = ws.ingest(corpus, **FAST)
        assert len(result.stored) == 3
        first, second, third = (ws.article(i) for i in result.stored)
    assert first.source == "kyivindependent.com"  # the URL's host, without www.
    assert first.published == datetime(2025, 10, 22, 10, tzinfo=timezone(timedelta(hours=3)))
    assert first.path == corpus and first.locator
    assert second.source == "Reuters"  # publisher metadata wins over the host
    assert third.language == "ru" and third.language_confidence < 0.5  # detector unsure: the row's language

    with rashomon.open(new_db("other")) as ws:
        result = ws.ingest(corpus, source="Wire", language="DE-at", published="2024-01-02", **FAST)
        articles = [ws.article(i) for i in result.stored]
    assert {(a.source, a.published) for a in articles} == {("Wire", datetime(2024, 1, 2))}
    # The given language stands unless the detector is sure the text is in a far one (issue #10).
    assert [a.language for a in articles] == ["en", "en", "de"] and articles[2].language_confidence < 0.5


def test_bad_items_fail_one_by_one_and_good_ones_go_in(tmp_path, tmp_db):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "undecodable.txt").write_bytes(b"\xff\xfe" + "Hello".encode("utf-16-le") + b"\x00\xd8\x41")
    (folder / "oversized.txt").write_text("Big news today. " * 200, encoding="utf-8")
    (folder / "good.txt").write_text(
        "Ceasefire talks resume\n\nNegotiators met in Geneva on Monday. Both sides called the talks constructive.\n",
        encoding="utf-8")
    with rashomon.open(tmp_db) as ws:
        result = ws.ingest([str(folder)], max_bytes=2000, **FAST)
        assert len(result.stored) == 1
        reasons = {Path(f.path).name: f.reason for f in result.failures}
        assert set(reasons) == {"binary.txt", "empty.txt", "undecodable.txt", "oversized.txt"}
        assert "limit" in reasons["oversized.txt"]
        assert ws.article(result.stored[0]).title == "Ceasefire talks resume"


def test_option_errors_name_the_problem(tmp_db):
    with rashomon.open(tmp_db) as ws:
        with pytest.raises(UsageError, match="not-a-date"):
            ws.ingest("x", published="not-a-date")
        with pytest.raises(UsageError, match="english"):
            ws.ingest("x", language="english")
        with pytest.raises(UsageError, match="sentiment"):
            ws.ingest("x", stages=("language", "sentiment"))
        with pytest.raises(UsageError, match="txt_field"):
            ws.ingest("x", txt_field="body")
        with pytest.raises(UsageError, match="quick"):
            ws.ingest("x", extraction="quick")


def test_fast_extraction_keeps_the_report_and_drops_the_furniture(seeds_dir, tmp_path):
    # A page long enough for fast mode to trust its main extractor (no cascade fallback).
    report = (seeds_dir / "000_8a69b7fe4b9a2177.txt").read_text(encoding="utf-8").split("A Message from")[0]
    paragraphs = "".join(f"<p>{line}</p>" for line in report.splitlines() if line.strip())
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Moscow denies meeting was scheduled</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>Moscow denies meeting was scheduled</h1>{paragraphs}</article>"
        "<footer>© 2025 Example News. All rights reserved. <a href='/privacy'>Privacy</a></footer></body></html>",
        encoding="utf-8",
    )
    texts = {}
    for mode in ("cascade", "fast"):
        with rashomon.open(tmp_path / f"{mode}.db") as ws:
            texts[mode] = ws.article(ws.ingest([str(page)], extraction=mode, **FAST).stored[0]).text
    assert len(texts["fast"].split()) > 200
    assert texts["fast"].rstrip().endswith("“not rushed.”")
    assert "All rights reserved" not in texts["fast"] and "Sport" not in texts["fast"]
    assert texts["fast"] == texts["cascade"]


def test_killed_run_keeps_whole_articles_and_the_rerun_completes(seeds_dir, tmp_path, tmp_db):
    folder = tmp_path / "five"
    _paragraph_articles(seeds_dir, folder, 5)
    command = [sys.executable, "-m", "rashomon", "ingest", "--db", str(tmp_db), "--no-stories",
               "--stages", "language", "--batch-size", "1", str(folder)]
    crashed = subprocess.run(command, env={**os.environ, ABORT_ENV: "2"}, capture_output=True, text=True, timeout=120)
    assert crashed.returncode == ABORT_EXIT_STATUS, crashed.stderr

    with rashomon.open(tmp_db) as ws:
        assert ws.store.check() == []
        assert ws.store.count_articles() == 2
        # Each committed article is whole: raw input and signature went in with it.
        counts = ws.store.row_counts()
        assert (counts["article_raw"], counts["article_minhash"]) == (2, 2)
        assert [p.name for p in map(Path, (a.path for a in ws.articles()))] == ["00.txt", "01.txt"]

    env = {k: v for k, v in os.environ.items() if k != ABORT_ENV}
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "stored 3" in rerun.stderr and "unchanged 2" in rerun.stderr
    with rashomon.open(tmp_db) as ws:
        assert ws.store.count_articles() == 5


def test_reprocess_keeps_ids_copies_and_user_language(seeds_dir, tmp_db, tmp_path):
    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(seeds_dir)], **FAST)
        english = next(ws.articles(language="en"))
        copy = tmp_path / "copy.txt"
        copy.write_text(english.text, encoding="utf-8")
        copy_id = ws.ingest(str(copy), source="copier.example", language="fr", **FAST).duplicates[0]
        before = {a.id: a for a in ws.articles()}

        result = ws.reprocess("all", **FAST)
        assert sorted(result.reprocessed) == sorted(before) and not result.failures
        after = {a.id: a for a in ws.articles()}
        assert set(after) == set(before)
        for article_id, article in after.items():
            assert article.text == before[article_id].text
            assert article.ingested_at == before[article_id].ingested_at
        assert after[copy_id].duplicate_of == english.id
        # --lang fr did not stand against a confidently English text; what ingest decided is kept.
        assert before[copy_id].language == "en" and after[copy_id].language == "en"

        assert ws.reprocess("language", ids=[english.id]).reprocessed == [english.id]
        with pytest.raises(NotFoundError):
            ws.reprocess("language", ids=["a_nothere"])
        with pytest.raises(UsageError, match="sentiment"):
            ws.reprocess("sentiment")


def test_api_search_and_delete(seeds_dir, tmp_db):
    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(seeds_dir)], published="2025-10-22", **FAST)
        ukrainian = ws.search("Рубіо Лавровим", kind="article")[0]
        assert ukrainian.language == "uk"
        # By meaning across languages: English words find the Ukrainian report too.
        assert "uk" in {hit.language for hit in ws.search("Rubio and Lavrov meeting postponed", kind="article")}
        assert ws.search("Рубіо Лавровим", kind="article", language="en")[0].language == "en"
        english = ws.search("Ryabkov homework", kind="article")[0]
        assert english.language == "en"
        assert ws.delete(english.id) == 1
        with pytest.raises(NotFoundError):
            ws.article(english.id)
        with pytest.raises(UsageError):
            ws.delete([english.id], source="x")
        assert ws.delete(before="2026-01-01") == 1
        assert list(ws.articles()) == []


def test_a_failing_write_drops_only_that_article_from_its_batch(seeds_dir, tmp_path, tmp_db):
    folder = tmp_path / "batch"
    paths = _paragraph_articles(seeds_dir, folder, 4)
    with rashomon.open(tmp_db) as ws:
        store = ws.store
        add_article = store.add_article

        def add_failing_on_the_third(article, *args, **kwargs):
            add_article(article, *args, **kwargs)  # written, then undone by the savepoint
            if article.path == str(paths[2]):
                raise OSError("disk on fire")

        store.add_article = add_failing_on_the_third
        result = ws.ingest([str(folder)], batch_size=10, **FAST)
        assert len(result.stored) == 3
        assert [(Path(f.path).name, f.reason) for f in result.failures] == [("02.txt", "cannot store: OSError: disk on fire")]
        counts = store.row_counts()
        assert [counts[table] for table in ("articles", "article_raw", "article_minhash")] == [3, 3, 3]

        store.add_article = add_article
        assert len(ws.ingest([str(folder)], **FAST).stored) == 1  # the rerun completes


def test_copies_within_one_batch_are_linked(seeds_dir, tmp_path, tmp_db):
    text = (seeds_dir / "000_8a69b7fe4b9a2177.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "wire.jsonl"
    rows = [
        {"text": text, "source": "wire.example"},
        {"text": text.replace("Tuesday", "on Tuesday"), "source": "paper-a.example"},  # near copy
        {"text": text, "source": "paper-b.example"},  # exact copy
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with rashomon.open(tmp_db) as ws:
        result = ws.ingest(str(corpus), **FAST)
        assert len(result.stored) == 1 and len(result.duplicates) == 2
        assert {ws.article(i).duplicate_of for i in result.duplicates} == set(result.stored)
        assert ws.store.count_independent_sources(result.stored + result.duplicates) == 1


def test_workers_prepare_the_same_articles_in_the_same_order(seeds_dir, tmp_path):
    from rashomon.ingest.preparation import TextPreparer, prepare_all
    from rashomon.model import Document, SourceFailure

    paths = _paragraph_articles(seeds_dir, tmp_path / "many", 6)
    items: list = [Document(path=str(p), raw=p.read_bytes(), text=p.read_text(encoding="utf-8")) for p in paths]
    items.insert(3, SourceFailure("broken.txt", "binary content, not text"))
    items.append(Document(path="blank.txt", raw=b" ", text=" "))

    alone = list(prepare_all(items, TextPreparer(), workers=1))
    pooled = list(prepare_all(items, TextPreparer(), workers=2, warmup=2))
    assert [item for item, _ in pooled] == items
    for (_, expected), (_, got) in zip(alone, pooled):
        if expected is None or isinstance(expected, Exception):
            assert type(got) is type(expected)
        else:
            assert (got.text, got.language, got.signature) == (expected.text, expected.language, expected.signature)
    assert "no article text" in str(pooled[-1][1])
