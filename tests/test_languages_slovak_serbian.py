"""Slovak and Serbian (both scripts; Croatian reads Serbian's profile) end to end: names with lemmas,
quotations with cue and speaker, dates, on news reports written as the outlets of each language write them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from rashomon import languages
from rashomon.analysis import Analyzer

FIXTURES = Path(__file__).parent / "fixtures" / "profiles"
PUBLISHED = datetime(2025, 11, 14)


@pytest.fixture(scope="module")
def analyses():
    """Every report analysed by one analyzer, so that one linker serves all of them, as in a store."""
    analyzer = Analyzer()
    return {
        path.stem: analyzer.analyze(path.read_text(encoding="utf-8"), None, PUBLISHED)
        for path in sorted(FIXTURES.glob("*.txt"))
    }


def lemmas(analysis) -> dict[str, str]:
    return {m.text: m.lemma for m in analysis.mentions}


def quote_with_cue(analysis, cue: str):
    found = [q for q in analysis.quotes if q.cue is not None and q.cue.text == cue]
    assert found, f"no quotation with the cue {cue!r}: {[(q.kind, q.cue and q.cue.text) for q in analysis.quotes]}"
    return found[0]


def dates(analysis) -> dict[str, str]:
    return {t.text: t.value for t in analysis.times}


@pytest.mark.parametrize("code", ["sk", "sr", "hr", "bs"])
def test_slovak_serbian_croatian_and_bosnian_get_full_analysis(code):
    assert languages.level(code) == languages.FULL
    assert languages.topic(code, "quotes") is not None and languages.topic(code, "names") is not None


def test_the_languages_are_detected(analyses):
    assert analyses["sk"].language == "sk"
    assert analyses["sr-cyrl"].language == "sr"
    assert analyses["hr"].language == "hr"
    # Serbian in Latin letters reads as Serbian, Croatian or Bosnian: all three share one profile.
    assert analyses["sr-latn"].language in ("sr", "hr", "bs")


def test_slovak_names_are_found_and_lemmatised(analyses):
    found = lemmas(analyses["sk"])
    assert found["Viktorom Orbánom"] == "Viktor Orbán"
    assert found["Bratislave"] == "Bratislava"
    assert found["Budapešti"] == "Budapest"
    people = {m.text for m in analyses["sk"].mentions if m.type == "PER"}
    assert {"Robert Fico", "Juraj Blanár", "Michal Šimečka", "Peter Pellegrini"} <= people


def test_slovak_quotations_have_their_cue_and_speaker(analyses):
    analysis = analyses["sk"]
    direct = quote_with_cue(analysis, "povedal")
    assert direct.kind == "direct" and direct.text.startswith("„Naše krajiny")
    # "…,“ povedal Fico novinárom po stretnutí": the inverted speaker ends with the name, which is Robert Fico.
    assert direct.speaker.text == "Fico"
    fico = next(m.entity for m in analysis.mentions if m.text == "Robert Fico")
    assert direct.speaker.entity == fico
    indirect = quote_with_cue(analysis, "uviedol")
    assert indirect.kind == "indirect" and indirect.text.startswith("že Slovensko nepodporí")
    assert indirect.speaker.text.endswith("Juraj Blanár")
    mixed = quote_with_cue(analysis, "vyhlásil")
    assert mixed.kind == "mixed" and mixed.speaker.text.endswith("Michal Šimečka")
    according = [q for q in analysis.quotes if q.kind == "according_to"]
    assert any(q.speaker.text == "agentúry TASR" and q.text.endswith("v Bratislave") for q in according)


def test_slovak_dates_are_resolved(analyses):
    found = dates(analyses["sk"])
    assert found["14. marca 2025"] == "2025-03-14"
    assert found["v piatok"] == "2025-11-14"
    assert found["včera"] == "2025-11-13"


@pytest.mark.parametrize("script", ["sr-cyrl", "sr-latn"])
def test_serbian_names_quotations_and_dates_in_both_scripts(analyses, script):
    analysis = analyses[script]
    latin = script == "sr-latn"
    found = lemmas(analysis)
    assert found["Parizu" if latin else "Паризу"] == ("Pariz" if latin else "Париз")
    assert found["Beogradu" if latin else "Београду"] == ("Beograd" if latin else "Београд")
    said = quote_with_cue(analysis, "rekao" if latin else "рекао")
    assert said.kind == "direct" and said.speaker.text == ("Vučić" if latin else "Вучић")
    declared = quote_with_cue(analysis, "izjavio" if latin else "изјавио")
    assert declared.kind == "indirect" and declared.speaker.text.endswith("Marko Đurić" if latin else "Марко Ђурић")
    according = quote_with_cue(analysis, "Prema rečima" if latin else "Према речима")
    assert according.kind == "according_to" and according.speaker.text == (
        "portparola Vlade" if latin else "портпарола Владе"
    )
    found = dates(analysis)
    assert found["12. novembra 2025" if latin else "12. новембра 2025"] == "2025-11-12"
    assert found["3. decembra" if latin else "3. децембра"] == "2025-12-03"


def test_one_serbian_speaker_is_one_entity_whatever_the_script(analyses):
    cyrillic = quote_with_cue(analyses["sr-cyrl"], "рекао").speaker.entity
    latin = quote_with_cue(analyses["sr-latn"], "rekao").speaker.entity
    assert cyrillic is not None and cyrillic == latin


def test_croatian_reads_the_serbian_profile(analyses):
    analysis = analyses["hr"]
    said = quote_with_cue(analysis, "rekao")
    assert said.speaker.text == "Plenković" and said.text.startswith("„Hrvatska je pouzdan partner")
    assert quote_with_cue(analysis, "kazao").speaker.text.endswith("Sandro Vizner")
    according = quote_with_cue(analysis, "Prema riječima")
    assert according.speaker.text == "glasnogovornika Vlade"
    assert dates(analysis)["5. veljače 2025"] == "2025-02-05"
    assert lemmas(analysis)["Berlinu"] == "Berlin"


@pytest.mark.parametrize(
    "first, second, language",
    [
        ("Према речима др. Јовановића, тј. министра, све иде по плану.", "Састанак је у уторак.", "sr"),
        ("Prema rečima dr. Jovanovića, tj. ministra, sve ide po planu.", "Sastanak je u utorak.", "sr"),
        ("Podľa Ing. Jána Kováča ide o tzv. dohodu o plyne.", "Stretnutie bude v utorok.", "sk"),
    ],
)
def test_abbreviations_before_a_name_do_not_end_the_sentence(first, second, language):
    from rashomon.analysis.sentences import split_sentences

    assert [s.text for s in split_sentences(f"{first} {second}", language)] == [first, second]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Prezident včera zdôraznil, že stretnutie bude budúci týždeň.",
            "sk",
            {"včera": "2025-11-13", "budúci týždeň": "2025-11-17"},
        ),
        (
            "Премијер је јуче поручио да ће састанак бити следеће недеље.",
            "sr",
            {"јуче": "2025-11-13", "следеће недеље": "2025-11-17"},
        ),
        (
            "Premijer je juče rekao da će sastanak biti sledeće nedelje.",
            "sr",
            {"juče": "2025-11-13", "sledeće nedelje": "2025-11-17"},
        ),
        (
            "Premijer je jučer poručio da će se sastanak održati sljedećeg tjedna.",
            "hr",
            {"jučer": "2025-11-13", "sljedećeg tjedna": "2025-11-17"},
        ),
    ],
)
def test_relative_dates(text, language, expected):
    from rashomon.analysis.time import extract_times

    assert {t.text: t.value for t in extract_times(text, language, PUBLISHED)} == expected
