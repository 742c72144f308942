"""Month and weekday names of any language, from CLDR (through Babel), with their inflections.

CLDR gives each name in its format form (in Slavic languages the genitive:
"července", "липня") and stand-alone form (the nominative: "červenec",
"липень"), wide and abbreviated, for every script a language is written in
(Serbian Cyrillic and Latin). News also inflects them ("v červenci", "у
серпні", "в среду"), so a word that is not one of these forms still names a
month when it is a form's stem plus a short ending. The stem is what the
month's forms share ("červen" for July: červenec/července), or a form without
its final vowel when all its forms agree ("сред" for среда); with several
candidates the longest stem wins, so "červenci" is July and "červnu" June.
"""

from __future__ import annotations

import copy

import re
from dataclasses import dataclass, field
from functools import cache

# Endings an inflected name may add to its stem: letters, at most this many.
_MAX_ENDING = 3
_MAX_ENDING_AFTER_VOWEL_CUT = 2  # "середу", not "середині" (the middle)
_VOWELS = frozenset("aeiouyáéíóúýěůäöüàèìòùâêîôûąęаеёиоуыэюяіїєѣ")
_APOSTROPHES = "'’ʼ"
_WIDTHS = ("wide", "abbreviated")


@dataclass(frozen=True)
class NameTable:
    """Names of months (1–12) or weekdays (0 = Monday) in one language, and how to read them."""

    exact: dict[str, int] = field(default_factory=dict)  # casefolded form (no final dot) -> number
    wide: frozenset[str] = frozenset()  # the forms that are not abbreviations
    # (stem, number, longest ending, whether the ending must start with a vowel), longest stem first
    stems: tuple[tuple[str, int, int, bool], ...] = ()
    capitalised: bool = False  # the language writes these names with a capital ("May", "Montag")

    def lookup(self, word: str) -> int | None:
        """The number ``word`` names, or None."""
        if self.capitalised and not word[:1].isupper():
            return None
        key = _key(word)
        if key in self.exact:
            return self.exact[key]
        found = [
            (len(stem), number)
            for stem, number, ending, vowel in self.stems
            if key.startswith(stem) and 0 < len(key) - len(stem) <= ending and (not vowel or key[len(stem)] in _VOWELS)
        ]
        if not found:
            return None
        best = max(length for length, _ in found)
        numbers = {number for length, number in found if length == best}
        return numbers.pop() if len(numbers) == 1 else None

    def pattern(self, abbreviated: bool = True) -> str:
        """A regular expression (no groups) for every form and inflection; abbreviations only if asked."""
        forms = [f for f in self.exact if abbreviated or f in self.wide]
        alternatives = [_apostrophes(re.escape(f)) + (r"\.?" if f not in self.wide else "") for f in forms]
        alternatives += [
            _apostrophes(re.escape(stem)) + r"[^\W\d_]{1,%d}" % ending for stem, _, ending, _ in self.stems
        ]
        alternatives.sort(key=len, reverse=True)
        return "(?:%s)" % "|".join(alternatives) if alternatives else "(?!)"


def _key(word: str) -> str:
    word = word.casefold().rstrip(".")
    for apostrophe in _APOSTROPHES[1:]:
        word = word.replace(apostrophe, _APOSTROPHES[0])
    return word


def _apostrophes(escaped: str) -> str:
    return escaped.replace(_APOSTROPHES[0], "[%s]" % _APOSTROPHES)


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    length = 0
    while length < min(len(first), len(last)) and first[length] == last[length]:
        length += 1
    return first[:length]


def _stems(forms: list[str]) -> list[tuple[str, int, bool]]:
    """(stem, longest ending, ending starts with a vowel) for one name's wide forms in one script."""
    stem = _common_prefix(forms)
    if stem not in forms:  # forms that differ share their stem: červenec/července -> červen
        if len(stem) < 2:
            return []
        return [(stem, _MAX_ENDING, False)] if len(stem) >= 3 else [(stem, 1, True)]  # май/мая: "мае", not "мам"
    # The forms agree: a case ending replaces a final vowel (среда -> среду) or follows a final
    # consonant (maj -> maja, not "майка"), which may drop a fleeting vowel before it (marec -> marca).
    if stem[-1] in _VOWELS:
        return [(stem[:-1], _MAX_ENDING_AFTER_VOWEL_CUT, True)] if len(stem) >= 4 else []
    if len(stem) < 3:
        return []
    stems = [(stem, _MAX_ENDING_AFTER_VOWEL_CUT, True)]
    if len(stem) >= 5 and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
        stems.append((stem[:-2] + stem[-1], _MAX_ENDING_AFTER_VOWEL_CUT, True))
    return stems


