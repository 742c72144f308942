"""Disputes beyond the seeds: numbers, negation, status cues and where a decision stands (considered, decided,
a report denied) in several languages, and agreement."""

import pytest

from rashomon.analysis.sentences import split_sentences
from rashomon.comparison import compare_articles
from rashomon.comparison.cues import status_family
from rashomon.model import Analysis, Article


def _compare(*texts, language="en"):
    articles = [Article(id=f"a{i}", path=f"a{i}", text=t, language=language, source=f"Outlet {i}") for i, t in enumerate(texts)]
    analyses = [Analysis(text=t, language=language, sentences=split_sentences(t, language)) for t in texts]
    return compare_articles(articles, analyses, language)


def test_a_negated_account_in_the_same_language_is_contested():
    claims = _compare(
        "The foreign minister confirmed that the talks in Geneva will resume on Friday. A storm hit the coast of Florida.",
        "The foreign minister said that the talks in Geneva will not resume on Friday. Officials in Kyiv welcomed the court ruling.",
    )
    [contested] = [c for c in claims if c.status == "contested"]
    assert [len(side.evidence) for side in contested.sides] == [1, 1]
    assert {side.sources[0] for side in contested.sides} == {"Outlet 0", "Outlet 1"}
    assert all(c.status == "exclusive" for c in claims if c is not contested)


def test_different_death_tolls_are_contested_and_equal_ones_shared():
    claims = _compare(
        "The regional governor said 12 people were killed in the missile strike on Kharkiv. Rescue work continues.",
        "The regional governor said 15 people were killed in the missile strike on Kharkiv. The mayor declared mourning.",
        "The regional governor said 12 people were killed in the missile strike on Kharkiv. Schools are closed.",
    )
    [contested] = [c for c in claims if c.status == "contested"]
    sides = {tuple(side.sources) for side in contested.sides}
    assert sides == {("Outlet 0", "Outlet 2"), ("Outlet 1",)}


def test_two_floors_can_both_hold_so_they_are_no_dispute():
    claims = _compare(
        "At least 12 people were killed in the missile strike on Kharkiv, the regional governor said. Rescue work continues.",
        "At least 15 people were killed in the missile strike on Kharkiv, the regional governor said. The mayor declared mourning.",
    )
    assert not [c for c in claims if c.status == "contested"]


@pytest.mark.parametrize(
    "text, language, family",
    [
        ("The meeting was postponed until further notice.", "en", "halted"),
        ("There was nothing to postpone, the meeting was never scheduled.", "en", "unscheduled"),
        ("Встреча была отложена на неопределенный срок.", "ru", "halted"),
        ("Никакой договоренности не было: встреча не была запланирована.", "ru", "unscheduled"),
        ("Das Treffen wurde auf unbestimmte Zeit verschoben.", "de", "halted"),
        ("La réunion a été reportée sine die.", "fr", "halted"),
        ("La reunión fue aplazada.", "es", "halted"),
        ("Spotkanie zostało przełożone.", "pl", "halted"),
        # "zdecydowanie" is "definitely", "zdecydowana większość" "the vast majority" (a real pl report on Brexit)
        ("Dziś na emigracji Polacy zdecydowanie bardziej wolą zarabiać w Euro niż Funtach – dodaje Maciej Witucki.",
         "pl", None),
        ("Zdecydowana większość Polaków mieszkających na Wyspach chce tam zostać.", "pl", None),
        ("Zdecydowaliśmy o wyjściu z Unii Europejskiej.", "pl", "decided"),
        ("The ministers discussed the next steps.", "en", None),
        ("Schůzka byla odložena na neurčito.", "cs", "halted"),
        ("Срещата беше отложена.", "bg", "halted"),
        ("Срещата никога не е била насрочена.", "bg", "unscheduled"),
        ("Srečanje je bilo preloženo.", "sl", "halted"),
        ("Домовленості не було, зустріч не була запланована.", "uk", "unscheduled"),
        ("Зустріч відбудеться за планом у четвер.", "uk", "proceeding"),
    ],
)
def test_status_cues_per_language(text, language, family):
    assert status_family(text, language) == family


def test_a_different_venue_is_contested():
    claims = _compare(
        "Trump and Putin will hold their summit in Budapest next month, the Kremlin said on Thursday.",
        "Trump and Putin will hold their summit in Vienna next month, the Kremlin said on Thursday.",
    )
    [contested] = [c for c in claims if c.status == "contested"]
    assert [side.sources for side in contested.sides] == [["Outlet 0"], ["Outlet 1"]]


