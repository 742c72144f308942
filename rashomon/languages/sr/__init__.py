"""Serbian."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("sr", "Serbian", NAMES, ("Cyrl", "Latn"))
