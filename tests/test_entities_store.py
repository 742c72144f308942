"""Entities in the store: linking across ingest runs, per-story listing, corrections outranking the linker."""

from __future__ import annotations

import pytest

from rashomon.analysis import Analyzer, AnalyzerOptions
from rashomon.errors import NotFoundError, UsageError
from rashomon.ingest.pipeline import IngestOptions, Ingester
from rashomon.store import open_store
from rashomon.store import mention_id

STAGES = ("language", "sentences", "entities")


def ingest(store, path):
    result = Ingester(store, IngestOptions(stages=STAGES, assign_stories=False, workers=1)).run([str(path)])
    (article_id,) = result.stored
    return article_id


@pytest.fixture
def seeded(tmp_db, seeds_dir):
    """The two seeds ingested in two separate runs (each run primes a fresh linker from the store)."""
    english, ukrainian = sorted(seeds_dir.glob("*.txt"))
    with open_store(tmp_db) as store:
        first = ingest(store, english)
    with open_store(tmp_db) as store:
        second = ingest(store, ukrainian)
        yield store, first, second


def test_second_run_links_to_entities_stored_by_the_first(seeded):
    store, english, ukrainian = seeded
    for entity_id in ("e_marco-rubio", "e_sergei-lavrov", "e_vladimir-putin", "e_budapest", "e_kremlin"):
        articles = {article for article, _ in store.mentions(entity_id=entity_id)}
        assert articles == {english, ukrainian}, entity_id
    rubio = store.get_entity("e_marco-rubio")
    assert rubio.names == {"en": "Marco Rubio", "uk": "Марко Рубіо"} and "Рубіо" in rubio.aliases


def test_entities_of_one_story(seeded):
    store, english, ukrainian = seeded
    with store.transaction():
        store.set_article_story(ukrainian, "s_test")
    in_story = {e.id for e in store.entities(story_id="s_test")}
    assert "e_anna-kelli" in in_story and "e_moscow-times" not in in_story
    assert store.mention_counts("s_test")["e_marco-rubio"] == len(
        [m for m in store.mentions(article_id=ukrainian) if m[1].entity == "e_marco-rubio"]
    )
    with pytest.raises(NotFoundError):
        store.entities(story_id="s_missing")


def test_corrections_outrank_the_linker_when_articles_are_saved_again(seeded):
    store, english, ukrainian = seeded
    store.merge_entities("e_white-house", "e_kremlin")
    lavrov = store.mentions(entity_id="e_sergei-lavrov")
    split_off = [m for a, m in lavrov if a == ukrainian]
    new = store.split_entity("e_sergei-lavrov", [mention_id(ukrainian, m) for m in split_off])

    # Saving the article's mentions again, as re-processing does, with a fresh linker.
    linker = store.entity_linker()
    article_text = store.db.execute("SELECT text FROM articles WHERE id = ?", (ukrainian,)).fetchone()[0]
    analysis = Analyzer(options=AnalyzerOptions(STAGES), linker=linker).analyze(article_text, language="uk")
    store.save_mentions(ukrainian, analysis.mentions, linker)

    after = dict((mention_id(a, m), m.entity) for a, m in store.mentions(article_id=ukrainian))
    assert {after[mention_id(ukrainian, m)] for m in split_off} == {new.id}
    assert "e_kremlin" not in after.values() and "e_white-house" in after.values()
    assert store.get_entity("e_white-house").names["uk"] == "Білий дім"


def test_bad_corrections_name_the_problem(seeded):
    store, english, ukrainian = seeded
    with pytest.raises(UsageError):
        store.merge_entities("e_cnn", "e_cnn")
    with pytest.raises(UsageError):
        store.split_entity("e_cnn", ["not-a-mention"])
    only = [mention_id(a, m) for a, m in store.mentions(entity_id="e_alaska")]
    with pytest.raises(UsageError, match="all the mentions"):
        store.split_entity("e_alaska", only)
    with pytest.raises(NotFoundError):
        store.get_entity("e_nobody")


@pytest.mark.data
def test_a_resumed_run_links_as_one_uninterrupted_run(shared_data, tmp_path):
    """Issue 12 item 11: a run resumed from the store links like an uninterrupted one.

    Stored entities used to come back with no mention count and no given names, so a resumed run
    merged names the uninterrupted run kept apart (2,936 entities against 2,988 on SlavicNER).
    """
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    raw = shared_data / "slavicner" / "raw" / "us_election_2020"
    for lang in ("pl", "ru", "cs", "bg"):
        for path in sorted((raw / lang).glob("*.txt"))[:20]:
            (corpus / f"{lang}_{path.name}").write_bytes(path.read_bytes())
    files = sorted(corpus.iterdir())

    def linking(db, runs):
        with open_store(db) as store:
            for paths in runs:
                Ingester(store, IngestOptions(stages=STAGES, assign_stories=False, workers=1)).run([str(p) for p in paths])
        with open_store(db) as store:
            return {mention_id(a, m): m.entity for a, m in store.mentions()}, len(store.entities())

    uninterrupted = linking(tmp_path / "one.db", [files])
    resumed = linking(tmp_path / "two.db", [files[:30], files[30:50], files])
    assert resumed[1] == uninterrupted[1]
    assert resumed[0] == uninterrupted[0]
