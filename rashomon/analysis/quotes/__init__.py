"""Quotations, speakers and attribution chains (placeholder)."""

from __future__ import annotations

from rashomon.model import Mention, Quote, Sentence


def extract_quotes(text: str, language: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    return []
