"""`rashomon compare / timeline / brief` on the ingested seeds: JSON shape, caching, errors."""

import html
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from rashomon.comparison.story import _signature
from rashomon.interfaces.api import create_app
from rashomon.interfaces.cli import main
from rashomon.outlets import Outlet
from rashomon.store import open_store

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"


def _run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = tmp_path_factory.mktemp("compare") / "r.db"
    ingest = _run("ingest", "--db", db, "--published", "2025-10-22", SEEDS)
    assert ingest.exit_code == 0, ingest.output
    stories = [json.loads(line) for line in _run("stories", "--db", db, "--json").stdout.splitlines()]
    [story] = [s for s in stories if len(s["article_ids"]) == 2]
    return db, story["id"]


def test_compare_json_is_one_object_with_claims_and_sides_only_when_contested(seeded):
    db, story_id = seeded
    result = _run("compare", story_id, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["story"]["id"] == story_id
    statuses = {c["status"] for c in data["claims"]}
    assert statuses == {"shared", "exclusive", "contested"}
    for claim in data["claims"]:
        assert set(claim) >= {"id", "text", "status", "sources", "languages", "evidence"}
        assert ("sides" in claim) == (claim["status"] == "contested")
        for evidence in claim["evidence"]:
            assert set(evidence) >= {"article_id", "start", "end", "text", "speaker", "via"}
    articles = {a["id"]: a["text"] for a in map(json.loads, _run("articles", "--db", db, "--json").stdout.splitlines())}
    contested = next(c for c in data["claims"] if c["status"] == "contested")
    for side in contested["sides"]:
        for evidence in side["evidence"]:
            assert articles[evidence["article_id"]][evidence["start"]:evidence["end"]] == evidence["text"]


def test_a_detail_is_shown_with_the_shared_claim_it_adds_to(seeded):
    db, story_id = seeded
    claims = json.loads(_run("compare", story_id, "--db", db, "--json").stdout)["claims"]
    [alaska] = [c for c in claims if c["text"] == "in Alaska in August"]
    [shared] = [c for c in claims if c["id"] == alaska["detail_of"]]
    assert shared["status"] == "shared" and all("detail_of" not in c for c in claims if c["status"] != "exclusive")
    text = " ".join(_run("compare", story_id, "--db", db, "--limit", 0).stdout.split())  # rich wraps long lines
    assert f"in Alaska in August adds to: {shared['text']}" in text
    page = TestClient(create_app(str(db))).get(f"/stories/{story_id}").text
    assert f'<span class="detail-of">adds to: {html.escape(shared["text"], quote=False)}</span>' in page


def test_comparison_is_cached_until_the_story_changes(seeded):
    db, story_id = seeded
    with open_store(db) as store:
        rows = store.db.execute("SELECT reader_language, signature FROM story_comparisons WHERE story_id = ?", (story_id,)).fetchall()
    assert rows, "compare stores the story's comparison"
    # Editing the outlet catalogue changes how sources are named: the cache must not be reused.
    with open_store(db) as store:
        articles = [store.get_article(i) for i in store.get_story(story_id).article_ids]
        before = _signature(store, articles, "en")
        store.save_outlet(Outlet("example.org", "Example"))
        assert _signature(store, articles, "en") != before


def test_timeline_json_is_in_date_order(seeded):
    db, story_id = seeded
    result = _run("timeline", story_id, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    first_seen = {}
    for event in events:
        for when in event["when"]:
            first_seen.setdefault(when, event["date"])
    assert first_seen["Thursday"] < first_seen["on Monday"] < first_seen["Tuesday"]


def test_brief_in_ukrainian_takes_ukrainian_sentences_where_it_can(seeded):
    db, story_id = seeded
    result = _run("brief", story_id, "--db", db, "--lang", "uk", "--json")
    assert result.exit_code == 0, result.output
    sentences = [json.loads(line) for line in result.stdout.splitlines()]
    shared = [s for s in sentences if s["status"] == "shared"]
    assert shared and all(s["language"] == "uk" for s in shared)


def test_unknown_story_and_bad_language_are_usage_errors(seeded):
    db, story_id = seeded
    missing = _run("compare", "s_doesnotexist", "--db", db)
    assert missing.exit_code == 2 and "s_doesnotexist" in missing.stderr
    bad = _run("compare", story_id, "--db", db, "--lang", "english!")
    assert bad.exit_code == 2 and "--lang" in bad.stderr


def test_precompare_refreshes_multi_source_stories_only(seeded):
    db, story_id = seeded
    result = _run("precompare", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["story"] for line in result.stdout.splitlines()] == [story_id]
    assert _run("precompare", "--db", db, "--min-sources", "3", "--json").stdout == ""
