"""Belarusian: only told apart from its neighbours here (no dictionaries yet)."""

from rashomon.languages import SEARCH, Profile

PROFILE = Profile("be", "Belarusian", SEARCH, ("Cyrl",))
