"""English: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("yesterday", -1, "day"),
    ("today", 0, "day"),
    ("tomorrow", 1, "day"),
    ("last week", -7, "week"),
    ("next week", 7, "week"),
    ("this week", 0, "week"),
    ("last month", -30, "month"),
    ("next month", 30, "month"),
    ("last year", -365, "year"),
    ("next year", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = "last|past|previous"
FUTURE_MARKERS = "next|coming"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "on|in|since|by|until|from"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:will|would|shall|is to|are to|is going to|plans? to|scheduled for|expected)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "until|till|by|through|deadline of"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:due|must|planned|set for|deadline)\b"
