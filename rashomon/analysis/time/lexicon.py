"""Relative phrases, direction words and prepositions of time in the languages Rashomon reads.

Month and weekday names are not here: they come from CLDR (``calendar``).
"""

from __future__ import annotations

# Phrases for a whole day or week relative to the anchor: pattern -> (days offset, granularity).
RELATIVE: dict[str, list[tuple[str, int, str]]] = {
    "en": [("yesterday", -1, "day"), ("today", 0, "day"), ("tomorrow", 1, "day"),
           ("last week", -7, "week"), ("next week", 7, "week"), ("this week", 0, "week"),
           ("last month", -30, "month"), ("next month", 30, "month"), ("last year", -365, "year"), ("next year", 365, "year")],
    "uk": [("вчора|учора", -1, "day"), ("сьогодні", 0, "day"), ("завтра", 1, "day"),
           ("(?:минулого|попереднього) тижня|на минулому тижні", -7, "week"), ("наступного тижня|на наступному тижні", 7, "week"), ("цього тижня|на цьому тижні", 0, "week"),
           ("минулого місяця", -30, "month"), ("наступного місяця", 30, "month"), ("минулого року", -365, "year"), ("наступного року", 365, "year")],
    "ru": [("вчера", -1, "day"), ("сегодня", 0, "day"), ("завтра", 1, "day"),
           ("на прошлой неделе", -7, "week"), ("на следующей неделе|на будущей неделе", 7, "week"), ("на этой неделе", 0, "week"),
           ("в прошлом месяце", -30, "month"), ("в следующем месяце", 30, "month"), ("в прошлом году", -365, "year"), ("в следующем году", 365, "year")],
    "de": [("gestern", -1, "day"), ("heute", 0, "day"), ("morgen", 1, "day"),
           ("(?:letzte|vergangene) woche|in der (?:letzten|vergangenen) woche", -7, "week"), ("nächste woche|in der nächsten woche", 7, "week"), ("diese woche|in dieser woche", 0, "week"),
           ("(?:letzten|vergangenen) monat", -30, "month"), ("nächsten monat", 30, "month"), ("(?:letztes|vergangenes) jahr", -365, "year"), ("nächstes jahr", 365, "year")],
    "fr": [("hier", -1, "day"), ("aujourd['’]hui", 0, "day"), ("demain", 1, "day"),
           ("la semaine (?:dernière|passée)", -7, "week"), ("la semaine prochaine", 7, "week"), ("cette semaine", 0, "week"),
           ("le mois dernier", -30, "month"), ("le mois prochain", 30, "month"), ("l['’]année dernière|l['’]an dernier", -365, "year"), ("l['’]année prochaine", 365, "year")],
    "es": [("ayer", -1, "day"), ("hoy", 0, "day"), ("mañana", 1, "day"),
           ("la semana pasada", -7, "week"), ("la (?:próxima|proxima) semana|la semana que viene", 7, "week"), ("esta semana", 0, "week"),
           ("el mes pasado", -30, "month"), ("el (?:próximo|proximo) mes", 30, "month"), ("el año pasado", -365, "year"), ("el (?:próximo|proximo) año", 365, "year")],
    "pl": [("wczoraj", -1, "day"), ("dzisiaj|dziś", 0, "day"), ("jutro", 1, "day"),
           ("w (?:zeszłym|ubiegłym|poprzednim) tygodniu", -7, "week"), ("w (?:przyszłym|następnym) tygodniu", 7, "week"), ("w tym tygodniu", 0, "week"),
           ("w (?:zeszłym|ubiegłym) miesiącu", -30, "month"), ("w przyszłym miesiącu", 30, "month"), ("w (?:zeszłym|ubiegłym) roku", -365, "year"), ("w przyszłym roku", 365, "year")],
    "cs": [("včera", -1, "day"), ("dnes", 0, "day"), ("zítra", 1, "day"),
           ("minulý týden", -7, "week"), ("příští týden", 7, "week"), ("tento týden", 0, "week")],
    "bg": [("вчера", -1, "day"), ("днес", 0, "day"), ("утре", 1, "day"),
           ("миналата седмица", -7, "week"), ("следващата седмица|другата седмица", 7, "week"), ("тази седмица", 0, "week"),
           ("миналия месец", -30, "month"), ("следващия месец", 30, "month"), ("миналата година", -365, "year"), ("следващата година", 365, "year")],
    "sl": [("včeraj", -1, "day"), ("danes", 0, "day"), ("jutri", 1, "day"),
           ("prejšnji teden|(?:v )?prejšnjem tednu", -7, "week"), ("(?:prihodnji|naslednji) teden|(?:v )?prihodnjem tednu", 7, "week"), ("ta teden|(?:v )?tem tednu", 0, "week"),
           ("prejšnji mesec", -30, "month"), ("prihodnji mesec", 30, "month"), ("lani", -365, "year"), ("prihodnje leto", 365, "year")],
}

