"""The values a statement gives: quantities (with their scale and unit) and years, comparable across languages.

"35,1 Milliarden" and "35.1bn" are both 3.51e10; "une centaine" is 100; a
thousands separator is told from a decimal comma by the three digits after it.
A quantity's unit is its currency ("$", "Euro", "złotych", "фунтов": the same
key in every language) or else the word it counts ("43 personas", "une
centaine de personnes"), which only compares within one language.
"""

from __future__ import annotations

import re

from rashomon.analysis.entities.cues import noun_articles
from rashomon.comparison.cues import number_words, scales
from rashomon.comparison.names import fold

# A number, its scale word if any; not one fused to a word by a hyphen ("34-latka", "8-minute": adjectives), nor
# one of a path or an address ("/4962603002").
_NUMBER = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)(?![.,:]?\d|-\w|/)(?:\s?([^\W\d_]{1,11})\.?)?", re.UNICODE)
_WORD = re.compile(r"[^\W\d_][\w'’]*", re.UNICODE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _scale(word: str, language: str) -> int:
    """The power of ten a scale word stands for ("Millionen", "miliona", "mln"); 0 for any other word."""
    known = scales(language)
    if word in known:
        return known[word]
    stems = [(key, power) for key, power in known.items() if len(key) >= 5 and word.startswith(key[:-1])]
    return max(stems, key=lambda item: len(item[0]))[1] if stems else 0


def _plain(digits: str) -> float:
    """A written number as a float: "1,000" / "1.000" / "1 000" are a thousand, "35,1" is 35.1."""
    groups = re.split(r"[.,\u00a0 ]", digits)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    return float(digits.replace(",", "."))


# Currencies by the folded stems of their names in the supported languages and their symbols; a
# quantity in one currency is not compared with one in another (no conversion is attempted).
_CURRENCIES = {
    "dollar": "dolar долар", "euro": "euro евро євро", "pound": "pound pfund libra livre funt фунт sterling",
    "yen": "yen jen иен иен єн", "yuan": "yuan juan юан renminbi", "zloty": "zlot злот",
    "ruble": "rubel rubl rubli рубл rouble", "hryvnia": "hrivn hriven hrivn гривн гривен grivn",
    "franc": "franc frank франк", "crown": "krone kron korun корун", "forint": "forint форинт",
    "lira": "lira lire lir лир", "rupee": "rupe rupi рупи", "leu": "leu lei",
}
_CURRENCY_STEMS = {fold(stem): name for name, stems in _CURRENCIES.items() for stem in stems.split()}
_CURRENCY_SYMBOLS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₽": "ruble", "₴": "hryvnia", "zł": "zloty",
                     "kč": "crown", "us$": "dollar", "usd": "dollar", "eur": "euro", "gbp": "pound", "jpy": "yen",
                     "pln": "zloty", "rub": "ruble", "uah": "hryvnia", "chf": "franc"}
_SYMBOL_BEFORE = re.compile(r"(?:([$€£¥₽₴])|\b(US\$|USD|EUR|GBP|JPY|PLN|RUB|UAH|CHF))\s?$", re.IGNORECASE)
# A percentage: the sign, or the word in the supported languages ("Prozent", "procent", "процентов", "por ciento"),
# or its abbreviation ("proc.").
_PERCENT = re.compile(r"\s?(?:%|‰|proc\.|(?:per ?cent|prozent|procent|pourcent|por ?ciento|per ?cento|процент|відсот|odstot|posto|pour ?cent)\w*)", re.IGNORECASE)
# Words this short after a number are prepositions or articles ("una treintena de personas"): the counted noun follows.
_LINKING_WORD = 2


def _currency(word: str) -> str | None:
    key = word.lower()
    if key in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[key]
    folded = fold(word)
    return next((name for stem, name in _CURRENCY_STEMS.items() if folded.startswith(stem) and len(folded) - len(stem) <= 4), None)


def _unit(text: str, start: int, end: int, language: str) -> str | None:
    """The unit of the quantity written at text[start:end]: "currency:euro", "percent", "word:perso", or None."""
    symbol = _SYMBOL_BEFORE.search(text[max(0, start - 4): start])
    if symbol:
        return "currency:" + _CURRENCY_SYMBOLS[(symbol.group(1) or symbol.group(2)).lower()]
    if _PERCENT.match(text[end: end + 30]):
        return "percent"
    following = [m.group(0) for m in _WORD.finditer(text[end: end + 40])][:4]
    if following and _scale(following[0].lower(), language):
        following = following[1:]  # "300 Mio Euro"
    for word in following[:3]:
        currency = _currency(word)
        if currency:
            return "currency:" + currency
        if len(word) > _LINKING_WORD:
            return "word:" + fold(word)[:5]
    return None


