"""Czech: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("včera", -1, "day"),
    ("dnes", 0, "day"),
    ("zítra", 1, "day"),
    ("minulý týden", -7, "week"),
    ("příští týden", 7, "week"),
    ("tento týden", 0, "week"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"minul\w*"
FUTURE_MARKERS = r"příští\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "v|ve|od|do|z|ze"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:bude|budou|proběhne|plánuje\w*)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "do|nejpozději|nejpozději do"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:musí|měl[aoiy]? by|naplánován\w*|plánovan\w*|předpokládan\w*|termín\w*)\b"
