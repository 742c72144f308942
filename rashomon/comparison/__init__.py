"""Comparing the accounts of a story: claims, timeline, brief and coverage."""

from rashomon.comparison.claims import compare_articles

__all__ = ["compare_articles"]
