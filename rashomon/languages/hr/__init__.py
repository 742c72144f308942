"""Croatian: where this package has no module on a topic, Serbian's serves."""

from rashomon.languages import FULL, Profile

PROFILE = Profile("hr", "Croatian", FULL, ("Latn",), shares="sr")
