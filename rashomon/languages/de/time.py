"""German: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("gestern", -1, "day"),
    ("heute", 0, "day"),
    ("morgen", 1, "day"),
    ("(?:letzte|vergangene) woche|in der (?:letzten|vergangenen) woche", -7, "week"),
    ("nächste woche|in der nächsten woche", 7, "week"),
    ("diese woche|in dieser woche", 0, "week"),
    ("(?:letzten|vergangenen) monat", -30, "month"),
    ("nächsten monat", 30, "month"),
    ("(?:letztes|vergangenes) jahr", -365, "year"),
    ("nächstes jahr", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"letzt\w*|vergangen\w*"
FUTURE_MARKERS = r"nächst\w*|kommend\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "am|im|seit|bis|ab|vom|zum"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:wird|werden|werde|würde|soll|sollen|geplant)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "bis|bis zum|spätestens"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:muss|müssen|geplant\w*|vorgesehen\w*|Frist)\b"
