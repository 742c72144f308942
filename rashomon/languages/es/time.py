"""Spanish: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("ayer", -1, "day"),
    ("hoy", 0, "day"),
    ("mañana", 1, "day"),
    ("la semana pasada", -7, "week"),
    ("la (?:próxima|proxima) semana|la semana que viene", 7, "week"),
    ("esta semana", 0, "week"),
    ("el mes pasado", -30, "month"),
    ("el (?:próximo|proximo) mes", 30, "month"),
    ("el año pasado", -365, "year"),
    ("el (?:próximo|proximo) año", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = "pasad[oa]"
FUTURE_MARKERS = r"próxim\w*|proxim\w*|que viene"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "el|en|desde|hasta"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:será|serán|tendrá lugar|previst\w*|va a|van a)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "hasta|hasta el|antes del"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:debe|deben|previst\w*|fecha límite|plazo)\b"
