"""Named entities: mentions and cross-lingual canonical entities (placeholder)."""

from __future__ import annotations

from rashomon.model import Entity, Mention, Sentence


def extract_mentions(text: str, language: str, sentences: list[Sentence]) -> list[Mention]:
    return []


class EntityLinker:
    """Assigns canonical entity IDs to mentions across documents, languages and scripts."""

    def link(self, mentions: list[Mention], language: str, text: str) -> None:
        pass

    def entities(self) -> list[Entity]:
        return []
