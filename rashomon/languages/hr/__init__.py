"""Croatian: where this package has no module on a topic, Serbian's serves."""

from rashomon.languages import NAMES, Profile

PROFILE = Profile("hr", "Croatian", NAMES, ("Latn",), shares="sr")
