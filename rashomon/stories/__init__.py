"""Stories: reports of the same event grouped across languages and outlets (placeholder)."""

from __future__ import annotations


def assign_article(store, article, analysis) -> str | None:
    """Assign a stored article to a live story or open a new one; returns the story ID.

    Called by the ingest pipeline inside the article's transaction.
    """
    return None
