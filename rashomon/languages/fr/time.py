"""French: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("hier", -1, "day"),
    ("aujourd['’]hui", 0, "day"),
    ("demain", 1, "day"),
    ("la semaine (?:dernière|passée)", -7, "week"),
    ("la semaine prochaine", 7, "week"),
    ("cette semaine", 0, "week"),
    ("le mois dernier", -30, "month"),
    ("le mois prochain", 30, "month"),
    ("l['’]année dernière|l['’]an dernier", -365, "year"),
    ("l['’]année prochaine", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = "dernier|dernière|passé"
FUTURE_MARKERS = r"prochain\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "le|en|depuis|jusqu['’]au|dès"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:sera|seront|aura lieu|prévu\w*|va|vont)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "jusqu['’]au|jusqu['’]à|d['’]ici|d['’]ici au"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:doit|doivent|prévu\w*|date butoir|échéance)\b"
