"""Publication dates estimated from the text when the metadata has none, and said so."""

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

import rashomon
from rashomon.analysis.time.estimate import estimate_published, publication_date
from rashomon.interfaces.cli import main

NOW = date(2026, 1, 1)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # A dateline wins over later dates in the text.
        ("Praha 21:18 7. února 2018\n\nDohoda z 18. července 2018 platí.", "cs", date(2018, 2, 7)),
        ("04.11.2020 16:42\n\nВ США 3 ноября прошли выборы.", "ru", date(2020, 11, 4)),
        # Without one, the latest full date the text reports.
        ("Ryanair pilots in Belgium walked out. " * 8 + "The strike of 12 July 2018 followed the one on 25 June 2018.",
         "en", date(2018, 7, 12)),
        # A date in a future-tense clause is not the report's day.
        ("Міністри зустрілися. " * 12 + "Перемовини відбулися 3 березня 2022 р., а наступний раунд відбудеться 20 березня 2022 р.",
         "uk", date(2022, 3, 3)),
        # A date that ends a period is a deadline, not the report's day.
        ("Преговорите продължиха. " * 8 + "Съветът се събра на 19 юни 2018 г. Преходният период трае до 31 декември"
         " 2020 г.", "bg", date(2018, 6, 19)),
        ("Rozhovory pokračovaly. " * 12 + "Vláda jednala 5. března 2019 a lhůta platí do 12. dubna 2019.", "cs",
         date(2019, 3, 5)),
        # ...and a date in a clause of plans or obligations is when something is to happen.
        ("Переговоры продолжились. " * 10 + "Министр ушёл в отставку 9 июля 2018 года. Великобритания должна покинуть ЕС"
         " 29 марта 2019 года.", "ru", date(2018, 7, 9)),
        # A relative day word next to the date.
        ("Kyiv. " * 40 + "Yesterday, 11 July 2018, the talks failed.", "en", date(2018, 7, 12)),
    ],
)
def test_estimate_from_the_text(text, language, expected):
    assert estimate_published(text, language, NOW) == expected


@pytest.mark.parametrize(
    "text, language",
    [
        ("The talks failed on Monday and resume in August.", "en"),  # no full date
        ("Summit on 12 July 2031 was announced.", "en"),  # after the moment of reading
        ("Die Mauer fiel am 9. November 1989.", "de"),  # history
        ("Some text without any date.", "xx"),
    ],
)
def test_no_estimate_without_a_usable_full_date(text, language):
    assert estimate_published(text, language, NOW) is None


def test_the_title_opens_the_document_and_its_date_is_a_dateline():
    text = "Sčítání hlasů v klíčových státech pokračuje. " * 6 + "Soud rozhodl 12. října 2020."
    assert estimate_published(text, "cs", NOW, title="04.11.2020 06:39") == date(2020, 11, 4)
    assert estimate_published(text, "cs", NOW) == date(2020, 10, 12)


def test_an_archive_line_dated_only_in_its_title_is_dated_at_ingest(tmp_path, tmp_db):
    corpus = tmp_path / "archive.jsonl"
    body = "Sčítání hlasů v klíčových státech pokračuje, výsledek voleb zatím není znám."
    corpus.write_text(json.dumps({"title": "04.11.2020 06:39", "text": body}) + "\n", encoding="utf-8")
    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(corpus)], stories=False, stages=("language",))
        [article] = list(ws.articles())
        assert article.published == datetime(2020, 11, 4) and article.published_estimated
        _forget_date(ws)
        ws.reprocess(stage="language", stories=False)  # re-estimated from the title too
        assert next(iter(ws.articles())).published == datetime(2020, 11, 4)


def test_metadata_date_is_never_replaced():
    given = datetime(2025, 10, 22, 9, 30)
    assert publication_date(given, "Praha 7. února 2018", "cs") == (given, False)
    assert publication_date(None, "Praha 7. února 2018", "cs") == (datetime(2018, 2, 7), True)
    assert publication_date(None, "no date", "en") == (None, False)


