"""Polish."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("pl", "Polish", FULL, ("Latn",))
