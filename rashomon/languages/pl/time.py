"""Polish: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("wczoraj", -1, "day"),
    ("dzisiaj|dziś", 0, "day"),
    ("jutro", 1, "day"),
    ("w (?:zeszłym|ubiegłym|poprzednim) tygodniu", -7, "week"),
    ("w (?:przyszłym|następnym) tygodniu", 7, "week"),
    ("w tym tygodniu", 0, "week"),
    ("w (?:zeszłym|ubiegłym) miesiącu", -30, "month"),
    ("w przyszłym miesiącu", 30, "month"),
    ("w (?:zeszłym|ubiegłym) roku", -365, "year"),
    ("w przyszłym roku", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"zeszł\w*|ubiegł\w*|ostatni\w*"
FUTURE_MARKERS = r"przyszł\w*|następn\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "w|we|od|do|z|ze"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:będzie|będą|odbędzie|planowan\w*|zaplanowan\w*)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "do|najpóźniej|najpóźniej do"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:musi|muszą|powinn\w*|zaplanowan\w*|planowan\w*|przewidzian\w*|termin\w*)\b"
