"""What Rashomon knows about each language, and the registry every stage asks.

One package per language, ``rashomon/languages/<code>/`` (ISO 639-1), is all
there is to know about it:

- ``__init__.py`` holds ``PROFILE``: the language's name, its scripts (ISO
  15924: ``Latn``, ``Cyrl``), its support level and, optionally, the language
  whose data fills what its own package lacks (``shares``: Croatian and
  Bosnian read Serbian's).
- One module per topic holds that topic's data as module-level constants, with
  small hooks where code cannot be avoided: ``names`` (entity mentions: titles,
  organisation and place words, stop words, lemmatiser), ``quotes`` (verbs of
  saying, "according to", word order), ``time`` (day, month and relative-date
  words), ``disputes`` (cues of contested claims), ``boilerplate`` (appeals and
  page furniture), ``identify`` (neighbouring languages, distinctive letters
  and function words, for language identification). A stage reads a topic with ``topic(code, "quotes")`` or
  ``every("names", "STOPWORDS")``; no stage keeps a list of language codes.

Support levels, from most to least: ``FULL`` (names with lemmas, quotations
with their cues and speakers, dates, dispute cues), ``NAMES`` (names with
lemmas and what else its topics hold; quotations by their marks only) and
``SEARCH`` (any language without a profile: cleaning, sentences, capitalised
names, embeddings, stories and search; no stage ever raises for it). A profile
at ``SEARCH`` level (Macedonian, Belarusian) only holds ``identify``: how the
language is told apart from its neighbours.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

FULL = "full"
NAMES = "names"
SEARCH = "search"
LEVELS = (FULL, NAMES, SEARCH)


@dataclass(frozen=True)
class Profile:
    code: str  # ISO 639-1
    name: str  # in English
    level: str  # FULL or NAMES
    scripts: tuple[str, ...]  # ISO 15924, the usual one first
    shares: str | None = None  # a language whose topics fill the ones this package lacks

    def __post_init__(self):
        # A SEARCH profile holds only what tells the language apart from its neighbours (identify).
        if self.level not in LEVELS:
            raise ValueError(f"language profile {self.code}: level {self.level!r} is not one of {', '.join(LEVELS)}")


def base_code(language: str | None) -> str:
    """The ISO 639-1 part of a language tag, lower case: "sr-Latn" -> "sr", "EN_us" -> "en", None -> ""."""
    return (language or "").replace("_", "-").split("-")[0].strip().lower()


@lru_cache(maxsize=1)
def _profiles() -> dict[str, Profile]:
    found = {}
    for module in pkgutil.iter_modules(__path__):
        if module.ispkg:
            profile = importlib.import_module(f"{__name__}.{module.name}").PROFILE
            if profile.code != module.name:
                raise ValueError(f"language package {module.name} holds the profile of {profile.code!r}")
            found[profile.code] = profile
    return dict(sorted(found.items()))


def profile(language: str | None) -> Profile | None:
    """The profile of a language tag, or None for a language Rashomon has no profile of."""
    return _profiles().get(base_code(language))


def level(language: str | None) -> str:
    """FULL, NAMES or SEARCH (no profile)."""
    found = profile(language)
    return found.level if found else SEARCH


def supported(at_least: str = NAMES) -> tuple[str, ...]:
    """Codes of the languages supported at ``at_least`` that level (FULL or NAMES), sorted."""
    wanted = LEVELS[: LEVELS.index(at_least) + 1]
    return tuple(code for code, found in _profiles().items() if found.level in wanted)


def scripts(language: str | None) -> tuple[str, ...]:
    """The scripts a language is written in (empty for a language without a profile)."""
    found = profile(language)
    return found.scripts if found else ()


@lru_cache(maxsize=None)
def _topic(code: str, name: str) -> ModuleType | None:
    found = _profiles().get(code)
    if found is None:
        return None
    try:
        return importlib.import_module(f"{__name__}.{code}.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{code}.{name}":
            raise
    return _topic(found.shares, name) if found.shares else None


@lru_cache(maxsize=1024)
def topic(language: str | None, name: str) -> ModuleType | None:
    """A language's module on one topic ("names", "quotes", "time", …), or None where it has none (kept per language
    code as written: ``value`` is asked in the entity stage's inner loops)."""
    return _topic(base_code(language), name)


def value(language: str | None, name: str, attribute: str, default: Any = None) -> Any:
    """One constant of a language's topic module, or ``default`` where the language or topic lacks it."""
    module = topic(language, name)
    return getattr(module, attribute, default) if module is not None else default


def every(name: str, attribute: str) -> dict[str, Any]:
    """{code: the constant} for every language whose topic module ``name`` defines ``attribute``."""
    found = {}
    for code in _profiles():
        module = _topic(code, name)
        if module is not None and hasattr(module, attribute):
            found[code] = getattr(module, attribute)
    return found


def union(name: str, attribute: str) -> frozenset:
    """All languages' entries of one collection together (for stages that read text whatever its language)."""
    return frozenset(entry for entries in every(name, attribute).values() for entry in entries)


def having(name: str, attribute: str, truth: bool = True) -> frozenset[str]:
    """Codes of the languages whose topic ``name`` sets the flag ``attribute`` (to ``truth``)."""
    return frozenset(code for code, flag in every(name, attribute).items() if bool(flag) is truth)
