"""Slovene."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("sl", "Slovene", NAMES, ("Latn",))