def amounts(text: str, language: str, skip: list[tuple[int, int]] = ()) -> list[tuple[float, str | None]]:
    """The quantities of ``text`` with their units (years and spans in ``skip`` — time expressions — left out), scaled."""
    found = []
    days = _day_offsets(text, language)
    for match in _NUMBER.finditer(text):
        if any(a <= match.start() < b for a, b in skip) or _YEAR.match(match.group(1)) or match.start() in days:
            continue
        if _is_label(text, match.start(), match.end(1)) or _is_clock(text, match) or _ordinal_dot(text, match.end(1)):
            continue
        value = _plain(match.group(1))
        scale = _scale((match.group(2) or "").lower(), language)
        end = match.end() if scale or not match.group(2) else match.end(1)
        found.append((round(value * 10 ** scale, 6), _unit(text, match.start(), end, language)))
    found += _range_ends(text, language, skip, days | {m.start(1) for m in _NUMBER.finditer(text)})
    words = number_words(language)
    tokens = list(_WORD.finditer(text))
    percent_words = [(m.start(), m.end()) for m in _PERCENT.finditer(text)]  # "pour cent" is no hundred
    for k, match in enumerate(tokens):
        word = match.group(0).lower()
        if word in words and k and match.group(0)[:1].isupper() and not nouns_capitalised(language) and not re.search(
                r"[.!?:]\W*$", text[: match.start()]):
            continue  # a capitalised number word inside a sentence is part of a name ("Page Six", "Ocean's Eleven")
        if word in words and not any(a <= match.start() < b for a, b in [*skip, *percent_words]):
            following = tokens[k + 1].group(0).lower() if k + 1 < len(tokens) else ""
            scale = _scale(following, language)
            end = tokens[k + 1].end() if scale else match.end()
            found.append((float(words[word] * 10 ** scale), _unit(text, match.start(), end, language)))
    return found


def words_after(text: str, language: str, reach: int = 4) -> dict[float, list[str]]:
    """{quantity: the words (up to ``reach``) right after it and its scale or percent word} for the quantities
    ``amounts`` reads in digits or number words: what a count counts ("40 proc. naszego eksportu", "osiem lat w celi
    śmierci", "60 per cent of German exports")."""
    found: dict[float, list[str]] = {}
    for match in _NUMBER.finditer(text):
        scale = _scale((match.group(2) or "").lower(), language)
        end = match.end() if scale or not match.group(2) else match.end(1)
        percent = _PERCENT.match(text, end)
        end = percent.end() if percent else end
        found.setdefault(round(_plain(match.group(1)) * 10 ** scale, 6), _WORD.findall(text[end:end + 80])[:reach])
    words = number_words(language)
    tokens = list(_WORD.finditer(text))
    for k, match in enumerate(tokens):
        if match.group(0).lower() in words:
            following = [t.group(0) for t in tokens[k + 1: k + 1 + reach + 1]]
            scale = _scale(following[0].lower(), language) if following else 0
            found.setdefault(float(words[match.group(0).lower()] * 10 ** scale), following[1 if scale else 0:][:reach])
    return found


# A range of two numbers ("12-13 mld euro", "2–4 недели"), its scale word if any.
_RANGE = re.compile(r"(?<![\w.,:/-])(\d+(?:[.,]\d+)?)\s?[-–]\s?(\d+(?:[.,]\d+)?)(?![.,:]?\d|-\w|/)(?:\s?([^\W\d_]{1,11})\.?)?")


def _range_ends(text: str, language: str, skip, taken: set[int]) -> list[tuple[float, str | None]]:
    """Both ends of each range of numbers, with the scale and unit after it ("12-13 mld euro" gives 1.2e10 and 1.3e10
    euros, so "13 mld euro" elsewhere is the same sum); not a range of days ("27-29 октября") or years, nor one whose
    ends are read as numbers already (``taken``: days and the numbers of "2–4"); nor a span of years ("1990-91") or a
    score ("3-1"), whose second end is below its first."""
    found = []
    for match in _RANGE.finditer(text):
        if (any(a <= match.start() < b for a, b in skip) or match.start(2) in taken or _YEAR.match(match.group(2))
                or _YEAR.match(match.group(1)) or _plain(match.group(2)) < _plain(match.group(1))):
            continue
        scale = _scale((match.group(3) or "").lower(), language)
        end = match.end() if scale or not match.group(3) else match.end(2)
        unit = _unit(text, match.start(2), end, language)
        found += [(round(_plain(match.group(k)) * 10 ** scale, 6), unit) for k in (1, 2)]
    return found


