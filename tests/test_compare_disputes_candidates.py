"""Dispute candidates apart from the shared-claim alignment: near-copies and mutual nearest statements whose
link is weak because a value changed; and the places a city and its country name in any language."""

from datetime import datetime

import pytest

from rashomon.analysis.pipeline import Analyzer
from rashomon.comparison.alignment import Link
from rashomon.comparison.disputes import dispute, dispute_candidates
from rashomon.comparison.places import is_country
from rashomon.comparison.statements import Statement, statements_of
from rashomon.model import Article

PUBLISHED = datetime(2020, 3, 10)


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def _statement(analyzer, text, language, index):
    analysis = analyzer.analyze(text, language, PUBLISHED)
    article = Article(id=f"a{index}", path=f"a{index}", text=text, language=language, published=PUBLISHED)
    [statement] = statements_of(index, article, analysis, f"Outlet {index}")
    return statement


def _plain(index: int, text: str, language: str = "de") -> Statement:
    return Statement(index, f"a{index}", 0, len(text), text, language, f"Outlet {index}")


def test_a_near_copy_with_a_weak_link_is_a_candidate_and_a_short_one_is_not():
    statements = [
        _plain(0, "Am 4. März hätte Flack vor Gericht erscheinen sollen."),
        _plain(1, "Sie hätte offenbar am 14. März vor Gericht erscheinen müssen, weil sie ihn angegriffen haben soll."),
        _plain(0, "Na ten cel sieć przeznaczy 650 tys. zł.", "pl"),
        _plain(1, "Fundacja przekazuje ponad 1,3 miliona złotych przez Caritas.", "pl"),
        _plain(1, "Die Polizei ermittelt."),
    ]
    links = [Link(0, 1, 0.37, 0.26), Link(2, 3, 0.02, 0.05), Link(0, 4, 0.1, 0.01)]
    # Only two words in common ("sieć przeznaczy" / "przez") is no near-copy, and no mutual nearest pair at p 0.05.
    assert dispute_candidates(statements, links) == [links[0]]


def test_aligned_links_come_first_and_a_cross_lingual_one_needs_a_strong_link_or_mutual_nearness():
    statements = [
        _plain(0, "Richterin Ann Donnelly schrieb, sie verstehe Kellys Sorge vor einer Ansteckung."),
        _plain(1, "Judge Harry Leinenweber acknowledged Kelly's fear of an infection.", "en"),
        _plain(1, "Kelly has been held in Brooklyn before his trial.", "en"),
        _plain(0, "Das Gefängnis in Chicago habe Schutzmaßnahmen eingeführt."),
        _plain(2, "Die Richterin verstehe Kellys Sorge vor einer Ansteckung, hieß es."),
    ]
    aligned = Link(0, 4, 0.8, 0.6)
    mutual = Link(0, 1, 0.47, 0.28)
    one_sided = Link(0, 2, 0.2, 0.25)  # statement 0's nearest in article 1 is statement 1
    weak = Link(2, 3, 0.3, 0.17)
    assert dispute_candidates(statements, [aligned, mutual, weak, one_sided]) == [aligned, mutual]


ACCIDENT = "The son of the writer has died in a skiing accident in Utah on New Year's Eve, police said."


def test_places_with_less_wording_in_common_must_stand_among_the_same_words(analyzer):
    first = _statement(analyzer, ACCIDENT, "en", 0)
    other = "Mr Noxon suffered an accident in Colorado on New Year's Eve, the resort confirmed on Wednesday."
    found = dispute(first, _statement(analyzer, other, "en", 1))
    assert found is not None and (found.kind, found.values) == ("place", ("Utah", "Colorado"))
    elsewhere = "His mother, who lives in Colorado, had written the series about a family after a death."
    assert dispute(first, _statement(analyzer, elsewhere, "en", 1)) is None


@pytest.mark.parametrize("name, country", [("Äthiopien", True), ("Etiopía", True), ("Německo", True),
                                           ("Addis Abeba", False), ("Utah", False)])
def test_countries_are_known_by_their_names_in_every_supported_language(name, country):
    assert is_country(name) is country


def test_a_strong_link_ties_counts_of_other_nouns_and_languages(analyzer):
    tolls = (
        _statement(analyzer, "Ein Jahr nach dem Absturz einer Boeing in Äthiopien mit 157 Toten haben Hunderte Menschen"
                   " der Opfer gedacht.", "de", 0),
        _statement(analyzer, "Ein Jahr nach dem Absturz einer Boeing in Äthiopien haben Hinterbliebene der 149 Opfer"
                   " gedacht.", "de", 1),
    )
    assert dispute(*tolls) is None  # the dead and the victims: two nouns, compared only when surely one fact
    found = dispute(*tolls, probability=0.9)
    assert found is not None and (found.kind, found.values) == ("number", ("157", "149"))
    laps = (
        _statement(analyzer, "Der Weltkriegsveteran Tom Moore hat hundert Runden in seinem Garten gedreht.", "de", 0),
        _statement(analyzer, "The war veteran Tom Moore walked 200 laps of his garden.", "en", 1),
    )
    assert dispute(*laps, probability=0.3) is None
    found = dispute(*laps, probability=0.6)
    assert found is not None and (found.kind, found.values) == ("number", ("100", "200"))


def test_a_strong_link_dates_one_fact_across_languages(analyzer):
    launch = (
        _statement(analyzer, "Die europäisch-japanische Sonde BepiColombo ist 2018 zum Merkur aufgebrochen.", "de", 0),
        _statement(analyzer, "The spacecraft is BepiColombo, a European-Japanese mission that was launched in"
                   " October 2017 that will have travelled far at the time of the flyby.", "en", 1),
    )
    assert dispute(*launch, probability=0.3) is None
    found = dispute(*launch, probability=0.6)
    assert found is not None and (found.kind, found.values) == ("date", ("2018", "2017"))
