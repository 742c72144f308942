"""Month and weekday names come from CLDR (Babel) for every language, with their inflections."""

from datetime import datetime

import pytest
from babel import Locale

from rashomon.analysis.time import extract_times
from rashomon.analysis.time.calendar import month_names, weekday_names
from rashomon.languages import SEARCH, scripts, supported

# Every language with a profile (those with a time lexicon and those read through CLDR alone).
LANGUAGES = supported(SEARCH)
CONTEXTS = [(context, width) for context in ("format", "stand-alone") for width in ("wide", "abbreviated")]


def _babel_forms(language: str, kind: str):
    """(form, number) for every form CLDR gives, in every script of the language."""
    for identifier in [language] + [f"{language}_{script}" for script in scripts(language)[1:]]:
        data = getattr(Locale.parse(identifier), kind)
        for context, width in CONTEXTS:
            yield from ((name, number) for number, name in data[context][width].items())


def _unambiguous(forms):
    numbers = {}
    for form, number in forms:
        numbers.setdefault(form.casefold(), set()).add(number)
    return [(form, number) for form, number in forms if len(numbers[form.casefold()]) == 1]


@pytest.mark.parametrize("kind, table, least", [("months", month_names, 24), ("days", weekday_names, 14)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cldr_form_reads_as_its_month_or_weekday(language, kind, table, least):
    forms = _unambiguous(list(_babel_forms(language, kind)))
    assert len(forms) >= least
    for form, number in forms:
        assert table(language).lookup(form) == number, (language, form)


@pytest.mark.parametrize(
    "language, word, number",
    [
        ("cs", "července", 7), ("cs", "června", 6), ("cs", "červenci", 7), ("cs", "červnu", 6), ("cs", "říjnu", 10),
        ("uk", "серпні", 8), ("uk", "лютому", 2), ("uk", "листопаді", 11), ("ru", "мае", 5), ("ru", "сентябре", 9),
        ("pl", "lipcu", 7), ("pl", "maju", 5), ("pl", "październiku", 10), ("sl", "marca", 3), ("sl", "decembra", 12),
        ("sl", "juliju", 7), ("sr", "јула", 7), ("sr", "decembra", 12), ("hr", "srpnju", 7), ("sk", "júli", 7),
        ("be", "ліпені", 7),
    ],
)
def test_inflected_months(language, word, number):
    assert month_names(language).lookup(word) == number


@pytest.mark.parametrize(
    "language, word, number",
    [("ru", "среду", 2), ("uk", "п’ятницю", 4), ("uk", "п'ятницю", 4), ("cs", "středu", 2), ("pl", "środę", 2),
     ("sl", "nedeljo", 6), ("sr", "среду", 2), ("sr", "nedelju", 6), ("sk", "nedeľu", 6)],
)
def test_inflected_weekdays(language, word, number):
    assert weekday_names(language).lookup(word) == number


@pytest.mark.parametrize(
    "language, word, kind",
    [("bg", "майка", "month"), ("uk", "середині", "weekday"), ("uk", "серед", "weekday"), ("ru", "мам", "month"),
     ("en", "may", "month"), ("en", "march", "month"), ("de", "mai", "month")],
)
def test_words_that_only_look_like_names(language, word, kind):
    table = month_names(language) if kind == "month" else weekday_names(language)
    assert table.lookup(word) is None


def test_language_without_cldr_data_has_no_names():
    assert month_names("xx").lookup("July") is None and weekday_names("und").pattern() == "(?!)"


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Praha 7. února 2018. Dohoda z 18. července 2018 a summit 1. června 2018.", "cs",
         {"7. února 2018": "2018-02-07", "18. července 2018": "2018-07-18", "1. června 2018": "2018-06-01"}),
        ("Beograd, 12. jul 2018. Sednica je održana 11. jula.", "sr", {"12. jul 2018": "2018-07-12", "11. jula": "2018-07-11"}),
        ("Bratislava, 12. júla 2018.", "sk", {"12. júla 2018": "2018-07-12"}),
        ("Скопје, 12 јули 2018.", "mk", {"12 јули 2018": "2018-07-12"}),
        ("Мінск, 12 ліпеня 2018 года.", "be", {"12 ліпеня 2018 года": "2018-07-12"}),
        ("Roma, 12 luglio 2018.", "it", {"12 luglio 2018": "2018-07-12"}),
        ("Mon, 12 Jul 2018: talks", "en", {"12 Jul 2018": "2018-07-12"}),
    ],
)
def test_dates_in_languages_read_through_cldr(text, language, expected):
    found = {t.text: t.value for t in extract_times(text, language, datetime(2018, 7, 13))}
    for phrase, value in expected.items():
        assert found.get(phrase) == value, (phrase, found)
