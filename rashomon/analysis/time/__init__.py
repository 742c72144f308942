"""Temporal expressions resolved against the publication date (placeholder)."""

from __future__ import annotations

from datetime import datetime

from rashomon.model import TimeExpression


def extract_times(text: str, language: str, published: datetime | None) -> list[TimeExpression]:
    return []
