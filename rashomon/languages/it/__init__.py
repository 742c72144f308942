"""Italian."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("it", "Italian", NAMES, ("Latn",))
