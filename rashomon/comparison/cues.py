"""Per-language cue lexicons: negation, quantity words, reader prompts, and the status of a planned event.

Status families say what a statement asserts about something planned (a
meeting, a vote, a deal): ``halted`` (postponed, put on hold, delayed,
cancelled), ``unscheduled`` (never scheduled, no agreement was reached, nothing
to postpone), ``proceeding`` (will take place, goes ahead as planned). Two
families in ``INCOMPATIBLE`` cannot both be true of the same matter, so
statements carrying them are the sides of a contested claim. Patterns are
regular expressions matched case-insensitively on word boundaries; Slavic
entries are stems so every inflection matches.
"""

from __future__ import annotations

import re
from functools import cache

LANGUAGES = ("en", "uk", "ru", "de", "fr", "es", "pl", "cs", "bg", "sl")

NEGATION: dict[str, str] = {
    "en": r"not|no|never|n['’]t|none|nothing|impossible|neither|nor|without",
    "uk": r"не|ні|ніколи|ніяк\w*|жодн\w*|немає|неможливо|без",
    "ru": r"не|нет|ни|никогда|никак\w*|невозможно|без",
    "de": r"nicht|kein\w*|nie|niemals|unmöglich|ohne",
    "fr": r"ne|n['’]|pas|jamais|aucun\w*|impossible|sans",
    "es": r"no|nunca|ningún|ninguna|imposible|sin",
    "pl": r"nie|nigdy|żadn\w*|niemożliwe|bez",
    "cs": r"ne|není|nejsou|nebyl\w*|nelze|nikdy|žádn\w*|nic|nemožné|bez",
    "bg": r"не|няма|нямаше|никога|никакв\w*|невъзможно|без",
    "sl": r"ne|ni|niso|nikoli|noben\w*|nemogoče|brez",
}

HALTED: dict[str, str] = {
    "en": r"postpon\w*|put on hold|on hold|delay\w*|tabled|shelved|suspend\w*|cancel\w*|called off|scrapped|put off",
    "uk": r"відкла\w*|відклад\w*|перенес\w*|перенос\w*|призупин\w*|скасов\w*|скасув\w*|відмін\w*|зірва\w*",
    "ru": r"отлож\w*|отклад\w*|перенес\w*|перенос\w*|приостанов\w*|отмен\w*|сорва\w*",
    "de": r"verschob\w*|verschieb\w*|aufgeschoben|abgesagt|ausgesetzt|vertagt|auf eis gelegt",
    "fr": r"report\w*|ajourn\w*|annul\w*|suspendu\w*|repouss\w*",
    "es": r"aplaza\w*|pospu\w*|postergad\w*|suspendid\w*|cancelad\w*",
    "pl": r"przełoż\w*|odłoż\w*|odwoła\w*|zawiesz\w*|wstrzyma\w*",
    "cs": r"odlož\w*|odklád\w*|zruš\w*|pozastav\w*|přelož\w*",
    "bg": r"отлож\w*|отмен\w*|замраз\w*|спрян\w*",
    "sl": r"prelož\w*|odlož\w*|odpoved\w*|zamrznjen\w*|prekinjen\w*",
}

UNSCHEDULED: dict[str, str] = {
    "en": r"(?:never|not yet|not) (?:been )?(?:scheduled|planned|agreed|arranged|set)|no (?:such )?(?:agreement|arrangement|date)|nothing to postpone|no \w+ to postpone",
    "uk": r"не було (?:\w+ )?(?:домовлен\w*|домовленост\w*|запланован\w*)|домовленост\w* не було|не (?:був |була |було |були )?(?:домовля\w*|домовил\w*|планувал\w*|призначал\w*|запланован\w*|призначен\w*|погоджен\w*)|нічого відкладати",
    "ru": r"не было (?:\w+ )?(?:договорен\w*|договорённост\w*|запланирован\w*)|договор[её]нност\w* не было|не (?:был |была |было |были )?(?:договарива\w*|договорил\w*|планировал\w*|назначал\w*|запланирован\w*|назначен\w*|согласован\w*)|нечего откладывать",
    "de": r"nie (?:geplant|vereinbart|angesetzt|terminiert)|nicht (?:geplant|vereinbart|angesetzt|terminiert)|keine vereinbarung",
    "fr": r"jamais (?:été )?(?:prévu\w*|programmé\w*|convenu\w*|fixé\w*)|aucun accord|pas d['’]accord sur",
    "es": r"nunca (?:se )?(?:programad\w*|acordad\w*|previst\w*|fijad\w*)|ningún acuerdo|no había acuerdo",
    "pl": r"nigdy nie (?:zaplanowan\w*|uzgodnion\w*|ustalon\w*)|nie (?:zaplanowano|uzgodniono|ustalono)|nie było (?:żadnych )?(?:porozumie\w*|ustaleń|uzgodnień)",
    "cs": r"(?:nikdy )?nebyl\w* (?:\w+ )?(?:naplánován\w*|dohodnut\w*|sjednán\w*)|(?:nebyla )?žádná dohoda",
    "bg": r"(?:никога )?не (?:\w+ ){0,2}(?:насрочен\w*|планиран\w*|договорен\w*)|нямаше (?:\w+ )?(?:договорк\w*|споразумение)",
    "sl": r"(?:nikoli )?ni bil\w* (?:\w+ )?(?:načrtovan\w*|dogovorjen\w*)|ni bilo (?:\w+ )?dogovor\w*",
}

