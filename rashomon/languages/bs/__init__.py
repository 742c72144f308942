"""Bosnian: where this package has no module on a topic, Serbian's serves."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("bs", "Bosnian", FULL, ("Latn", "Cyrl"), shares="sr")
