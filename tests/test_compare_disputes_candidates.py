"""Dispute candidates apart from the shared-claim alignment: near-copies and mutual nearest statements whose
link is weak because a value changed; statuses of one matter; and countries by name in any language."""

import pytest

from rashomon.comparison.alignment import Link
from rashomon.comparison.disputes import dispute_candidates
from rashomon.comparison.places import is_country
from rashomon.comparison.statements import Statement


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
    assert [c.link for c in dispute_candidates(statements, links)] == [links[0]]


def test_aligned_links_come_first_and_a_cross_lingual_one_needs_a_strong_link_or_a_name_and_strong_nearness():
    statements = [
        _plain(0, "Richterin Ann Donnelly schrieb, sie verstehe Kellys Sorge vor einer Ansteckung."),
        _plain(1, "Judge Harry Leinenweber acknowledged Kelly's fear of an infection.", "en"),
        _plain(1, "Kelly has been held in Brooklyn before his trial.", "en"),
        _plain(0, "Das Gefängnis in Chicago habe Schutzmaßnahmen eingeführt."),
        _plain(2, "Die Richterin verstehe Kellys Sorge vor einer Ansteckung, hieß es."),
    ]
    aligned = Link(3, 4, 0.8, 0.6)
    mutual = Link(0, 1, 0.47, 0.55)
    one_sided = Link(0, 2, 0.2, 0.25)  # statement 0's nearest is statement 1
    weak = Link(2, 3, 0.3, 0.17)
    assert [c.link for c in dispute_candidates(statements, [aligned, mutual, weak, one_sided])] == [aligned]
    statements[0].anchors = statements[1].anchors = {"e:e_r-kelly"}  # only a name ties two languages below the bar
    found = dispute_candidates(statements, [aligned, mutual, weak, one_sided])
    assert [(c.link, c.one_fact) for c in found] == [(aligned, True), (mutual, True)]
    weaker = Link(0, 1, 0.47, 0.4)  # mutual nearest across languages, but below CROSS_LINGUAL_MUTUAL_PROBABILITY
    assert [c.link for c in dispute_candidates(statements, [aligned, weaker, weak, one_sided])] == [aligned]


def test_a_weak_link_of_one_language_with_a_name_in_common_is_a_candidate_of_a_place_dispute_only():
    statements = [
        _plain(0, "The son of the woman behind Weeds has died in a skiing accident in Utah, the authorities said.",
               "en"),
        _plain(1, "Mr Noxon suffered an accident in Vail, Colorado, on New Year's Eve, police confirmed.", "en"),
    ]
    weak = Link(0, 1, 0.3, 0.12)
    assert dispute_candidates(statements, [weak]) == []
    statements[0].anchors = statements[1].anchors = {"noxon"}
    assert [(c.link, c.places_only) for c in dispute_candidates(statements, [weak])] == [(weak, True)]
    weaker = Link(0, 1, 0.2, 0.05)
    assert dispute_candidates(statements, [weaker]) == []


@pytest.mark.parametrize("name, country", [("Äthiopien", True), ("Etiopía", True), ("Německo", True),
                                           ("Addis Abeba", False), ("Utah", False)])
def test_countries_are_known_by_their_names_in_every_supported_language(name, country):
    assert is_country(name) is country


def test_two_statuses_are_one_matter_at_a_lower_cosine_only_in_one_language_with_a_common_word():
    import numpy as np

    from rashomon.comparison.disputes import status_disputes

    postponed = _plain(0, "Le tournage de la finale a dû être reporté.", "fr")
    held = _plain(1, "Le tournage a bien eu lieu à la date prévue.", "fr")
    held_elsewhere = _plain(1, "La cérémonie a bien eu lieu à la date prévue.", "fr")
    held_in_english = _plain(1, "The shooting went ahead as planned.", "en")
    postponed.family, held.family, held_elsewhere.family, held_in_english.family = ("halted", "proceeding",
                                                                                    "proceeding", "proceeding")
    # Unit vectors with a cosine of 0.25: below STATUS_MATTER_COSINE, above STATUS_SAME_WORDS_COSINE.
    vectors = np.array([[1.0, 0.0], [0.25, (1 - 0.25 ** 2) ** 0.5]])
    [(sides, found)] = status_disputes([postponed, held], vectors)
    assert sides == [[0], [1]] and found.values == ("halted", "proceeding")
    assert status_disputes([postponed, held_elsewhere], vectors) == []  # no word in common but function words
    assert status_disputes([postponed, held_in_english], vectors) == []


