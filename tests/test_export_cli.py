"""`rashomon export`: one story as JSON, CSV or a Markdown brief; the whole store as JSONL."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

import rashomon
from rashomon.interfaces.cli import main



@pytest.fixture(scope="module")
def db(seeded_db):
    """The session's seeded store, on each backend."""
    return seeded_db


@pytest.fixture(scope="module")
def stories(db):
    """language set -> story ID."""
    with rashomon.open(db) as ws:
        return {tuple(sorted(s.languages)): s.id for s in ws.store.stories()}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_story_as_json_holds_articles_and_claims(db, stories):
    result = run("export", stories[("en", "uk")], "--db", db)
    assert result.exit_code == 0, result.output
    dossier = json.loads(result.stdout)
    assert {a["language"] for a in dossier["articles"]} == {"en", "uk"}
    assert any(claim["status"] == "contested" for claim in dossier["claims"])
    assert dossier["story"]["id"] == stories[("en", "uk")]


def test_story_as_csv_has_a_row_per_evidence_and_article(db, stories):
    result = run("export", stories[("en", "uk")], "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {row["record"] for row in rows} >= {"claim", "article"}
    articles = [row for row in rows if row["record"] == "article"]
    assert {row["language"] for row in articles} == {"en", "uk"}
    with rashomon.open(db) as ws:
        texts = {a.id: a.text for a in ws.articles()}
    for row in rows:
        if row["record"] == "claim" and row["article_id"]:
            assert row["start"].isdigit() and int(row["end"]) <= len(texts[row["article_id"]])


def test_markdown_brief_lists_claims_and_escapes_article_markup(db, stories, tmp_path):
    result = run("export", stories[("en", "uk")], "--format", "md", "--db", db)
    brief = result.stdout
    assert brief.startswith("# Russia’s Foreign Ministry")
    assert "## Contested claims" in brief and "## Articles" in brief
    assert "[uk]" in brief and "[en]" in brief
    assert "- in Alaska in August — " in brief and "\n  - adds to: The Kremlin called it" in brief

    target = tmp_path / "hostile.md"
    written = run("export", stories[("en",)], "--format", "md", "-o", target, "--db", db)
    assert written.exit_code == 0 and written.stdout == ""
    hostile = target.read_text(encoding="utf-8")
    assert "<script>" not in hostile and "\\<script\\>" in hostile


def test_whole_store_as_jsonl(db, tmp_path):
    target = tmp_path / "all.jsonl"
    result = run("export", "--all", "-o", target, "--db", db)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    assert {"text", "title", "published", "url", "source", "language", "author"} <= set(records[0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export"], "give either a STORY_ID or --all"),
        (["export", "s_x", "--all"], "give either a STORY_ID or --all"),
        (["export", "s_nope"], "no story 's_nope'"),
    ],
)
def test_export_usage_errors(db, args, message):
    result = run(*args, "--db", db)
    assert result.exit_code == 2
    assert message in result.stderr
