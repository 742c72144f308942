"""Bosnian: where this package has no module on a topic, Serbian's serves."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("bs", "Bosnian", NAMES, ("Latn", "Cyrl"), shares="sr")
