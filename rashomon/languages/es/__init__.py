"""Spanish."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("es", "Spanish", FULL, ("Latn",))
