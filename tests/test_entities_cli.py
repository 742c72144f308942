"""`rashomon analyze` and the entity commands as a user runs them: JSON on stdout only, exit statuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from rashomon.analysis import analyze_files
from rashomon.interfaces.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "entities"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_analyze_seeds_json(seeds_dir, monkeypatch):
    monkeypatch.chdir(seeds_dir.parent.parent)
    paths = sorted(f"examples/seeds/{p.name}" for p in seeds_dir.glob("*.txt"))
    result = run("analyze", *paths, "--json")
    assert result.exit_code == 0, result.stderr
    english, ukrainian = json_lines(result.stdout)
    assert [english["path"], ukrainian["path"]] == paths
    assert (english["language"], ukrainian["language"]) == ("en", "uk")
    for record, path in ((english, paths[0]), (ukrainian, paths[1])):
        with open(path, encoding="utf-8", newline="") as src:
            text = src.read()
        for mention in record["mentions"]:
            assert set(mention) == {"start", "end", "text", "type", "lemma", "entity"}
            assert text[mention["start"] : mention["end"]] == mention["text"]
            assert mention["type"] in {"PER", "ORG", "LOC", "EVT", "PRO"} and mention["entity"]
        for quote in record["quotes"]:
            assert set(quote) == {"start", "end", "text", "kind", "cue", "speaker", "via"}
            assert text[quote["start"] : quote["end"]] == quote["text"]
    rubio = {m["entity"] for r in (english, ukrainian) for m in r["mentions"] if m["lemma"] in ("Marco Rubio", "Рубіо", "Rubio")}
    assert rubio == {"e_marco-rubio"}
    ryabkov_quotes = [q for q in english["quotes"] if q["speaker"] and q["speaker"]["entity"] == "e_sergei-ryabkov"]
    assert ryabkov_quotes, "the quotes stage resolves speakers to the entities found here"


def test_analyze_offsets_count_code_points_with_crlf_kept():
    path = FIXTURES / "crlf_en.txt"
    (record,) = list(analyze_files([str(path)], language="en"))
    text = path.read_bytes().decode("utf-8")
    assert "\r\n" in text
    found = [(m["text"], m["start"]) for m in record["mentions"]]
    assert found == [(name, text.index(name, start)) for name, start in
                     (("Marco Rubio", 0), ("Sergei Lavrov", 0), ("Budapest", 0), ("Rubio", 40), ("Lavrov", 60))]
    assert len({m["entity"] for m in record["mentions"] if "Rubio" in m["text"]}) == 1


def test_unreadable_files_get_an_error_object_and_exit_zero(tmp_path):
    directory = tmp_path / "folder"
    directory.mkdir()
    missing = tmp_path / "missing.txt"
    result = run("analyze", FIXTURES / "not_utf8.txt", missing, directory, FIXTURES / "crlf_en.txt", "--json", "--lang", "en")
    assert result.exit_code == 0
    records = json_lines(result.stdout)
    assert [r["path"] for r in records] == [str(FIXTURES / "not_utf8.txt"), str(missing), str(directory), str(FIXTURES / "crlf_en.txt")]
    assert "UTF-8" in records[0]["error"] and "no such file" in records[1]["error"] and "directory" in records[2]["error"]
    assert "error" not in records[3] and records[3]["mentions"]
    assert "not_utf8.txt" in result.stderr


def test_bad_language_code_is_a_usage_error():
    result = run("analyze", FIXTURES / "crlf_en.txt", "--lang", "english!")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_store_commands_merge_split_and_keep_corrections(tmp_path, tmp_db, seeds_dir):
    db = tmp_db
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(seed, tmp_path / seed.name)
    assert run("ingest", "--db", db, "--no-stories", tmp_path / "000_8a69b7fe4b9a2177.txt", tmp_path / "003_d5bce7bdcdc84413.txt").exit_code == 0

    listed = {e["id"]: e for e in json_lines(run("entities", "--db", db, "--json").stdout)}
    assert listed["e_marco-rubio"]["mentions"] >= 10 and listed["e_marco-rubio"]["names"]["uk"] == "Марко Рубіо"

    rubio = json_lines(run("mentions", "--db", db, "--entity", "e_marco-rubio", "--json").stdout)
    result = run("entity", "split", "e_marco-rubio", rubio[0]["id"], "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    (new,) = json_lines(result.stdout)
    assert run("entity", "merge", "e_anna-kelli", "e_alaska", "--db", db).exit_code == 0

    assert run("reprocess", "--db", db, "--stage", "entities").exit_code == 0
    after = {m["id"]: m["entity"] for m in json_lines(run("mentions", "--db", db, "--json").stdout)}
    assert after[rubio[0]["id"]] == new["id"]
    assert all(after[m["id"]] == "e_marco-rubio" for m in rubio[1:])
    assert "e_alaska" not in set(after.values()) and "e_anna-kelli" in set(after.values())

    unknown = run("entity", "merge", "e_marco-rubio", "e_nobody", "--db", db)
    assert unknown.exit_code == 2 and "e_nobody" in unknown.stderr