def _build(names: list[dict[int, str]], wide_names: list[dict[int, str]]) -> NameTable:
    """A table from one locale's Babel {number: name} dicts (all forms, and the wide ones among them)."""
    exact: dict[str, set[int]] = {}
    for table in names:
        for number, name in table.items():
            exact.setdefault(_key(name), set()).add(number)
    unique = {form: numbers.pop() for form, numbers in exact.items() if len(numbers) == 1 and form}
    wide = frozenset(_key(name) for table in wide_names for name in table.values())
    by_number: dict[int, set[str]] = {}
    for table in wide_names:
        for number, name in table.items():
            by_number.setdefault(number, set()).add(_key(name))
    stems = tuple((stem, number, *rule) for number, forms in by_number.items() for stem, *rule in _stems(sorted(forms)))
    capitalised = bool(wide_names) and all(name[:1].isupper() for table in wide_names for name in table.values())
    return NameTable(unique, wide, stems, capitalised)


def _merge(tables: list[NameTable]) -> NameTable:
    """One table over a language's scripts; the first (the language's main locale) decides capitalisation."""
    exact: dict[str, int | None] = {}
    for table in tables:
        for form, number in table.exact.items():
            exact[form] = number if exact.get(form, number) == number else None
    stems = sorted({stem for table in tables for stem in table.stems}, key=lambda item: (-len(item[0]), item))
    return NameTable(
        {form: number for form, number in exact.items() if number is not None},
        frozenset().union(*(table.wide for table in tables)),
        tuple(stems),
        bool(tables) and tables[0].capitalised,
    )


def _locales(language: str) -> list:
    """Babel locales of ``language``: the plain one and one per script its profile lists (sr, sr_Latn),
    or, for a language without a profile, every script variant CLDR has."""
    from babel import Locale, UnknownLocaleError, localedata

    from rashomon.languages import scripts

    if language in ("und", "root", ""):  # Babel's root locale has English names: not a language's
        return []
    script_variant = re.compile(re.escape(language) + r"_[A-Z][a-z]{3}")
    variants = [i for i in localedata.locale_identifiers() if script_variant.fullmatch(i)]
    written_in = scripts(language)
    if written_in:
        variants = [i for i in variants if i.split("_")[1] in written_in]
    locales = []
    for identifier in [language, *sorted(variants)]:
        try:
            locales.append(Locale.parse(identifier))
        except (UnknownLocaleError, ValueError):
            continue
    return locales


@cache
def month_first(language: str) -> bool:
    """Whether ``language`` writes a numeric date month first ("7/18/2018"), by its CLDR short date pattern
    (en "M/d/yy"; fr "dd/MM/y", uk "dd.MM.yy"); day first when CLDR does not know the language."""
    for locale in _locales(language):
        pattern = re.sub(r"'[^']*'", "", locale.date_formats["short"].pattern)
        if "d" in pattern and "M" in pattern:
            return pattern.index("M") < pattern.index("d")
    return False


@cache
def month_names(language: str) -> NameTable:
    """Month names of ``language`` (empty table when CLDR has none)."""
    return _names(language, "months")


@cache
def weekday_names(language: str) -> NameTable:
    """Weekday names of ``language``; Babel numbers them 0 = Monday, as ``date.weekday()`` does."""
    return _names(language, "days")


def _names(language: str, kind: str) -> NameTable:
    from babel import localedata

    tables = []
    for locale in _locales(language):
        # A private copy: Babel stores each alias it resolves into data shared through the root locale, so
        # reading Japanese months through Locale.months would put "3月" into every later locale's.
        data = localedata.LocaleDataDict(copy.deepcopy(localedata.load(str(locale))))[kind]
        forms = {
            (context, width): dict(data.get(context, {}).get(width, {}))
            for context in ("format", "stand-alone")
            for width in _WIDTHS
        }
        tables.append(_build(list(forms.values()), [table for (_, width), table in forms.items() if width == "wide"]))
    return _merge(tables)
