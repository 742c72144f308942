"""Slovak: relative dates and the words around day and month names (the times stage).

Month and weekday names come from CLDR; the shapes are those of ``rashomon.analysis.time.lexicon``.
"""

# Phrases for a whole day, week, month or year relative to the anchor: (pattern, days offset, granularity).
RELATIVE = [
    ("včera", -1, "day"), ("dnes", 0, "day"), ("zajtra", 1, "day"),
    ("minulý týždeň|(?:v )?minulom týždni", -7, "week"), ("budúci týždeň|(?:v )?budúcom týždni", 7, "week"),
    ("tento týždeň|(?:v )?tomto týždni", 0, "week"),
    ("minulý mesiac|(?:v )?minulom mesiaci", -30, "month"), ("budúci mesiac|(?:v )?budúcom mesiaci", 30, "month"),
    ("minulý rok|(?:v )?minulom roku|vlani", -365, "year"), ("budúci rok|(?:v )?budúcom roku", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = r"minul\w*|uplynul\w*|predchádzajúc\w*"
FUTURE_MARKERS = r"budúc\w*|nasledujúc\w*|najbližš\w*"
# Prepositions that may stand before a day or month name ("v piatok", "do marca").
PREPOSITIONS = r"v|vo|od|do|z|zo|na"
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:bude|budú|uskutoční|plánuje\w*|naplánovan\w*)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = "do|najneskôr|najneskôr do"
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:musí|mal[aoiy]? by|naplánovan\w*|plánovan\w*|predpokladan\w*|termín\w*)\b"
