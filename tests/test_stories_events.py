"""Stories are events: one event across languages is one story; the same kind of event elsewhere or
later is another; the same input gives the same stories whatever the batches, a crash, or restory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import rashomon
from rashomon.ingest.faults import ABORT_ENV, ABORT_EXIT_STATUS
from rashomon.stories import restory
from rashomon.stories.clustering import PLACES, PLACES_READ, place_key

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
SEED_EN, SEED_UK = "000_8a69b7fe4b9a2177.txt", "003_d5bce7bdcdc84413.txt"
# (file, publication time): the seeds' event, the same people elsewhere, a flood, a strike in two languages,
# and another strike of the same airline in another country a fortnight later.
STREAM = [
    ("seeds/" + SEED_EN, "2025-10-22T09:00:00"),
    ("rubio_wang_kuala_lumpur.txt", "2025-10-22T11:00:00"),
    ("strike_ryanair_belgium_en.txt", "2018-07-25T10:00:00"),
    ("flood_valencia.txt", "2025-10-22T12:00:00"),
    ("seeds/" + SEED_UK, "2025-10-21T18:00:00"),
    ("strike_ryanair_germany_pilots_en.txt", "2018-08-10T09:00:00"),
    ("strike_ryanair_belgium_pl.txt", "2018-07-25T16:00:00"),
    ("rubio_lavrov_call_fr.txt", "2025-10-22T15:00:00"),
]


def write_stream(seeds_dir: Path, path: Path, stream=STREAM) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for name, published in stream:
            file = seeds_dir / name.removeprefix("seeds/") if name.startswith("seeds/") else FIXTURES / name
            title, _, text = file.read_text(encoding="utf-8").partition("\n")
            handle.write(json.dumps({"title": title, "text": text, "published": published, "name": name}) + "\n")
    return path


def partition(db: Path) -> dict[str, frozenset[str]]:
    """Story ID -> the names (file names) of its articles."""
    with rashomon.open(db) as ws:
        name_of = {a.id: STREAM[int(a.locator) - 1][0] for a in ws.articles()}
        return {s.id: frozenset(name_of[a] for a in s.article_ids) for s in ws.store.stories()}


def copy_of(db: Path, copy: Path) -> Path:
    with rashomon.open(db) as ws:
        ws.store.db.execute("VACUUM INTO ?", (str(copy),))
    return copy


def story_of(stories: dict[str, frozenset[str]], name: str) -> str:
    return next(story_id for story_id, names in stories.items() if name in names)


@pytest.fixture(scope="module")
def stream_file(seeds_dir, tmp_path_factory) -> Path:
    return write_stream(seeds_dir, tmp_path_factory.mktemp("events") / "stream.jsonl")


@pytest.fixture(scope="module")
def one_batch(stream_file, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("one-batch") / "news.db"
    with rashomon.open(db) as ws:
        ws.ingest([str(stream_file)], batch_size=100)
    return db


def test_each_event_is_one_story_and_the_same_kind_of_event_elsewhere_is_another(one_batch):
    stories = partition(one_batch)
    seeds = story_of(stories, "seeds/" + SEED_EN)
    assert stories[seeds] == {"seeds/" + SEED_EN, "seeds/" + SEED_UK, "rubio_lavrov_call_fr.txt"}
    belgium = story_of(stories, "strike_ryanair_belgium_en.txt")
    assert stories[belgium] == {"strike_ryanair_belgium_en.txt", "strike_ryanair_belgium_pl.txt"}
    germany = "strike_ryanair_germany_pilots_en.txt"
    assert stories[story_of(stories, germany)] == {germany}
    assert len(stories) == 5


@pytest.mark.parametrize(
    "report, published",
    [
        ("strike_ryanair_belgium_en.txt", "2018-08-22T10:00:00"),
        ("strike_ryanair_belgium_en.txt", "2019-07-25T10:00:00"),
        # German pilots vs Belgian, Spanish and Portuguese cabin crew the same week: 0.81 by content alone, but
        # each lead names countries the other report never names (rashomon.stories.places).
        ("strike_ryanair_germany_pilots_en.txt", "2018-07-26T08:00:00"),
    ],
    ids=["weeks-later", "a-year-later", "another-country-that-week"],
)
def test_the_same_strike_weeks_or_a_year_later_or_elsewhere_opens_a_new_story(one_batch, tmp_path, report, published):
    db = copy_of(one_batch, tmp_path / "news.db")
    again = tmp_path / "later.jsonl"
    text = (FIXTURES / report).read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    later = {"title": title, "text": body + "\nAnother walkout.", "published": published}
    again.write_text(json.dumps(later) + "\n", encoding="utf-8")
    with rashomon.open(db) as ws:
        before = {s.id for s in ws.store.stories()}
        result = ws.ingest([str(again)])
        article = ws.article((result.stored + result.duplicates)[0])
        assert article.story_id not in before


def test_another_report_of_the_strike_in_the_same_country_that_week_joins_its_story(one_batch, tmp_path):
    """Its lead names a city (Brussels) where the story's name the country (Belgium): the same place."""
    db = copy_of(one_batch, tmp_path / "news.db")
    title, _, body = (FIXTURES / "strike_ryanair_belgium_de.txt").read_text(encoding="utf-8").partition("\n")
    report = tmp_path / "same-country.jsonl"
    report.write_text(json.dumps({"title": title, "text": body, "published": "2018-07-26T08:00:00"}) + "\n",
                      encoding="utf-8")
    with rashomon.open(db) as ws:
        belgium = story_of(partition(db), "strike_ryanair_belgium_en.txt")
        article = ws.article(ws.ingest([str(report)]).stored[0])
        assert article.story_id == belgium


