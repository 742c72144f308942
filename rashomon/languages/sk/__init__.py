"""Slovak."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("sk", "Slovak", FULL, ("Latn",))
