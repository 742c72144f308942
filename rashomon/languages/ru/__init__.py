"""Russian."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("ru", "Russian", FULL, ("Cyrl",))
