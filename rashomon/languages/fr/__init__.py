"""French."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("fr", "French", FULL, ("Latn",))
