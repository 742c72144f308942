"""Offline language identification (placeholder until the foundation lands)."""

from __future__ import annotations


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence in [0, 1]); ("und", 0.0) when undecidable."""
    raise NotImplementedError