# A dot and a lower-case word after a number: an ordinal ("w 42. z 50. stanów", "na 3. miejscu"), no count.
_ORDINAL_DOT = re.compile(r"\.\s+(?=[^\W\d_])")


def _ordinal_dot(text: str, at: int) -> bool:
    """A dot after the number at ``at`` and a lower-case word after it ("na 3. miejscu"), not a new sentence."""
    match = _ORDINAL_DOT.match(text, at)
    return bool(match) and text[match.end()].islower()


def nouns_capitalised(language: str) -> bool:
    """The language capitalises every noun ("ein Dutzend"): its names profile lists the articles before nouns."""
    return bool(noun_articles(language))


# The word right before a number (after a space, maybe an opening quote), and what may close a label after it.
_WORD_BEFORE = re.compile(r"(\S)\s+[\"«„“']?([^\W\d_][\w-]*)\s$")
_LABEL_END = re.compile(r"\s*(?:$|[.,;:!?)»”\"'])")


def _is_label(text: str, start: int, end: int) -> bool:
    """A number that closes a name ("Россия 24", "Apollo 11,") is a label, not a quantity: a capitalised word
    that does not open the text stands right before it, and punctuation or the end right after it. So is a number
    alone in quotation marks ("przywódcom unijnej „27”": the member states)."""
    if start and text[start - 1] in _OPENING_QUOTES and text[end: end + 1] in _CLOSING_QUOTES:
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 40): start])
    return bool(before and before.group(2)[:1].isupper() and _LABEL_END.match(text[end:]))


_OPENING_QUOTES = "\"«„“'‘‚"
_CLOSING_QUOTES = _OPENING_QUOTES + "»”’"


# A dotted clock time and the word of hours after it ("20.45 Uhr", "19.40 h") or before it ("godz. 19.40").
_HOURS_AFTER = re.compile(r"\s?(?:Uhr|h|hrs|godz|hod|час)\b", re.IGNORECASE)
_HOURS_BEFORE = re.compile(r"(?:godz|hod|ore|um|à|alle|las)\.?\s$", re.IGNORECASE)
# A word of hours, whatever number follows it ("o godz. 1", "o godzinie 1.30", "alle ore 9"): "um" or
# "à" before a whole number is no hour ("um 8 Prozent", "à 8 ans").
# After a whole number only "Uhr" says so: "9 часов", "8 godzin" may be a duration.
_HOUR_WORD_BEFORE = re.compile(r"(?:godz|godzin\w*|hod|hodin\w*|ore)\.?\s$", re.IGNORECASE)
_HOUR_WORD_AFTER = re.compile(r"\s?Uhr\b")
_LAST_HOUR = 24


def _is_clock(text: str, match: re.Match) -> bool:
    """A clock time written with a dot ("20.45 Uhr", "o godz. 19.40"), or a whole hour by a word of hours ("o godz.
    1", "um 8 Uhr"), is no quantity."""
    before = text[max(0, match.start() - 12): match.start()]
    if _CLOCK.fullmatch(match.group(1)):
        return bool(_HOURS_AFTER.match(text, match.end(1)) or _HOURS_BEFORE.search(before) or _HOUR_WORD_BEFORE.search(before))
    whole = match.group(1).isdigit() and int(match.group(1)) <= _LAST_HOUR
    return whole and bool(_HOUR_WORD_BEFORE.search(before) or _HOUR_WORD_AFTER.match(text, match.end(1)))


def _day_offsets(text: str, language: str) -> set[int]:
    """Offsets of the numbers that are the day of a month named beside them ("18 января", "4. März")."""
    from rashomon.analysis.time.calendar import month_names

    months = month_names(language)
    found = set()
    for match in _WORD.finditer(text):
        if months.lookup(match.group(0)) is None:
            continue
        before = _DAY_BEFORE.search(text[max(0, match.start() - 5): match.start()])
        after = _DAY_AFTER.match(text[match.end(): match.end() + 5])
        if before:
            found.add(max(0, match.start() - 5) + before.start(1))
        if after:
            found.add(match.end() + after.start(1))
    return found


