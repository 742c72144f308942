"""Comparing the accounts of a story: claims, timeline, brief and coverage.

``compare_articles`` is the pure core (articles and their analyses in, claims
out); ``compare_story`` compares a stored story and caches the result per
story version; ``Comparison`` is what the CLI and the web page render.
"""

from rashomon.comparison.brief import BriefSentence
from rashomon.comparison.claims import compare_articles
from rashomon.comparison.coverage import Coverage, SourceCoverage
from rashomon.comparison.story import (
    Comparison,
    compare,
    compare_story,
    comparison_to_dict,
    refresh_comparisons,
)
from rashomon.comparison.timeline import TimelineEvent, timeline

__all__ = [
    "BriefSentence", "Comparison", "Coverage", "SourceCoverage", "TimelineEvent",
    "compare", "compare_articles", "compare_story", "comparison_to_dict", "refresh_comparisons", "timeline",
]
