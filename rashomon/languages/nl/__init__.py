"""Dutch."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("nl", "Dutch", NAMES, ("Latn",))
