"""Exclusive details: a date is its own only when no other source gives that day, in any year or spelling."""

from rashomon.comparison.details import DetailFinder
from rashomon.comparison.statements import Statement
from rashomon.model import Analysis, TimeExpression

BG = "Азия Биби беше освободена на 31 октомври 2018 г. в Пакистан."
BG_DAY = TimeExpression(BG.index("31"), BG.index("31") + 16, "31 октомври 2018", "2018-10-31", "day")
RU_DAY = "Азию Биби освободили 31 октября, сообщают СМИ."
RU_TODAY = "Азию Биби освободили сегодня, сообщают СМИ."


def _time(text: str, words: str, value: str, relative_days: int | None = None) -> TimeExpression:
    at = text.index(words)
    return TimeExpression(at, at + len(words), words, value, "day", relative_days)


def _details(bg_times: list[TimeExpression], ru_text: str, ru_times: list[TimeExpression]) -> list[str]:
    """The exclusive details of a shared claim made of one Bulgarian and one Russian statement."""
    analyses = [Analysis(text=BG, language="bg", times=bg_times), Analysis(text=ru_text, language="ru", times=ru_times)]
    statements = [
        Statement(0, "a-bg", 0, len(BG), BG, "bg", "bg-outlet"),
        Statement(1, "a-ru", 0, len(ru_text), ru_text, "ru", "ru-outlet"),
    ]
    finder = DetailFinder(analyses, {0: "bg-outlet", 1: "ru-outlet"})
    return [claim.text for claim in finder.details(statements, [0, 1], "shared-claim")]


def test_a_day_another_source_gives_without_its_year_is_no_exclusive_detail():
    # An undated archive: the Russian report's year is inferred from the day of ingest, not 2018.
    assert _details([BG_DAY], RU_DAY, [_time(RU_DAY, "31 октября", "2026-10-31")]) == []


def test_a_day_no_other_source_gives_is_an_exclusive_detail():
    assert _details([BG_DAY], RU_TODAY, [_time(RU_TODAY, "сегодня", "2018-11-07", relative_days=0)]) == [
        "на 31 октомври 2018"
    ]


def test_a_day_named_without_a_digit_is_no_detail():
    assert _details([], RU_TODAY, [_time(RU_TODAY, "сегодня", "2018-11-07", relative_days=0)]) == []


def test_a_week_named_relative_to_the_report_is_no_detail():
    text = "Азию Биби освободили на прошлой неделе, сообщают СМИ."
    at = text.index("на прошлой неделе")
    last_week = TimeExpression(at, at + 17, "на прошлой неделе", "2018-10-29", "week", -7)
    assert _details([], text, [last_week]) == []
