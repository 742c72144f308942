"""Czech."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("cs", "Czech", NAMES, ("Latn",))
