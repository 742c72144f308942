"""Bulgarian."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("bg", "Bulgarian", NAMES, ("Cyrl",))
