"""Slovene: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("včeraj", -1, "day"),
    ("danes", 0, "day"),
    ("jutri", 1, "day"),
    ("prejšnji teden|(?:v )?prejšnjem tednu", -7, "week"),
    ("(?:prihodnji|naslednji) teden|(?:v )?prihodnjem tednu", 7, "week"),
    ("ta teden|(?:v )?tem tednu", 0, "week"),
    ("prejšnji mesec", -30, "month"),
    ("prihodnji mesec", 30, "month"),
    ("lani", -365, "year"),
    ("prihodnje leto", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"prejšnj\w*|minul\w*|zadnj\w*"
FUTURE_MARKERS = r"prihodnj\w*|naslednj\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "v|na|od|do|z|s"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:bo|bodo|bosta|načrtuje\w*)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "do|najpozneje|najpozneje do"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:mora\w*|naj bi|načrtovan\w*|predviden\w*|rok\w*)\b"
