"""Stories through the real pipeline: the seeds form one story; corrections survive restory; IDs stay stable."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import rashomon
from rashomon.errors import NotFoundError, UsageError
from rashomon.interfaces.cli import main
from rashomon.stories.clustering import ClusteringOptions

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
SEED_EN, SEED_UK = "000_8a69b7fe4b9a2177.txt", "003_d5bce7bdcdc84413.txt"


@pytest.fixture(scope="module")
def built_db(tmp_path_factory, seeds_dir) -> Path:
    """Seeds, a French report of the same event, same people at another event, an unrelated flood."""
    path = tmp_path_factory.mktemp("stories") / "news.db"
    with rashomon.open(path) as ws:
        ws.ingest([str(seeds_dir / SEED_EN)], published="2025-10-22T09:00")
        ws.ingest([str(FIXTURES / "rubio_wang_kuala_lumpur.txt")], published="2025-10-22T11:00")
        ws.ingest([str(FIXTURES / "flood_valencia.txt")], published="2025-10-22T12:00")
        # Arrives last but was published first: it must still find its story.
        ws.ingest([str(seeds_dir / SEED_UK)], published="2025-10-21T18:00")
        ws.ingest([str(FIXTURES / "rubio_lavrov_call_fr.txt")], published="2025-10-22T15:00")
    return path


@pytest.fixture
def db(built_db, tmp_path) -> Path:
    """A private copy of the built database, for tests that change it."""
    copy = tmp_path / "news.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{built_db}{suffix}").exists():
            shutil.copy(f"{built_db}{suffix}", f"{copy}{suffix}")
    return copy


def article_id(store, path_end: str) -> str:
    return next(a.id for a in store.articles() if a.path.endswith(path_end))


def run(*args) -> list[dict]:
    result = CliRunner().invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_seeds_and_french_report_form_one_story_with_all_languages(built_db):
    with rashomon.open(built_db) as ws:
        store = ws.store
        story = store.get_story(store.get_article(article_id(store, SEED_EN)).story_id)
        assert set(story.languages) == {"en", "uk", "fr"}
        assert article_id(store, SEED_UK) in story.article_ids
        assert story.independent_sources == 3
        assert story.first_seen.isoformat().startswith("2025-10-21T18:00")  # the late Ukrainian report
        assert set(story.headlines) == {"en", "uk", "fr"}


def test_same_people_at_another_event_and_unrelated_news_open_their_own_stories(built_db):
    with rashomon.open(built_db) as ws:
        store = ws.store
        story_of = {name: store.get_article(article_id(store, name)).story_id
                    for name in (SEED_EN, "rubio_wang_kuala_lumpur.txt", "flood_valencia.txt")}
        assert len(set(story_of.values())) == 3
        assert len(store.stories()) == 3


def test_stories_cli_json_lists_every_story_with_its_fields(built_db):
    stories = run("stories", "--db", str(built_db))
    assert len(stories) == 3
    for story in stories:
        assert {"id", "headlines", "languages", "sources", "article_ids", "first_seen", "last_seen",
                "independent_sources", "article_count", "top_entities", "coherence"} <= set(story)
        assert 0.0 <= story["coherence"] <= 1.0
        assert story["id"].startswith("s_") and story["article_count"] == len(story["article_ids"])
    assert [s["id"] for s in run("stories", "--db", str(built_db), "--lang", "uk")] == [
        s["id"] for s in stories if "uk" in s["languages"]]
    assert len(run("stories", "--db", str(built_db), "--limit", "1")) == 1


def test_coherence_is_high_for_one_event_and_falls_when_a_person_merges_another_in(db):
    listed = {s["id"]: s for s in run("stories", "--db", str(db))}
    seeds = next(s for s in listed.values() if "uk" in s["languages"])
    flood = next(s for s in listed.values() if "Valencia" in s["headlines"].get("en", ""))
    assert seeds["coherence"] >= 0.8 and flood["coherence"] == 1.0  # one article: nothing to disagree with
    run("story", "merge", seeds["id"], flood["id"], "--db", str(db))
    [merged] = [s for s in run("stories", "--db", str(db)) if s["id"] == seeds["id"]]
    assert merged["article_count"] == seeds["article_count"] + 1
    assert merged["coherence"] < seeds["coherence"] - 0.3, (seeds["coherence"], merged["coherence"])


def test_similarity_separates_the_same_event_from_same_people_elsewhere(seeds_dir):
    en = (seeds_dir / SEED_EN).read_text(encoding="utf-8")
    uk = (seeds_dir / SEED_UK).read_text(encoding="utf-8")
    other_event = (FIXTURES / "rubio_wang_kuala_lumpur.txt").read_text(encoding="utf-8")
    flood = (FIXTURES / "flood_valencia.txt").read_text(encoding="utf-8")
    same = rashomon.similarity(en, uk)
    joins_at = ClusteringOptions().threshold  # the probability at which an article joins a story
    assert same > joins_at > rashomon.similarity(en, other_event) > rashomon.similarity(en, flood)
    with pytest.raises(UsageError):
        rashomon.similarity(en, "   ")


def test_merge_keeps_the_first_id_and_the_merged_id_resolves_forever(db):
    stories = {s["languages"][0]: s["id"] for s in run("stories", "--db", str(db)) if len(s["languages"]) == 1}
    survivor = next(s["id"] for s in run("stories", "--db", str(db)) if "uk" in s["languages"])
    absorbed = next(iter(stories.values()))
    merged = run("story", "merge", survivor, absorbed, "--db", str(db))[0]
    assert merged["id"] == survivor
    assert run("story", absorbed, "--db", str(db))[0]["id"] == survivor
    assert len(run("stories", "--db", str(db))) == 2
    # Rebuilding with other settings keeps the person's merge and the IDs.
    run("restory", "--db", str(db), "--threshold", "0.6")
    assert run("story", absorbed, "--db", str(db))[0]["id"] == survivor
    assert len(run("stories", "--db", str(db))) == 2


def test_split_and_move_survive_restory(db):
    with rashomon.open(db) as ws:
        store = ws.store
        french = article_id(store, "rubio_lavrov_call_fr.txt")
        flood = article_id(store, "flood_valencia.txt")
        seeds_story = store.get_article(article_id(store, SEED_EN)).story_id
        flood_story = store.get_article(flood).story_id
    split = run("story", "split", seeds_story, french, "--db", str(db))[0]
    assert split["article_ids"] == [french] and split["id"] != seeds_story
    moved = run("story", "move", flood, seeds_story, "--db", str(db))[0]
    assert flood in moved["article_ids"]
    run("restory", "--db", str(db), "--window-days", "3")
    with rashomon.open(db) as ws:
        store = ws.store
        assert store.get_article(french).story_id == split["id"]
        assert store.get_article(flood).story_id == seeds_story
        assert set(store.get_story(seeds_story).languages) == {"en", "uk"}
        assert store.resolve_story_id(flood_story) in {s.id for s in store.stories()} | {flood_story}


def test_new_article_after_restart_uses_the_persisted_index(db, seeds_dir, tmp_path):
    # A fresh process state (new Workspace) must rebuild the index from the store, not start empty.
    copy = tmp_path / "again.txt"
    copy.write_text((FIXTURES / "rubio_lavrov_call_fr.txt").read_text(encoding="utf-8") + "\nMise à jour.", encoding="utf-8")
    with rashomon.open(db) as ws:
        seeds_story = ws.store.get_article(article_id(ws.store, SEED_EN)).story_id
        ws.ingest([str(copy)], published="2025-10-22T16:00")
        assert ws.store.get_article(article_id(ws.store, "again.txt")).story_id == seeds_story


def test_unknown_story_ids_are_clear_errors(db):
    with rashomon.open(db) as ws:
        with pytest.raises(NotFoundError, match="s_nope"):
            ws.store.get_story("s_nope")
    result = CliRunner().invoke(main, ["story", "s_nope", "--db", str(db)])
    assert result.exit_code == 2 and "s_nope" in result.output


def test_similarity_asks_the_second_encoder_only_for_languages_it_knows(seeds_dir):
    from rashomon.stories.embedding import SecondOpinionEncoder
    from rashomon.stories.pairwise import pair_probability

    class CountingEncoder(SecondOpinionEncoder):
        calls = 0

        def encode(self, texts):
            CountingEncoder.calls += 1
            return super().encode(texts)

    en = (seeds_dir / SEED_EN).read_text(encoding="utf-8")
    uk = (seeds_dir / SEED_UK).read_text(encoding="utf-8")
    french = (FIXTURES / "rubio_lavrov_call_fr.txt").read_text(encoding="utf-8")
    assert pair_probability(en, uk, "en", "uk", second_encoder=CountingEncoder()) > 0.5
    assert CountingEncoder.calls == 0  # Ukrainian is not a USE language
    assert pair_probability(en, french, "en", "fr", second_encoder=CountingEncoder()) > 0.5
    assert CountingEncoder.calls == 1