def quantities(text: str, language: str, skip: list[tuple[int, int]] = ()) -> set[float]:
    """The quantities of ``text`` (years and spans in ``skip`` — time expressions — left out), scaled."""
    return {value for value, _ in amounts(text, language, skip)}


_YEARS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def years(text: str) -> set[str]:
    return {m.group(0) for m in _YEARS.finditer(text)}


_DAY_BEFORE = re.compile(r"(?<!\d)([0-3]?\d)\.?\s*$")
_DAY_AFTER = re.compile(r"\.?\s*([0-3]?\d)(?!\d)")
# A clock time ("21:30", "23.30", "19h40"), also before a comma or a full stop.
_CLOCK = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])[:.h]([0-5]\d)(?!\d|[.,:]\d)")


# A year that names an edition ("IBPS 2019", "COP 2021", "EURO 2020") follows an acronym: no date of the fact.
_ACRONYM_BEFORE = re.compile(r"(?<!\w)[^\W\d_a-zà-ÿа-яё]{2,}\s$")


def calendar(text: str, language: str) -> set[str]:
    """Weekdays, months (with their day) and clock times a text names, language-neutral ("weekday:2", "day:4-10")."""
    return {key for key, _ in calendar_spans(text, language) if not key.startswith("year:")}


def calendar_spans(text: str, language: str) -> list[tuple[str, int]]:
    """(key, offset) of each weekday, month, day and clock time in ``text``, and of each year ("year:2017")."""
    from rashomon.analysis.time.calendar import month_names, weekday_names

    months, weekdays = month_names(language), weekday_names(language)
    found = [(f"clock:{int(m.group(1))}:{m.group(2)}", m.start()) for m in _CLOCK.finditer(text)]
    found += [(f"year:{m.group(0)}", m.start()) for m in _YEARS.finditer(text) if not _ACRONYM_BEFORE.search(text, 0, m.start())]
    for match in _WORD.finditer(text):
        word = match.group(0)
        dotted = text[match.end(): match.end() + 1] == "."
        weekday = _name(weekdays, word, language, compounds=True, dotted=dotted)
        month = _name(months, word, language, dotted=dotted)
        if weekday is not None:
            found.append((f"weekday:{weekday}", match.start()))
        if month is not None:
            found.append((f"month:{month}", match.start()))
            day = _DAY_BEFORE.search(text[max(0, match.start() - 5): match.start()]) or _DAY_AFTER.match(text[match.end(): match.end() + 5])
            if day:
                found.append((f"day:{month}-{int(day.group(1))}", match.start()))
    return found


# The part of a compound after a weekday's name ("Montag|abend", "Dienstag|morgen") is at least this long.
_MIN_COMPOUND_TAIL = 4


def _name(table, word: str, language: str, compounds: bool = False, dotted: bool = False) -> int | None:
    """The month or weekday ``word`` names (not a two-letter abbreviation: the word comes without its dot; nor an
    abbreviation written without its dot that the language's dictionary knows as a word: Czech "pro", Spanish "mar").
    An inflected reading must not be another word the language's dictionary knows ("mayor" is no form of "mayo", Polish "Marzeń" none of "marzec"); a compound that
    opens with a weekday's full name is that weekday ("Montagabend")."""
    number = table.lookup(word)
    key = word.casefold()
    if number is not None and len(key) <= 2 and key not in table.wide:
        return None  # a two-letter abbreviation without its dot is a word ("po", "st" in Czech)
    if number is not None and key in table.exact and key not in table.wide and not dotted and _dictionary_lemma(word, language):
        return None
    if number is not None and key.rstrip(".") not in table.exact:
        lemma = _dictionary_lemma(word, language)
        if lemma is not None and table.exact.get(lemma.casefold()) != number:
            return None
    if number is None and compounds and (not table.capitalised or word[:1].isupper()):
        heads = [form for form in table.wide if len(key) - len(form) >= _MIN_COMPOUND_TAIL and key.startswith(form)]
        number = table.exact[max(heads, key=len)] if heads else None
    return number


def _dictionary_lemma(word: str, language: str) -> str | None:
    """The lemma of a word simplemma's dictionary of the language knows; None for an unknown word or language."""
    from rashomon.languages import lexicon
    from rashomon.languages import value

    code = value(language, "names", "SIMPLEMMA")
    if not code or not lexicon.is_known(word.lower(), code):
        return None
    return lexicon.lemmatize(word, code)
