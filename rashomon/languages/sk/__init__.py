"""Slovak."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("sk", "Slovak", NAMES, ("Latn",))
