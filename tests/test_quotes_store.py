"""Quotes in the store and the `rashomon quotes` command."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

import numpy as np
from click.testing import CliRunner

from rashomon.interfaces.cli import main
from rashomon.model import Article, Document, Party, Quote, Span
from rashomon.store import open_store

ENGLISH = "“It’s impossible,” Deputy Foreign Minister Sergei Ryabkov told reporters. “We’re ready,” he said."
UKRAINIAN = '"Неможливо відкласти", - зазначив Рябков. CNN, citing a White House official, reported it.'


def _article(store, article_id, text, language, story_id=None, day=22):
    article = Article(
        id=article_id,
        path=f"{article_id}.txt",
        text=text,
        language=language,
        story_id=story_id,
        published=datetime(2025, 10, day),
        content_hash=hashlib.sha1(text.encode()).hexdigest(),
    )
    store.add_article(article, Document(path=article.path, raw=text.encode(), text=text))


def _story(store, story_id):
    from rashomon.stories.clustering import StorySummary

    store.save_story_summary(
        StorySummary(
            id=story_id,
            exemplars=np.zeros((1, 4), dtype=np.float32),
            count=2,
            keys=np.zeros(1, dtype=np.uint32),
            key_counts=np.ones(1, dtype=np.uint32),
        )
    )


ENGLISH_QUOTES = [
    Quote(
        0,
        19,
        "“It’s impossible,”",
        "direct",
        Span(59, 63, "told"),
        Party(20, 58, "Deputy Foreign Minister Sergei Ryabkov", "ryabkov"),
    ),
    Quote(73, 86, "“We’re ready,”", "direct", Span(90, 94, "said"), Party(87, 89, "he", "ryabkov")),
]
UKRAINIAN_QUOTES = [
    Quote(0, 21, '"Неможливо відкласти"', "direct", Span(25, 33, "зазначив"), Party(34, 40, "Рябков", "ryabkov")),
    Quote(
        83,
        85,
        "it",
        "indirect",
        Span(74, 82, "reported"),
        Party(50, 72, "a White House official", None),
        [Party(42, 45, "CNN", "cnn")],
    ),
]


def _filled(path):
    store = open_store(path)
    _story(store, "s_1")
    _article(store, "a_en", ENGLISH, "en", "s_1", day=22)
    _article(store, "a_uk", UKRAINIAN, "uk", "s_1", day=23)
    _article(store, "a_other", "Nothing quoted.", "en", None)
    store.save_quotes("a_en", ENGLISH_QUOTES)
    store.save_quotes("a_uk", UKRAINIAN_QUOTES)
    return store


def test_quotes_round_trip_and_replace(tmp_db):
    with _filled(tmp_db) as store:
        assert store.article_quotes("a_en") == ENGLISH_QUOTES
        assert store.article_quotes("a_uk") == UKRAINIAN_QUOTES
        store.save_quotes("a_en", ENGLISH_QUOTES[:1])  # re-analysis replaces, never duplicates
        assert store.article_quotes("a_en") == ENGLISH_QUOTES[:1]


def test_quotes_go_with_their_article(tmp_db):
    with _filled(tmp_db) as store:
        store.delete_articles(["a_uk"])
        assert store.article_quotes("a_uk") == []
        assert [a for a, _ in store.quotes()] == ["a_en", "a_en"]


def test_quotes_by_story_and_speaker(tmp_db):
    with _filled(tmp_db) as store:
        assert [a for a, _ in store.quotes(story_id="s_1")] == ["a_en", "a_en", "a_uk", "a_uk"]
        # "ryabkov" as written finds "he" and "Рябков" through the speaker entity.
        assert [q.speaker.text for _, q in store.quotes(speaker="RYABKOV")] == [
            "Deputy Foreign Minister Sergei Ryabkov",
            "he",
            "Рябков",
        ]
        assert [q.speaker.text for _, q in store.quotes(speaker="рябков")] == [
            "Deputy Foreign Minister Sergei Ryabkov",
            "he",
            "Рябков",
        ]
        assert [q.speaker.text for _, q in store.quotes(speaker="white house")] == ["a White House official"]
        assert store.quotes(speaker="50%_") == []
        assert [a for a, _ in store.quotes(article_id="a_uk", speaker="ryabkov")] == ["a_uk"]


def test_quotes_command(tmp_db):
    _filled(tmp_db).close()
    runner = CliRunner()
    result = runner.invoke(main, ["quotes", "--db", str(tmp_db), "--speaker", "White House", "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {
            "article_id": "a_uk",
            "start": 83,
            "end": 85,
            "text": "it",
            "kind": "indirect",
            "cue": {"start": 74, "end": 82, "text": "reported"},
            "speaker": {"start": 50, "end": 72, "text": "a White House official", "entity": None},
            "via": [{"start": 42, "end": 45, "text": "CNN", "entity": "cnn"}],
        }
    ]
    assert "1 quotation" in result.stderr

    result = runner.invoke(main, ["quotes", "--db", str(tmp_db), "--story", "s_1"])
    assert result.exit_code == 0
    assert "Deputy Foreign Minister Sergei Ryabkov [ryabkov] (told): “It’s impossible,”" in result.stdout
    assert "a White House official via CNN [cnn] (reported): it" in result.stdout


def test_quotes_command_unknown_story(tmp_db):
    _filled(tmp_db).close()
    result = CliRunner().invoke(main, ["quotes", "--db", str(tmp_db), "--story", "s_missing"])
    assert result.exit_code == 2
    assert "no story 's_missing'" in result.stderr


def test_seeds_ingested_then_quotes_by_speaker_across_languages(tmp_db, seeds_dir):
    """Through the real ingest: a name in one script finds the speaker's quotations in both seeds."""
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "--no-stories", "--db", str(tmp_db), str(seeds_dir)])
    assert result.exit_code == 0, result.output
    with open_store(tmp_db) as store:
        assert any(q.speaker and q.speaker.entity for _, q in store.quotes()), "no stored speaker has an entity"
    result = runner.invoke(main, ["quotes", "--db", str(tmp_db), "--speaker", "Рябков", "--json"])
    assert result.exit_code == 0, result.output
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    texts = " ".join(q["text"] for q in quotes)
    assert "It’s impossible to postpone" in texts and "Неможливо відкласти" in texts
    assert "We’re doing our homework" in texts  # "he said", resolved to Ryabkov
    assert len({q["speaker"]["entity"] for q in quotes}) == 1


def test_quotes_command_unknown_article(tmp_db):
    _filled(tmp_db).close()
    result = CliRunner().invoke(main, ["quotes", "--db", str(tmp_db), "--article", "a_missing"])
    assert result.exit_code == 2
    assert "a_missing" in result.stderr
