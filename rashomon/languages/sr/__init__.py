"""Serbian."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("sr", "Serbian", FULL, ("Cyrl", "Latn"))
