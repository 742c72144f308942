"""Ukrainian."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("uk", "Ukrainian", FULL, ("Cyrl",))