def test_restory_gives_keys_cached_before_places_counted_their_places(one_batch, tmp_path):
    db = copy_of(one_batch, tmp_path / "news.db")
    with rashomon.open(db) as ws:
        for article_id, (content_hash, vector, keys) in ws.store.article_vectors().items():
            ws.store.save_article_vector(article_id, content_hash, vector, keys[keys >> 30 != PLACES])
        restory(ws.store)
        keys = {a: k for a, (_, _, k) in ws.store.article_vectors().items()}
        germany = next(a.id for a in ws.articles() if "germany" in STREAM[int(a.locator) - 1][0])
    assert all(PLACES_READ in k for k in keys.values())
    assert place_key("DE", in_lead=True) in keys[germany]
    assert partition(db) == partition(one_batch)


def test_undated_reports_are_placed_by_the_dates_in_their_text(one_batch, tmp_path):
    db = copy_of(one_batch, tmp_path / "news.db")
    title, _, body = (FIXTURES / "strike_ryanair_belgium_pl.txt").read_text(encoding="utf-8").partition("\n")
    undated = tmp_path / "undated.jsonl"
    days = ("26 lipca 2018", "26 lipca 2019")
    lines = [json.dumps({"title": title, "text": f"Bruksela, {day}. {body}"}) for day in days]
    undated.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with rashomon.open(db) as ws:
        belgium = story_of(partition(db), "strike_ryanair_belgium_en.txt")
        ws.ingest([str(undated)])
        that_week, a_year_later = sorted((a for a in ws.articles() if a.path == str(undated)), key=lambda a: a.locator)
        assert that_week.published_estimated and that_week.published.date().isoformat() == "2018-07-26"
        assert that_week.story_id == belgium
        assert a_year_later.published.year == 2019 and a_year_later.story_id != belgium


def test_same_input_gives_the_same_stories_whatever_the_batches_and_after_restory(stream_file, one_batch, tmp_path):
    expected = partition(one_batch)
    db = tmp_path / "single.db"
    with rashomon.open(db) as ws:
        ws.ingest([str(stream_file)], batch_size=1)
    assert partition(db) == expected
    with rashomon.open(db) as ws:
        restory(ws.store)
    assert partition(db) == expected


def test_a_killed_and_resumed_run_gives_the_same_stories(stream_file, one_batch, tmp_path):
    db = tmp_path / "resumed.db"
    command = [sys.executable, "-m", "rashomon", "ingest", "--db", str(db), "--batch-size", "3", "--workers", "1",
               str(stream_file)]
    crashed = subprocess.run(command, env={**os.environ, ABORT_ENV: "1"}, capture_output=True, text=True, timeout=300)
    assert crashed.returncode == ABORT_EXIT_STATUS, crashed.stderr
    env = {k: v for k, v in os.environ.items() if k != ABORT_ENV}
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert partition(db) == partition(one_batch)