def test_a_place_inside_the_other_place_name_is_no_alternative():
    from rashomon.comparison.disputes import dispute

    def placed(index, text, place):
        statement = _plain(index, text, "uk")
        at = text.index(place)
        statement.places = [((at, at + len(place)), f"e:e_{index}")]
        return statement

    bibi = placed(0, "Суд виправдав християнку, а Азія Бібі досі залишається за ґратами.", "Азія")
    asia = placed(1, "Суд виправдав християнку, заявив директор Amnesty у Південній Азії.", "Південній Азії")
    assert dispute(bibi, asia) is None
    lahore = placed(1, "Суд виправдав християнку, а вона досі залишається за ґратами у Лахорі.", "Лахорі")
    karachi = placed(0, "Суд виправдав християнку, а вона досі залишається за ґратами у Карачі.", "Карачі")
    found = dispute(karachi, lahore)
    assert found is not None and found.kind == "place"


def test_among_many_sources_only_strongly_linked_nearest_statements_have_their_values_compared():
    from rashomon.comparison.disputes import Candidate, value_candidates

    statements = [_plain(k, text, "ru") for k, text in enumerate((
        "Все 29 выборщиков штата Флорида завершили голосование.",
        "Первыми голосование завершили все три выборщика штата Вермонт.",
        "Выборщики штата Мичиган проголосовали за Байдена."))]
    parallel = Candidate(Link(0, 1, 0.47, 0.58))  # aligned, but neither is the other's nearest
    nearest = Candidate(Link(0, 2, 0.6, 0.7, mutual=True))
    weak = Candidate(Link(1, 2, 0.5, 0.45, mutual=True))
    assert value_candidates(statements, [parallel, nearest, weak]) == [nearest]
    assert value_candidates(statements[:2], [parallel]) == [parallel]  # two sources: every candidate


def test_a_status_in_the_conditional_mood_is_no_status_and_one_beside_a_conditional_clause_is():
    from rashomon.comparison.cues import status_family

    # Real Polish statements on Brexit and on Duda's resignation: a poll's "would cancel" cancels nothing.
    conditional = "Gdyby referendum przeprowadzono dziś, 53 proc. osób byłoby za odwołaniem Brexitu."
    assert status_family(conditional, "pl") is None
    assert status_family("Dziś za odwołaniem brexitu byłoby 53 proc. ankietowanych.", "pl") is None
    assert status_family("Szczyt UE, który miał się odbyć pod koniec czerwca, został odwołany.", "pl") == "halted"
    assert status_family("Prawo i Sprawiedliwość rozważa dymisję prezydenta Andrzeja Dudy, co miałoby umożliwić "
                         "rozpisanie wyborów prezydenckich w dowolnym terminie do połowy lipca.", "pl") == "considered"


def test_an_article_on_two_sides_of_a_dispute_tells_two_facts_among_many_sources():
    from rashomon.comparison.disputes import sides_apart

    # A real story on Asia Bibi (ru, pl): one article tells both years, of two events.
    texts = [("В 2011 году в Исламабаде был застрелен губернатор провинции Пенджаб Салман Тазир.", 0),
             ("Но в 2011 году он был застрелен собственным телохранителем.", 1),
             ("В 2010 году Биби, которая воспитывала с мужем пятерых детей, приговорили к смертной казни.", 1),
             ("Женщину обвинили в оскорблении пророка Мухаммеда в 2010 году.", 2)]
    statements = [Statement(article, f"a{article}", 0, len(text), text, "ru", f"Outlet {article}")
                  for text, article in texts]
    assert not sides_apart(statements, [[0, 1], [2, 3]])
    assert sides_apart(statements, [[0, 1], [3]])
    assert sides_apart(statements[:1] + statements[3:], [[0], [1]])