PROCEEDING: dict[str, str] = {
    "en": r"will (?:take place|go ahead|proceed)|goes ahead|going ahead|as planned|on schedule|on track",
    "uk": r"відбудеться|відбудуться|за планом|як і планувалося",
    "ru": r"состоится|состоятся|по плану|как и планировалось",
    "de": r"findet (?:\w+ )?statt|wie geplant|planmäßig",
    "fr": r"aura lieu|comme prévu",
    "es": r"tendrá lugar|se celebrará|según lo previsto",
    "pl": r"odbędzie się|zgodnie z planem",
    "cs": r"uskuteční se|proběhne|podle plánu",
    "bg": r"ще се състои|ще се проведе|по план",
    "sl": r"bo potekal\w*|po načrtu",
}

# Words that address the reader (second person): outside a quotation, a sentence with one is a
# prompt ("Sign up here", "Ne ratez aucun article", "Masz newsa?"), not a claim about the event.
READER: dict[str, str] = {
    "en": r"you|your|yours",
    "fr": r"vous|votre|vos|tu|ton|ta|tes",
    "es": r"usted|ustedes|tú|tu|tus|vosotros",
    "it": r"voi|vostro|vostra|vostri|tu|tuo|tua",
    "pl": r"ty|twój|twoja|twoje|masz|możesz|wy|wasz|wasza|państwo",
    "de": r"du|dich|dein|deine|euch|euer|eure",
    "uk": r"ви|ваш|ваша|ваше|ти|твій|твоя",
    "ru": r"вы|ваш|ваша|ваше|ты|твой|твоя",
    "cs": r"vy|váš|vaše|ty|tvůj|tvoje",
    "bg": r"вие|ваш|ваша|ти|твой|твоя",
    "sl": r"vi|vaš|vaša|ti|tvoj|tvoja",
}

# Words that give a quantity as a floor: "at least two dead" and "seven dead" are compatible accounts.
LOWER_BOUND: dict[str, str] = {
    "en": r"at least|more than|over|upwards of|in excess of",
    "de": r"mindestens|mehr als|über|wenigstens",
    "fr": r"au moins|plus de|plus d['’]",
    "es": r"al menos|más de|por lo menos",
    "it": r"almeno|più di|oltre",
    "pl": r"co najmniej|ponad|przynajmniej|więcej niż",
    "ru": r"не менее|более|свыше|по меньшей мере|как минимум",
    "uk": r"щонайменше|понад|більше ніж|принаймні|як мінімум",
    "cs": r"nejméně|alespoň|více než|přes",
    "bg": r"най-малко|поне|над|повече от",
    "sl": r"vsaj|najmanj|več kot",
}

