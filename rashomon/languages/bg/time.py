"""Bulgarian: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("вчера", -1, "day"),
    ("днес", 0, "day"),
    ("утре", 1, "day"),
    ("миналата седмица", -7, "week"),
    ("следващата седмица|другата седмица", 7, "week"),
    ("тази седмица", 0, "week"),
    ("миналия месец", -30, "month"),
    ("следващия месец", 30, "month"),
    ("миналата година", -365, "year"),
    ("следващата година", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"минал\w*|предишн\w*"
FUTURE_MARKERS = r"следващ\w*|идн\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "в|във|на|от|до|през"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:ще|предстои|планира\w*)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "до|не по-късно от|към|краен срок"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:трябва|предвиден\w*|планиран\w*|насрочен\w*|срок\w*)\b"
