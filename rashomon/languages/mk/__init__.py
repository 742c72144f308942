"""Macedonian: only told apart from its neighbours here (no dictionaries yet)."""

from rashomon.languages import SEARCH, Profile

PROFILE = Profile("mk", "Macedonian", SEARCH, ("Cyrl",))