# Scale words after a number ("35,1 Milliarden", "3 mln"): the power of ten they multiply by.
SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "k": 3, "million": 6, "millions": 6, "m": 6, "mn": 6, "billion": 9, "billions": 9, "bn": 9, "trillion": 12},
    "de": {"tausend": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9, "milliarden": 9, "mrd": 9, "billion": 12, "billionen": 12},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9, "md": 9, "mds": 9},
    "es": {"mil": 3, "millón": 6, "millones": 6, "millardo": 9, "millardos": 9, "billón": 12, "billones": 12},
    "it": {"mila": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9, "mln": 6, "mld": 9},
    "pl": {"tys": 3, "tysiąc": 3, "tysiące": 3, "tysięcy": 3, "mln": 6, "milion": 6, "miliony": 6, "milionów": 6, "mld": 9, "miliard": 9, "miliardy": 9, "miliardów": 9},
    "uk": {"тис": 3, "тисяч": 3, "тисячі": 3, "млн": 6, "мільйон": 6, "мільйони": 6, "мільйонів": 6, "млрд": 9, "мільярд": 9, "мільярди": 9, "мільярдів": 9},
    "ru": {"тыс": 3, "тысяч": 3, "тысячи": 3, "млн": 6, "миллион": 6, "миллиона": 6, "миллионов": 6, "млрд": 9, "миллиард": 9, "миллиарда": 9, "миллиардов": 9},
    "cs": {"tis": 3, "tisíc": 3, "mil": 6, "milion": 6, "milionů": 6, "miliard": 9, "miliardy": 9, "mld": 9},
    "bg": {"хил": 3, "хиляди": 3, "млн": 6, "милиона": 6, "млрд": 9, "милиарда": 9},
    "sl": {"tisoč": 3, "mio": 6, "milijon": 6, "milijonov": 6, "milijard": 9, "milijarde": 9},
}

# Number words, including approximate collectives ("une centaine", "una treintena", "a dozen").
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
           "elf": 11, "zwölf": 12, "dutzend": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
           "douze": 12, "douzaine": 12, "vingt": 20, "vingtaine": 20, "trente": 30, "trentaine": 30, "quarante": 40,
           "quarantaine": 40, "cinquante": 50, "cinquantaine": 50, "cent": 100, "centaine": 100},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
           "doce": 12, "docena": 12, "veinte": 20, "veintena": 20, "treinta": 30, "treintena": 30, "cuarenta": 40,
           "cuarentena": 40, "cincuenta": 50, "cincuentena": 50, "cien": 100, "centenar": 100},
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
           "dodici": 12, "dozzina": 12, "venti": 20, "ventina": 20, "trenta": 30, "trentina": 30, "cinquanta": 50,
           "cinquantina": 50, "cento": 100, "centinaio": 100},
    "pl": {"dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9,
           "dziesięć": 10, "dwanaście": 12, "tuzin": 12, "dwadzieścia": 20, "trzydzieści": 30, "pięćdziesiąt": 50, "sto": 100},
    "uk": {"два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9,
           "десять": 10, "дванадцять": 12, "двадцять": 20, "тридцять": 30, "п'ятдесят": 50, "сто": 100},
    "ru": {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
           "десять": 10, "двенадцать": 12, "двадцать": 20, "тридцать": 30, "пятьдесят": 50, "сто": 100},
}

INCOMPATIBLE = {
    frozenset({"halted", "unscheduled"}),
    frozenset({"halted", "proceeding"}),
    frozenset({"unscheduled", "proceeding"}),
}

# Words between a negation and a halted verb that still let the negation reach it.
_NEGATION_REACH = 4


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


@cache
def _compiled(table_name: str, language: str) -> re.Pattern:
    table = {"halted": HALTED, "unscheduled": UNSCHEDULED, "proceeding": PROCEEDING, "negation": NEGATION, "reader": READER,
             "lower_bound": LOWER_BOUND}[table_name]
    return re.compile(rf"(?<!\w)(?:{table[_language(language)]})(?!\w)", re.IGNORECASE)


def lower_bound(language: str) -> re.Pattern:
    return _compiled("lower_bound", language)


def addresses_reader(text: str, language: str) -> bool:
    return language in READER and bool(_compiled("reader", language).search(text))


def is_negated(text: str, language: str) -> bool:
    return bool(_compiled("negation", language).search(text))


def status_family(text: str, language: str) -> str | None:
    """The status family a statement asserts, or None.

    "Never scheduled" outranks the "postpone" it often contains ("impossible to
    postpone something that was never scheduled"); a negated halt ("there was
    no meeting to postpone", "неможливо відкласти") denies the halt.
    """
    if _compiled("unscheduled", language).search(text):
        return "unscheduled"
    halted = _compiled("halted", language).search(text)
    if halted:
        before = text[: halted.start()].split()[-_NEGATION_REACH:]
        if _compiled("negation", language).search(" ".join(before)):
            return "unscheduled"
        return "halted"
    if _compiled("proceeding", language).search(text):
        return "proceeding"
    return None


def incompatible(family_a: str | None, family_b: str | None) -> bool:
    return bool(family_a and family_b and frozenset({family_a, family_b}) in INCOMPATIBLE)
