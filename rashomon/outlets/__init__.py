"""The outlet catalogue: which news outlet a URL, domain or source name belongs to.

A starter list of major outlets ships in ``outlets.tsv`` (domain, name,
country, language, owner). The user's edits live in the store
(``store.outlet_edits()``) and override it: an added domain replaces the
starter entry, a removed one hides it. ``outlet_for`` is what every part of
Rashomon uses to name a source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from rashomon.errors import UsageError

_DOMAIN = re.compile(r"^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
# Host prefixes that do not change the outlet (www.cnn.com, m.bbc.co.uk, edition.cnn.com).
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.", "edition.", "en.")


@dataclass
class Outlet:
    domain: str
    name: str
    country: str | None = None
    language: str | None = None
    owner: str | None = None


def normalize_domain(value: str) -> str:
    """The outlet domain of a URL or host name ("https://www.cnn.com/x" -> "cnn.com"); raises on junk."""
    candidate = value.strip().lower()
    if "://" in candidate or candidate.startswith("//"):
        candidate = urlsplit(candidate if "://" in candidate else "http:" + candidate).hostname or ""
    else:
        candidate = candidate.split("/", 1)[0]
    candidate = candidate.split(":", 1)[0].rstrip(".")
    for prefix in _HOST_PREFIXES:
        if candidate.startswith(prefix) and candidate.count(".") >= 2:
            candidate = candidate[len(prefix):]
    if not _DOMAIN.match(candidate):
        raise UsageError(f"{value!r} is not a domain or URL (expected something like cnn.com)")
    return candidate


@lru_cache(maxsize=1)
def starter_outlets() -> tuple[Outlet, ...]:
    """The catalogue shipped with Rashomon (read once per process)."""
    text = resources.files("rashomon.outlets").joinpath("outlets.tsv").read_text(encoding="utf-8")
    outlets = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        domain, name, country, language, owner = (line.split("\t") + [""] * 5)[:5]
        outlets.append(Outlet(domain, name, country or None, language or None, owner or None))
    return tuple(outlets)


class OutletCatalogue:
    """The starter list with the user's edits applied; looks outlets up by URL, domain or name."""

    def __init__(self, added: list[Outlet] = (), removed: set[str] = frozenset()):
        self.by_domain: dict[str, Outlet] = {o.domain: o for o in starter_outlets() if o.domain not in removed}
        for outlet in added:
            self.by_domain[outlet.domain] = outlet
        self.by_name: dict[str, Outlet] = {}
        for outlet in self.by_domain.values():
            self.by_name.setdefault(outlet.name.casefold(), outlet)

    def outlets(self) -> list[Outlet]:
        return sorted(self.by_domain.values(), key=lambda o: o.domain)

    def lookup(self, url_or_domain_or_source: str | None) -> Outlet | None:
        if not url_or_domain_or_source or not url_or_domain_or_source.strip():
            return None
        value = url_or_domain_or_source.strip()
        named = self.by_name.get(value.casefold())
        if named:
            return named
        try:
            domain = normalize_domain(value)
        except UsageError:
            return None
        parts = domain.split(".")
        # edition.cnn.com -> cnn.com; news.sky.com stays itself when listed.
        for i in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None


def catalogue(store=None) -> OutletCatalogue:
    """The catalogue with the edits saved in ``store`` (the starter list alone without one)."""
    if store is None:
        return OutletCatalogue()
    added, removed = store.outlet_edits()
    return OutletCatalogue(added, removed)


def outlet_for(url_or_domain_or_source: str | None, store=None) -> Outlet | None:
    """The outlet a URL, domain or source name belongs to, or None if it is not catalogued."""
    return catalogue(store).lookup(url_or_domain_or_source)
