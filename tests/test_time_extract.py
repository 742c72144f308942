"""Temporal expressions found and resolved against the publication date, in the seeds and in eight languages."""

from datetime import datetime
from pathlib import Path

import pytest

from rashomon.analysis.time import extract_times

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
PUBLISHED = datetime(2025, 10, 22)  # a Wednesday


def _resolved(text, language, published=PUBLISHED):
    return {t.text: t.value for t in extract_times(text, language, published)}


def test_english_seed_weekdays_resolve_to_the_days_before_publication():
    found = _resolved((SEEDS / "000_8a69b7fe4b9a2177.txt").read_text(encoding="utf-8"), "en")
    assert found["Tuesday"] == "2025-10-21"
    assert found["Thursday"] == "2025-10-16"
    assert found["on Monday"] == "2025-10-20"
    assert found["Monday’s"] == "2025-10-20"
    assert found["last week"] == "2025-10-13"  # the week's Monday
    assert found["next week"] == "2025-10-27"
    assert found["in August"] == "2025-08-01"


def test_ukrainian_seed_keeps_the_preposition_dateparser_misses():
    times = extract_times((SEEDS / "003_d5bce7bdcdc84413.txt").read_text(encoding="utf-8"), "uk", PUBLISHED)
    by_text = {t.text: t for t in times}
    assert by_text["в понеділок"].value == "2025-10-20"
    assert by_text["в понеділок"].relative_days == -2
    assert by_text["минулого тижня"].value == "2025-10-13"
    assert by_text["минулого тижня"].granularity == "week"
    assert by_text["наступного тижня"].value == "2025-10-27"


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("В понедельник министры созвонились, а на прошлой неделе встретились.", "ru",
         {"В понедельник": "2025-10-20", "на прошлой неделе": "2025-10-13"}),
        ("Am Montag sagte er, letzte Woche sei nichts passiert.", "de", {"Am Montag": "2025-10-20", "letzte Woche": "2025-10-13"}),
        ("Lundi dernier, le ministre a parlé; la semaine prochaine il partira.", "fr",
         {"Lundi dernier": "2025-10-20", "la semaine prochaine": "2025-10-27"}),
        ("El lunes habló el ministro, en agosto se reunieron.", "es", {"El lunes": "2025-10-20", "en agosto": "2025-08-01"}),
        ("W poniedziałek minister powiedział, że w sierpniu było spotkanie.", "pl",
         {"W poniedziałek": "2025-10-20", "w sierpniu": "2025-08-01"}),
        ("Зустріч відбулася 21 жовтня 2025 р. у Києві, а вчора їх знову бачили.", "uk",
         {"21 жовтня 2025": "2025-10-21", "вчора": "2025-10-21"}),
        ("The talks of 2025-10-03 and of 17.09.2025 failed.", "en", {"2025-10-03": "2025-10-03", "17.09.2025": "2025-09-17"}),
        ("В понеделник министрите разговаряха, а срещата ще е в петък.", "bg", {"В понеделник": "2025-10-20", "в петък": "2025-10-24"}),
        ("V ponedeljek sta ministra govorila, prejšnji teden sta se srečala.", "sl",
         {"V ponedeljek": "2025-10-20", "prejšnji teden": "2025-10-13"}),
        ("V pondělí ministři jednali, minulý týden se setkali.", "cs", {"V pondělí": "2025-10-20", "minulý týden": "2025-10-13"}),
    ],
)
def test_expressions_in_many_languages(text, language, expected):
    found = _resolved(text, language)
    for phrase, value in expected.items():
        assert found.get(phrase) == value, (phrase, found)


def test_future_tense_points_a_weekday_forward():
    found = _resolved("The ministers will meet on Friday, officials said.", "en")
    assert found["on Friday"] == "2025-10-24"


def test_lowercase_may_is_not_a_month():
    assert extract_times("Rubio and Lavrov may speak again in may.", "en", PUBLISHED) == []


def test_without_publication_date_relative_offsets_survive_and_dates_stay_open():
    times = extract_times("Вчора він сказав, що у вівторок нічого не було.", "uk", None)
    by_text = {t.text: t for t in times}
    assert by_text["Вчора"].value is None and by_text["Вчора"].relative_days == -1
    assert by_text["у вівторок"].value is None


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # Czech, Slovak and Slovene set the numbers of a date apart (CLDR sl "d. M. yy"): datelines read so.
        ("Praha 11:23 21. 9. 2020 (Aktualizováno: 12:40)", "cs", {"21. 9. 2020": "2020-09-21"}),
        ("Število okuženih na dan 22. 7. 2020 (00:00-24:00)", "sl", {"22. 7. 2020": "2020-07-22"}),
        # Slashed dates follow the language's CLDR order: the day first in Ukrainian, the month first in English.
        ("Вакцинація триває в 46 країнах\n\n16/01/2021 15:36", "uk", {"16/01/2021": "2021-01-16"}),
        ("Filed on 7/4/2021 in Boston.", "en", {"7/4/2021": "2021-07-04"}),
        # ...unless the text itself shows the other order: "23/12/2025" can only be read day first.
        ("23/12/2025 by M. Weeden\n11/12/2025 by One Tree Planted", "en",
         {"23/12/2025": "2025-12-23", "11/12/2025": "2025-12-11"}),
    ],
)
def test_numeric_dates_spaced_and_slashed(text, language, expected):
    found = {t.text: t.value for t in extract_times(text, language, None)}
    assert found == expected