def _czech_report(folder: Path, name: str, day: str) -> Path:
    path = folder / name
    path.write_text(
        f"Stávka pilotů Ryanairu\n\nPraha {day}. Piloti společnosti Ryanair v Belgii a Německu vstoupili do stávky, "
        "oznámily odbory. Zrušeno bylo přes dvě stě letů.\n",
        encoding="utf-8",
    )
    return path


def _one_report(tmp_path: Path) -> Path:
    """A folder with one undated Czech report that gives its day in its dateline (10 August 2018)."""
    folder = tmp_path / "in"
    folder.mkdir()
    _czech_report(folder, "a.txt", "10. srpna 2018")
    return folder


def test_ingest_stores_the_estimate_and_says_so(tmp_path, tmp_db):
    folder = _one_report(tmp_path)
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_db), "--json", "--no-stories", str(folder)])
    assert result.exit_code == 0, result.output
    [article] = [json.loads(line) for line in result.stdout.splitlines()]
    assert article["published"] == "2018-08-10T00:00:00" and article["published_estimated"] is True
    listed = CliRunner().invoke(main, ["articles", "--db", str(tmp_db), "--json"])
    [stored] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert stored["published_estimated"] is True and stored["published"] == "2018-08-10T00:00:00"
    shown = CliRunner().invoke(main, ["show", article["id"], "--db", str(tmp_db)])
    assert "2018-08-10 (estimated from the text)" in shown.output

    with rashomon.open(tmp_db) as ws:  # re-processing estimates again, from the kept raw input
        for stage in ("all", "language", "times"):
            _forget_date(ws)
            ws.reprocess(stage=stage, stories=False)
            [again] = list(ws.articles())
            assert again.published == datetime(2018, 8, 10) and again.published_estimated, stage


def _forget_date(ws) -> None:
    """Stand in for an estimate made by an older version: reprocessing must estimate it again."""
    [article] = list(ws.articles())
    article.published, article.published_estimated = None, False
    ws.store.update_article(article)


def test_reprocess_estimates_again_when_the_language_was_supplied(tmp_path, tmp_db):
    folder = _one_report(tmp_path)
    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(folder)], language="cs", stories=False, stages=("language",))
        for stage in ("language", "times"):
            _forget_date(ws)
            ws.reprocess(stage=stage, stories=False)
            [again] = list(ws.articles())
            assert again.language == "cs" and again.published == datetime(2018, 8, 10), stage


def test_given_date_is_not_estimated(tmp_path, tmp_db):
    folder = _one_report(tmp_path)
    with rashomon.open(tmp_db) as ws:
        ws.ingest([str(folder)], published="2018-08-11", stories=False, stages=("language",))
        [article] = list(ws.articles())
    assert article.published == datetime(2018, 8, 11) and not article.published_estimated


def test_undated_articles_are_placed_in_time_by_their_text(tmp_path, tmp_db):
    """The story window sees the estimated dates: the same report a year later opens a new story."""
    folder = tmp_path / "in"
    folder.mkdir()
    _czech_report(folder, "2018.txt", "10. srpna 2018")
    _czech_report(folder, "2019.txt", "9. srpna 2019")
    with rashomon.open(tmp_db) as ws:
        result = ws.ingest([str(folder)])
        assert len(result.stored) == 2
        articles = list(ws.articles())
    assert sorted(a.published.year for a in articles) == [2018, 2019]
    assert articles[0].story_id != articles[1].story_id


@pytest.mark.data
def test_slavicner_documents_are_dated_by_their_dateline(shared_data):
    raw = shared_data / "slavicner" / "raw"
    cases = {
        raw / "us_election_2020" / "ru" / "elections_ru_1.txt": ("ru", date(2020, 11, 4)),
        raw / "brexit" / "cs" / "brexit_cs.txt_file_10.txt": ("cs", date(2018, 2, 7)),
    }
    for path, (language, expected) in cases.items():
        assert estimate_published(path.read_text(encoding="utf-8"), language, NOW) == expected, path.name
