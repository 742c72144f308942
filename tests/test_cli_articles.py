"""The article commands as a user runs them: JSON on stdout only, messages on stderr, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.interfaces.cli import main

FAST = ["--no-stories", "--stages", "language"]
REQUIRED_FIELDS = {"id", "title", "source", "url", "path", "language", "published", "text", "duplicate_of", "story_id"}


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def json_lines(stdout: str) -> list[dict]:
    """Every stdout line parsed as JSON (fails on any line that is not)."""
    return [json.loads(line) for line in stdout.splitlines()]


def test_ingest_seeds_end_to_end(tmp_db, monkeypatch, seeds_dir):
    monkeypatch.chdir(seeds_dir.parent.parent)
    result = run("ingest", "--db", tmp_db, "--published", "2025-10-22", "--json", "examples/seeds")
    assert result.exit_code == 0, result.stderr
    stored = json_lines(result.stdout)
    assert [a["language"] for a in stored] == ["en", "uk"]
    assert all(REQUIRED_FIELDS <= set(a) for a in stored)
    assert stored[0]["path"] == "examples/seeds/000_8a69b7fe4b9a2177.txt"  # as given, not resolved
    assert stored[0]["published"] == "2025-10-22T00:00:00"
    assert stored[0]["text"].endswith("must be “not rushed.”")
    assert "stored 2" in result.stderr and "failed 0" in result.stderr

    again = run("ingest", "--db", tmp_db, "examples/seeds", *FAST)
    assert again.exit_code == 0 and again.stdout == ""
    assert "stored 0" in again.stderr and "unchanged 2" in again.stderr


def test_bad_items_exit_1_with_one_line_each(tmp_path, tmp_db, backend):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty [draft].txt").write_bytes(b"")  # brackets are shown, not taken as markup
    (tmp_path / "undecodable.txt").write_bytes(b"\xff\xfe" + "Hi".encode("utf-16-le") + b"\x00\xd8\x41")
    (tmp_path / "good.txt").write_text("Talks resume\n\nNegotiators met in Geneva on Monday.\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("Big news. " * 300, encoding="utf-8")
    result = run("ingest", "--db", tmp_db, "--max-bytes", "2000", "--json", *FAST, tmp_path)
    assert result.exit_code == 1
    assert [a["title"] for a in json_lines(result.stdout)] == ["Talks resume"]
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 4
    assert any("undecodable.txt" in line and "decode" in line for line in failed)
    assert any("empty [draft].txt: empty" in line for line in failed)
    assert any("big.txt" in line and "limit" in line for line in failed)
    assert any("binary.txt" in line for line in failed)
    assert "stored 1" in result.stderr and "failed 4" in result.stderr
    if backend == "sqlite":
        assert tmp_db.name not in result.stderr  # the database in the ingested folder is not an input


@pytest.mark.parametrize(
    "args, named",
    [
        (["ingest", "--published", "22/10/2025", "examples"], "22/10/2025"),
        (["ingest", "does/not/exist.txt"], "does/not/exist.txt"),
        (["ingest", "--lang", "english", "examples"], "english"),
        (["ingest", "--stages", "language,magic", "examples"], "magic"),
        (["ingest"], "PATH"),
        (["articles", "--limit", "-1"], "-1"),
        (["articles", "--since", "yesterday-ish"], "yesterday-ish"),
        (["show", "a_000000000000"], "a_000000000000"),
        (["delete"], "exactly one"),
        (["delete", "a_1", "--source", "x"], "exactly one"),
        (["reprocess", "--stage", "sentiment"], "sentiment"),
    ],
)
def test_usage_errors_exit_2_naming_the_input(args, named, tmp_db):
    result = run(*args, "--db", tmp_db)
    assert result.exit_code == 2
    assert named in result.stderr
    assert result.stdout == ""


def test_articles_show_delete_reprocess(seeds_dir, tmp_db):
    assert run("ingest", "--db", tmp_db, "--published", "2025-10-22", *FAST, seeds_dir).exit_code == 0

    listed = run("articles", "--db", tmp_db, "--json")
    assert listed.exit_code == 0
    articles = json_lines(listed.stdout)
    assert [a["language"] for a in articles] == ["en", "uk"]
    assert len(json_lines(run("articles", "--db", tmp_db, "--json", "--limit", "1").stdout)) == 1
    uk = json_lines(run("articles", "--db", tmp_db, "--json", "--lang", "uk").stdout)
    assert [a["id"] for a in uk] == [articles[1]["id"]]

    table = run("articles", "--db", tmp_db)
    assert all(a["id"] in table.stdout for a in articles)

    shown = run("show", "--db", tmp_db, "--json", articles[0]["id"])
    assert json_lines(shown.stdout) == [articles[0]]
    human = run("show", "--db", tmp_db, articles[0]["id"])
    assert "must be “not rushed.”" in human.stdout and articles[0]["id"] in human.stdout

    redone = run("reprocess", "--db", tmp_db, "--stage", "language", "--json")
    assert redone.exit_code == 0
    assert {r["id"] for r in json_lines(redone.stdout)} == {a["id"] for a in articles}
    assert "reprocessed 2" in redone.stderr

    deleted = run("delete", "--db", tmp_db, "--json", articles[0]["id"])
    assert deleted.exit_code == 0 and json_lines(deleted.stdout) == [{"deleted": 1}]
    assert run("show", "--db", tmp_db, articles[0]["id"]).exit_code == 2
    assert run("delete", "--db", tmp_db, "--before", "2030-01-01").exit_code == 0
    assert run("articles", "--db", tmp_db, "--json").stdout == ""


def test_source_and_language_overrides(seeds_dir, tmp_db):
    seed = seeds_dir / "000_8a69b7fe4b9a2177.txt"
    result = run("ingest", "--db", tmp_db, "--source", "The Moscow Times", "--lang", "EN", "--json", *FAST, seed)
    (article,) = json_lines(result.stdout)
    assert (article["source"], article["language"], article["path"]) == ("The Moscow Times", "en", str(seed))
    assert Path(article["path"]).name == seed.name


def test_database_from_environment_for_cli_and_api(seeds_dir, tmp_db, monkeypatch):
    import rashomon

    monkeypatch.setenv("RASHOMON_DB", str(tmp_db))
    assert run("ingest", *FAST, seeds_dir / "003_d5bce7bdcdc84413.txt").exit_code == 0
    with rashomon.open() as ws:
        assert [a.language for a in ws.articles()] == ["uk"]
        assert ws.store.target == str(tmp_db)
