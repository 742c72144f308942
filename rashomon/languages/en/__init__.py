"""English."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("en", "English", FULL, ("Latn",))
