"""Portuguese."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("pt", "Portuguese", NAMES, ("Latn",))
