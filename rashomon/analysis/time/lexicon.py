"""Words for days, weeks and months in the languages Rashomon reads.

Slavic names are given as stems matched with any inflection ("понеділ" covers
понеділок/понеділка; "серп" covers серпень/серпня/серпні), so the locative and
genitive forms that dateparser misses ("у понеділок", "в серпні") resolve too.
Each table maps a regular expression (no groups) to a number: weekday 0 =
Monday, month 1 = January.
"""

from __future__ import annotations

_W = r"\w*"

WEEKDAYS: dict[str, list[tuple[str, int]]] = {
    "en": [("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5), ("sunday", 6)],
    "uk": [("понеділ" + _W, 0), ("вівтор" + _W, 1), ("серед[аиу]", 2), ("четвер" + _W, 3), ("п['’ʼ]?ятниц" + _W, 4), ("субот" + _W, 5), ("неділ" + _W, 6)],
    "ru": [("понедельник" + _W, 0), ("вторник" + _W, 1), ("сред[уыае]", 2), ("четверг" + _W, 3), ("пятниц" + _W, 4), ("суббот" + _W, 5), ("воскресень" + _W, 6)],
    "de": [("montag", 0), ("dienstag", 1), ("mittwoch", 2), ("donnerstag", 3), ("freitag", 4), ("samstag|sonnabend", 5), ("sonntag", 6)],
    "fr": [("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4), ("samedi", 5), ("dimanche", 6)],
    "es": [("lunes", 0), ("martes", 1), ("miércoles|miercoles", 2), ("jueves", 3), ("viernes", 4), ("sábado|sabado", 5), ("domingo", 6)],
    "pl": [("poniedział" + _W, 0), ("wtor(?:ek|ku)", 1), ("środ(?:a|ę|y|zie)", 2), ("czwart(?:ek|ku)", 3), ("piąt(?:ek|ku)", 4), ("sobot" + _W, 5), ("niedziel" + _W, 6)],
    "cs": [("pondělí", 0), ("úterý", 1), ("středu|středa", 2), ("čtvrtek", 3), ("pátek", 4), ("sobotu|sobota", 5), ("neděli|neděle", 6)],
    "bg": [("понеделник", 0), ("вторник", 1), ("сряда", 2), ("четвъртък", 3), ("петък", 4), ("събота", 5), ("неделя", 6)],
    "sl": [("ponedelj" + _W, 0), ("tor(?:ek|ka|kom)", 1), ("sred[aoi]", 2), ("četrt(?:ek|ka|kom)", 3), ("pet(?:ek|ka|kom)", 4), ("sobot[aoi]", 5), ("nedelj[aoi]", 6)],
}

MONTHS: dict[str, list[tuple[str, int]]] = {
    "en": [("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
           ("jan\\.", 1), ("feb\\.", 2), ("aug\\.", 8), ("sept?\\.", 9), ("oct\\.", 10), ("nov\\.", 11), ("dec\\.", 12)],
    "uk": [("січ" + _W, 1), ("лют" + _W, 2), ("берез" + _W, 3), ("квіт" + _W, 4), ("травн" + _W, 5), ("черв(?:ень|ня|ні)", 6), ("лип" + _W, 7), ("серп" + _W, 8), ("верес" + _W, 9), ("жовт" + _W, 10), ("листопад" + _W, 11), ("груд" + _W, 12)],
    "ru": [("январ" + _W, 1), ("феврал" + _W, 2), ("март" + _W, 3), ("апрел" + _W, 4), ("ма[йяе]", 5), ("июн" + _W, 6), ("июл" + _W, 7), ("август" + _W, 8), ("сентябр" + _W, 9), ("октябр" + _W, 10), ("ноябр" + _W, 11), ("декабр" + _W, 12)],
    "de": [("januar", 1), ("februar", 2), ("märz", 3), ("april", 4), ("mai", 5), ("juni", 6), ("juli", 7), ("august", 8), ("september", 9), ("oktober", 10), ("november", 11), ("dezember", 12)],
    "fr": [("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12)],
    "es": [("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8), ("septiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12)],
    "pl": [("stycz" + _W, 1), ("lut" + _W, 2), ("mar(?:zec|ca|cu)", 3), ("kwie" + _W, 4), ("maj|maja|maju", 5), ("czerw(?:iec|ca|cu)", 6), ("lip" + _W, 7), ("sierp" + _W, 8), ("wrze" + _W, 9), ("październik" + _W, 10), ("listopad" + _W, 11), ("grud" + _W, 12)],
    "cs": [("led" + _W, 1), ("únor" + _W, 2), ("břez" + _W, 3), ("dub" + _W, 4), ("květ" + _W, 5), ("červen" + _W, 6), ("červenec|července|červenci", 7), ("srp" + _W, 8), ("září", 9), ("říj" + _W, 10), ("listopad" + _W, 11), ("prosin" + _W, 12)],
    "bg": [("януари", 1), ("февруари", 2), ("март", 3), ("април", 4), ("май", 5), ("юни", 6), ("юли", 7), ("август", 8), ("септември", 9), ("октомври", 10), ("ноември", 11), ("декември", 12)],
    "sl": [("januar" + _W, 1), ("februar" + _W, 2), ("mar(?:ec|ca|cu)", 3), ("april" + _W, 4), ("maj" + _W, 5), ("junij" + _W, 6), ("julij" + _W, 7), ("avgust" + _W, 8), ("septemb" + _W, 9), ("oktob" + _W, 10), ("novemb" + _W, 11), ("decemb" + _W, 12)],
}

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
