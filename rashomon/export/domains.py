"""Reads from the domains the serving layer shows: stories, entities, quotes and the comparison.

Each domain is built beside this layer; where the store (or the package) does
not provide one, these return nothing, so a page renders an empty section
instead of failing, and never shows made-up data.
"""

from __future__ import annotations

from datetime import datetime

from rashomon.errors import NotFoundError
from rashomon.model import Entity, Quote, Story


def has(store, method: str) -> bool:
    return callable(getattr(store, method, None))


def get_story(store, story_id: str) -> Story:
    if not has(store, "get_story"):
        raise NotFoundError(f"no story {story_id!r}: this store has no stories yet")
    return store.get_story(story_id)


def page_of_stories(
    store,
    language: str | None,
    source: str | None,
    entity: str | None,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    offset: int,
) -> list[Story]:
    """One page of stories, most recently seen first, matching every filter given."""
    if not has(store, "get_story"):
        return []
    return store.get_stories(store.story_ids_page(language, source, entity, since, until, limit, offset))


def get_stories(store, story_ids: list[str]) -> list[Story]:
    """The stories ``story_ids`` stand for, in that order, read together."""
    if not has(store, "get_story"):
        raise NotFoundError("no stories: this store has no stories yet")
    return store.get_stories(story_ids)


def get_entity(store, entity_id: str) -> Entity:
    if not has(store, "get_entity"):
        raise NotFoundError(f"no entity {entity_id!r}: this store has no entities yet")
    return store.get_entity(entity_id)


def entities(store, entity_ids: list[str]) -> list[Entity]:
    """The entities with these IDs that the store knows, in the given order."""
    if not has(store, "get_entity"):
        return []
    found = []
    for entity_id in entity_ids:
        try:
            found.append(store.get_entity(entity_id))
        except NotFoundError:
            continue
    return found


def article_quotes(store, article_id: str) -> list[Quote]:
    """The quotes found in one article, in text order."""
    if not has(store, "article_quotes"):
        return []
    return sorted(store.article_quotes(article_id), key=lambda quote: quote.start)


def story_quotes(store, story_id: str, speaker: str | None = None) -> list[tuple[str, Quote]]:
    """(article ID, quote) of a story's quotes, optionally of one speaker entity."""
    if not has(store, "quotes"):
        return []
    return list(store.quotes(story_id=story_id, speaker=speaker))


def speaker_quotes(store, entity_id: str) -> list[tuple[str, Quote]]:
    """(article ID, quote) of every quote attributed to an entity."""
    if not has(store, "quotes"):
        return []
    return list(store.quotes(speaker=entity_id))


def compare(store, story_id: str, reader_language: str | None):
    """The comparison of a story's accounts (claims, timeline, brief, coverage), or None when unavailable."""
    try:
        from rashomon.comparison import compare_story
    except ImportError:
        return None
    return compare_story(store, story_id, reader_language)
