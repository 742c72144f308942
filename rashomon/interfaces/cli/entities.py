"""`rashomon entities`, `rashomon mentions`, `rashomon entity merge|split`: canonical entities in the store."""

from __future__ import annotations

import click

from rashomon.interfaces.cli.app import main
from rashomon.interfaces.cli.common import db_option, emit_json, err, handles_errors, json_option, open_db
from rashomon.model import Entity


def _entity_json(entity: Entity, mentions: int | None = None) -> dict:
    data = {"id": entity.id, "type": entity.type, "names": entity.names, "aliases": entity.aliases}
    if mentions is not None:
        data["mentions"] = mentions
    return data


def _display_name(entity: Entity) -> str:
    return entity.names.get("en") or next(iter(entity.names.values()), None) or (entity.aliases[0] if entity.aliases else entity.id)


@main.command()
@click.option("--story", "story_id", metavar="ID", help="Only entities mentioned in this story.")
@db_option
@json_option
@handles_errors
def entities(story_id, db, as_json):
    """Canonical entities (one per person, organisation, place … across languages), most mentioned first."""
    with open_db(db) as store:
        found = store.entities(story_id=story_id)
        counts = store.mention_counts(story_id=story_id)
    for entity in found:
        if as_json:
            emit_json(_entity_json(entity, counts.get(entity.id, 0)))
        else:
            others = sorted({n for n in entity.names.values() if n != _display_name(entity)})
            also = f"  ({', '.join(others)})" if others else ""
            click.echo(f"{entity.id:<40} {entity.type:<4} {counts.get(entity.id, 0):>5}  {_display_name(entity)}{also}")
    err.print(f"{len(found)} entit{'ies' if len(found) != 1 else 'y'}" + (f" in story {story_id}" if story_id else ""), markup=False)


@main.command()
@click.option("--article", "article_id", metavar="ID", help="Only mentions in this article.")
@click.option("--entity", "entity_id", metavar="ID", help="Only mentions of this entity.")
@db_option
@json_option
@handles_errors
def mentions(article_id, entity_id, db, as_json):
    """Names found in stored articles, with their mention IDs (for `rashomon entity split`)."""
    from rashomon.store import mention_id

    with open_db(db) as store:
        found = store.mentions(article_id=article_id, entity_id=entity_id)
    for article, mention in found:
        if as_json:
            emit_json({"id": mention_id(article, mention), "article_id": article, "start": mention.start, "end": mention.end,
                       "text": mention.text, "type": mention.type, "lemma": mention.lemma, "entity": mention.entity})
        else:
            click.echo(f"{mention_id(article, mention):<40} {mention.type:<4} {mention.text}  ->  {mention.lemma}  [{mention.entity}]")
    err.print(f"{len(found)} mention{'s' if len(found) != 1 else ''}", markup=False)


@main.group()
def entity() -> None:
    """Correct the linker: merge two entities, or split mentions off one. Corrections survive re-processing."""


@entity.command("merge")
@click.argument("keep_id", metavar="ID")
@click.argument("other_id", metavar="OTHER_ID")
@db_option
@json_option
@handles_errors
def merge(keep_id, other_id, db, as_json):
    """Make OTHER_ID part of ID: all its mentions, now and after re-processing, belong to ID."""
    with open_db(db) as store:
        merged = store.merge_entities(keep_id, other_id)
        count = store.mention_counts().get(merged.id, 0)
    if as_json:
        emit_json(_entity_json(merged, count))
    err.print(f"merged {other_id} into {merged.id} ({count} mentions)", markup=False)


@entity.command("split")
@click.argument("entity_id", metavar="ID")
@click.argument("mention_ids", metavar="MENTION…", nargs=-1, required=True)
@db_option
@json_option
@handles_errors
def split(entity_id, mention_ids, db, as_json):
    """Move the given mentions (IDs from `rashomon mentions`) of entity ID to a new entity."""
    with open_db(db) as store:
        new = store.split_entity(entity_id, list(mention_ids))
    if as_json:
        emit_json(_entity_json(new, len(mention_ids)))
    err.print(f"split {len(mention_ids)} mention{'s' if len(mention_ids) != 1 else ''} off {entity_id} into {new.id}", markup=False)
