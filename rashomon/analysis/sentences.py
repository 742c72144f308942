"""Sentence splitting (placeholder until the foundation lands)."""

from __future__ import annotations

from rashomon.model import Sentence


def split_sentences(text: str, language: str) -> list[Sentence]:
    raise NotImplementedError