@pytest.mark.parametrize(
    "text, language, family",
    [
        ("The government is considering a ban on night flights.", "en", "considered"),
        ("The company has decided to rename the brand.", "en", "decided"),
        ("The ministry denied reports that the minister would resign.", "en", "denied"),
        ("The judge denied his request to be released.", "en", None),  # a request turned down, no report denied
        ("Der Konzern denkt darüber nach, das Logo zu ändern.", "de", "considered"),
        ("Der Konzern hat angekündigt, dass er die Marke ändern wird.", "de", "decided"),
        ("Der Sprecher dementierte den Bericht.", "de", "denied"),
        ("Der Stürmer bestritt sein hundertstes Länderspiel.", "de", None),  # "bestreiten" a match
        ("Er werde eine starke Regierung bilden, kündigte er an.", "de", None),  # a verb of saying, no decision
        ("El Gobierno está estudiando cerrar las fronteras.", "es", "considered"),
        ("El Ministerio desmintió la información.", "es", "denied"),
        ("Le gouvernement envisage de fermer les frontières.", "fr", "considered"),
        ("L'Élysée a démenti cette information.", "fr", "denied"),
        ("Il governo sta valutando la chiusura delle frontiere.", "it", "considered"),
        ("Palazzo Chigi ha smentito la notizia.", "it", "denied"),
        ("Prawo i Sprawiedliwość rozważa dymisję prezydenta.", "pl", "considered"),
        ("Dymisja? To fejk dnia.", "pl", "denied"),
        ("Nie jest brana pod uwagę.", "pl", "denied"),  # "not being considered" denies it
        ("Правительство рассматривает закрытие границ.", "ru", "considered"),
        ("В Кремле опровергли эту информацию.", "ru", "denied"),
        ("Это было отрицательное решение для компании.", "ru", None),  # "отрицательный" is no denial
        ("Уряд розглядає закриття кордонів.", "uk", "considered"),
    ],
)
def test_where_a_decision_stands_per_language(text, language, family):
    assert status_family(text, language) == family


def test_a_report_of_a_plan_and_its_denial_are_contested():
    claims = _compare(
        "The ruling party is considering the resignation of president Duda, which would allow a later election. "
        "Storms hit the coast on Monday.",
        "President Duda denied reports of his resignation, which would allow a later election. "
        "The mayor opened a new bridge.",
    )
    [contested] = [c for c in claims if c.status == "contested"]
    assert contested.dispute == {"kind": "polarity", "values": ["considered", "denied"]}
    assert [side.sources for side in contested.sides] == [["Outlet 0"], ["Outlet 1"]]


def test_a_decision_and_an_unrelated_consideration_are_not_contested():
    claims = _compare(
        "In the newsroom they have already voted and have decided. The storm hit the coast on Monday.",
        "The only scenario we are considering today is the postal vote law. The mayor opened a new bridge.",
    )
    assert not [c for c in claims if c.status == "contested"]



@pytest.mark.parametrize(
    "texts",
    [
        [("The regional governor said 12 people were killed in the missile strike on Kharkiv.", "en"),
         ("Губернатор області заявив, що внаслідок ракетного удару по Харкову загинули 12 людей.", "uk"),
         ("Губернатор области сообщил, что в результате ракетного удара по Харькову погибли 12 человек.", "ru")],
        [("Ryanair cancelled 600 flights because of the strike.", "en"),
         ("Ryanair hat wegen des Streiks 600 Flüge gestrichen.", "de"),
         ("Ryanair a annulé 600 vols à cause de la grève.", "fr"),
         ("Ryanair ha cancellato 600 voli a causa dello sciopero.", "it")],
    ],
)
def test_sources_of_one_statement_each_share_it_in_one_claim(texts):
    # the mean of the other sources is then mostly the shared fact itself: taking it out must not part them
    articles = [Article(id=f"a{i}", path=f"a{i}", text=t, language=lang, source=f"Outlet {i}")
                for i, (t, lang) in enumerate(texts)]
    analyses = [Analysis(text=t, language=lang, sentences=split_sentences(t, lang)) for t, lang in texts]
    [shared] = compare_articles(articles, analyses, "en")
    assert shared.status == "shared" and len({e.article_id for e in shared.evidence}) == len(texts)


def test_a_value_the_other_article_gives_for_this_fact_leaves_two_facts():
    """Two uk reports of one poll (real texts): 43% ready for free vaccination, and 39% ready for any beside 43% ready
    if it is free. The second report tells the first one's fact with its value: 43% and 39% are two facts."""
    claims = _compare(
        "52% українців не готові вакцинуватись від коронавірусу, навіть якщо щеплення будуть безкоштовними. Готові до "
        "безкоштовної вакцинації 43% громадян.",
        "Більшість опитаних українців (52%) не готові отримати вакцину від коронавірусу, навіть якщо вона буде "
        "безкоштовною. 39% громадян на вакцинацію згодні, свідчать результати опитування Соціологічної групи Рейтинг. "
        "43% респондентів висловили згоду піти на щеплення за умови, що за неї не треба буде платити.",
        language="uk",
    )
    assert not [c for c in claims if c.status == "contested"]
