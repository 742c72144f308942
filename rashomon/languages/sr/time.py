"""Serbian (also read for Croatian and Bosnian): relative dates and the words around day and month names.

Month and weekday names come from CLDR; the shapes are those of ``rashomon.analysis.time.lexicon``. Each
pattern is written in Cyrillic and matches both scripts; Croatian and Bosnian forms that differ ("jučer",
"prošlog tjedna", "sljedeće godine") are added in Latin letters.
"""

from rashomon.languages.sr.script import either

# Phrases for a whole day, week, month or year relative to the anchor: (pattern, days offset, granularity).
RELATIVE = [
    (either("јуче") + "|jučer", -1, "day"), (either("данас"), 0, "day"), (either("сутра"), 1, "day"),
    (either("прошле недеље|прошле седмице|претходне недеље") + "|prošlog tjedna|prošli tjedan", -7, "week"),
    (either("следеће недеље|наредне недеље|идуће недеље|идуће седмице") + "|sljedećeg tjedna|idući tjedan|idućeg tjedna", 7, "week"),
    (either("ове недеље|ове седмице") + "|ovog tjedna|ovaj tjedan", 0, "week"),
    (either("прошлог месеца") + "|prošlog mjeseca", -30, "month"),
    (either("следећег месеца|наредног месеца") + "|sljedećeg mjeseca|idućeg mjeseca", 30, "month"),
    (either("прошле године|лане"), -365, "year"),
    (either("следеће године|наредне године|идуће године") + "|sljedeće godine", 365, "year"),
]
# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS = either(r"прошл\w*|претходн\w*")
FUTURE_MARKERS = either(r"следећ\w*|наредн\w*|идућ\w*") + r"|sljedeć\w*"
# Prepositions that may stand before a day or month name ("у уторак", "до децембра").
PREPOSITIONS = either("у|од|до|на|за|из")
# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT = r"\b(?:" + either(r"ће|биће|одржаће|планира\w*|заказан\w*") + r"|održat|bit će)\b"
# Words right before a date that make it the end of a period or a deadline ("until 31 December"), not the
# day something happened: never taken for the publication date.
UNTIL = either("до|најкасније до")
# Words of plans, obligations and deadlines ("must leave on", "scheduled for"): a date in their clause is
# when something is to happen, not the day of the report (the publication date estimate skips it).
PLANNED = r"\b(?:" + either(r"мора\w*|треба|планиран\w*|предвиђен\w*|рок\w*") + r"|predviđen\w*)\b"
