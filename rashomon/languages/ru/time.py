"""Russian: words of time (the times stage). Month and weekday names come from CLDR."""

# Phrases for a whole day, week, month or year relative to the publication date:
# (pattern, offset in days, granularity).
RELATIVE = [
    ("вчера", -1, "day"),
    ("сегодня", 0, "day"),
    ("завтра", 1, "day"),
    ("на прошлой неделе", -7, "week"),
    ("на следующей неделе|на будущей неделе", 7, "week"),
    ("на этой неделе", 0, "week"),
    ("в прошлом месяце", -30, "month"),
    ("в следующем месяце", 30, "month"),
    ("в прошлом году", -365, "year"),
    ("в следующем году", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"прошл\w*|минувш\w*"
FUTURE_MARKERS = r"следующ\w*|ближайш\w*|будущ\w*"
# Prepositions that may stand before a day or month name.
PREPOSITIONS = "в|во|с|со|до|на"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:будет|будут|состоится|состоятся|планиру\w*|запланирован\w*)\b"
# pymorphy3's grammeme of the future tense, which it gives the perfective present ("пройдёт", "пройде"): a clause
# whose verb it reads so tells what will be (rashomon/comparison/cues.py, tells_future).
PYMORPHY_FUTURE = "futr"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "до|не позднее|к"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:долж[ейн]\w*|назначен\w*|намечен\w*|запланирован\w*|предусмотрен\w*|срок\w*)\b"
