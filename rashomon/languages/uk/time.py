"""Ukrainian: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("вчора|учора", -1, "day"),
    ("сьогодні", 0, "day"),
    ("завтра", 1, "day"),
    ("(?:минулого|попереднього) тижня|на минулому тижні", -7, "week"),
    ("наступного тижня|на наступному тижні", 7, "week"),
    ("цього тижня|на цьому тижні", 0, "week"),
    ("минулого місяця", -30, "month"),
    ("наступного місяця", 30, "month"),
    ("минулого року", -365, "year"),
    ("наступного року", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"минул\w*|попередн\w*"
FUTURE_MARKERS = r"наступн\w*|найближч\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "у|в|во|з|від|до|на"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:буде|будуть|відбудеться|відбудуться|планує\w*|заплановано|\w+тиме|\w+тимуть)\b"
# pymorphy3's grammeme of the future tense, which it gives the perfective present ("пройдёт", "пройде"): a clause
# whose verb it reads so tells what will be (rashomon/comparison/cues.py, tells_future).
PYMORPHY_FUTURE = "futr"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "до|не пізніше|не пізніше ніж"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:мус\w*|повинн\w*|має|мають|призначен\w*|запланован\w*|передбачен\w*|строк\w*|термін\w*)\b"
