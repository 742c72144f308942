"""German."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("de", "German", FULL, ("Latn",))