# Words before a weekday or month that point backwards or forwards.
PAST_MARKERS: dict[str, str] = {
    "en": r"last|past|previous",
    "uk": r"минул\w*|попередн\w*",
    "ru": r"прошл\w*|минувш\w*",
    "de": r"letzt\w*|vergangen\w*",
    "fr": r"dernier|dernière|passé",
    "es": r"pasad[oa]",
    "pl": r"zeszł\w*|ubiegł\w*|ostatni\w*",
    "cs": r"minul\w*",
    "bg": r"минал\w*|предишн\w*",
    "sl": r"prejšnj\w*|minul\w*|zadnj\w*",
}
FUTURE_MARKERS: dict[str, str] = {
    "en": r"next|coming",
    "uk": r"наступн\w*|найближч\w*",
    "ru": r"следующ\w*|ближайш\w*|будущ\w*",
    "de": r"nächst\w*|kommend\w*",
    "fr": r"prochain\w*",
    "es": r"próxim\w*|proxim\w*|que viene",
    "pl": r"przyszł\w*|następn\w*",
    "cs": r"příští\w*",
    "bg": r"следващ\w*|идн\w*",
    "sl": r"prihodnj\w*|naslednj\w*",
}

# Prepositions that may stand before a day or month name ("on Monday", "у понеділок", "am Montag").
PREPOSITIONS: dict[str, str] = {
    "en": r"on|in|since|by|until|from",
    "uk": r"у|в|во|з|від|до|на",
    "ru": r"в|во|с|со|до|на",
    "de": r"am|im|seit|bis|ab|vom|zum",
    "fr": r"le|en|depuis|jusqu['’]au|dès",
    "es": r"el|en|desde|hasta",
    "pl": r"w|we|od|do|z|ze",
    "cs": r"v|ve|od|do|z|ze",
    "bg": r"в|във|на|от|до|през",
    "sl": r"v|na|od|do|z|s",
}

# A clause in the future tense: a weekday or month in it points forwards.
FUTURE_CONTEXT: dict[str, str] = {
    "en": r"\b(?:will|would|shall|is to|are to|is going to|plans? to|scheduled for|expected)\b",
    "uk": r"\b(?:буде|будуть|відбудеться|відбудуться|планує\w*|заплановано|\w+тиме|\w+тимуть)\b",
    "ru": r"\b(?:будет|будут|состоится|состоятся|планиру\w*|запланирован\w*)\b",
    "de": r"\b(?:wird|werden|werde|würde|soll|sollen|geplant)\b",
    "fr": r"\b(?:sera|seront|aura lieu|prévu\w*|va|vont)\b",
    "es": r"\b(?:será|serán|tendrá lugar|previst\w*|va a|van a)\b",
    "pl": r"\b(?:będzie|będą|odbędzie|planowan\w*|zaplanowan\w*)\b",
    "cs": r"\b(?:bude|budou|proběhne|plánuje\w*)\b",
    "bg": r"\b(?:ще|предстои|планира\w*)\b",
    "sl": r"\b(?:bo|bodo|bosta|načrtuje\w*)\b",
}
