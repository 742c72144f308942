"""SQLite storage of entities: mentions, canonical entities and people's corrections.

A mention's ID is "<article id>:<start>-<end>" (stable when the article is
analysed again). ``merge_entities`` and ``split_entity`` are recorded in
``entity_corrections`` and applied to every later ``save_mentions``, so a
person's correction outranks the linker across re-processing.
"""

from __future__ import annotations

import json
import re

from rashomon.analysis.entities import EntityLinker
from rashomon.analysis.entities.keys import slug
from rashomon.errors import NotFoundError, UsageError
from rashomon.model import Entity, Mention

_MENTION_ID = re.compile(r"^(?P<article>.+):(?P<start>\d+)-(?P<end>\d+)$")


def _parse_mention_id(text: str) -> tuple[str, int, int]:
    match = _MENTION_ID.match(text)
    if not match:
        raise UsageError(f"{text!r} is not a mention ID (ARTICLE:START-END, as `rashomon mentions` prints them)")
    return match["article"], int(match["start"]), int(match["end"])


def _entity(row) -> Entity:
    return Entity(row["id"], row["type"], json.loads(row["names"]), json.loads(row["aliases"]))


def _mention(row) -> Mention:
    return Mention(row["start_offset"], row["end_offset"], row["text"], row["type"], row["lemma"], row["entity"])


class EntitiesMixin:
    """Methods of SQLiteStore for entities. Uses self.db (sqlite3 connection) and self.transaction()."""

    # ------------------------------------------------------------------ writes

    def save_mentions(self, article_id: str, mentions: list[Mention], linker: EntityLinker | None) -> None:
        """Persist an article's mentions (replacing earlier ones) and the entities the linker created or changed.

        Called by the ingest pipeline inside the article's transaction.
        People's corrections are applied on the way in.
        """
        with self.transaction() as tx:
            if linker is not None:
                changed = (linker.get(entity_id) for entity_id in sorted(linker.changed()))
                self._upsert_entities(tx, [entity for entity in changed if entity is not None])
            merges = self._merge_targets(tx)
            splits = {
                (row["start_offset"], row["end_offset"]): row["entity"]
                for row in tx.execute(
                    "SELECT entity, start_offset, end_offset FROM entity_corrections WHERE kind = 'split' AND article_id = ? ORDER BY id",
                    (article_id,),
                )
            }
            tx.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            rows = []
            for mention in mentions:
                linked = mention.entity or self._ensure_unlinked_entity(tx, mention)
                effective = splits.get((mention.start, mention.end)) or _follow(merges, linked)
                rows.append((article_id, mention.start, mention.end, mention.text, mention.type, mention.lemma, effective, linked))
            tx.executemany(
                "INSERT INTO mentions (article_id, start_offset, end_offset, text, type, lemma, entity, linked_entity)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, start_offset, end_offset) DO UPDATE SET"
                " text = excluded.text, type = excluded.type, lemma = excluded.lemma, entity = excluded.entity,"
                " linked_entity = excluded.linked_entity",
                rows,
            )

    def merge_entities(self, keep_id: str, other_id: str) -> Entity:
        """Make ``other_id`` part of ``keep_id`` for good; returns the merged entity."""
        if keep_id == other_id:
            raise UsageError(f"cannot merge entity {keep_id} with itself")
        with self.transaction() as tx:
            keep, other = self.get_entity(keep_id), self.get_entity(other_id)
            for language, name in other.names.items():
                keep.names.setdefault(language, name)
            keep.aliases.extend(a for a in [*other.names.values(), *other.aliases] if a not in keep.aliases)
            self._upsert_entity(tx, keep)
            tx.execute("UPDATE entities SET merged_into = ? WHERE id = ?", (keep.id, other.id))
            tx.execute("UPDATE entities SET merged_into = ? WHERE merged_into = ?", (keep.id, other.id))
            tx.execute("INSERT INTO entity_corrections (kind, entity, other_entity) VALUES ('merge', ?, ?)", (keep.id, other.id))
            tx.execute("UPDATE mentions SET entity = ? WHERE entity = ?", (keep.id, other.id))
        return keep

    def split_entity(self, entity_id: str, mention_ids: list[str]) -> Entity:
        """Move the given mentions of ``entity_id`` to a new entity of their own; returns it."""
        if not mention_ids:
            raise UsageError("name at least one mention to split off (IDs as `rashomon mentions` prints them)")
        with self.transaction() as tx:
            source = self.get_entity(entity_id)
            found = []
            for text in mention_ids:
                article_id, start, end = _parse_mention_id(text)
                row = tx.execute(
                    "SELECT * FROM mentions WHERE article_id = ? AND start_offset = ? AND end_offset = ?",
                    (article_id, start, end),
                ).fetchone()
                if row is None:
                    raise NotFoundError(f"no mention {text}")
                if row["entity"] != source.id:
                    raise UsageError(f"mention {text} belongs to {row['entity']}, not to {source.id}")
                found.append(row)
            if len(found) == self.db.execute("SELECT COUNT(*) FROM mentions WHERE entity = ?", (source.id,)).fetchone()[0]:
                raise UsageError(f"those are all the mentions of {source.id}; splitting them off would leave it empty")
            lemma = max((row["lemma"] for row in found), key=len)
            new = Entity(self._free_entity_id(tx, slug(lemma) + "-split"), source.type, {}, sorted({r["lemma"] for r in found} | {r["text"] for r in found}))
            self._upsert_entity(tx, new)
            for row in found:
                tx.execute(
                    "INSERT INTO entity_corrections (kind, entity, article_id, start_offset, end_offset) VALUES ('split', ?, ?, ?, ?)",
                    (new.id, row["article_id"], row["start_offset"], row["end_offset"]),
                )
                tx.execute("UPDATE mentions SET entity = ? WHERE id = ?", (new.id, row["id"]))
        return new

    # ------------------------------------------------------------------ reads

    def entity_linker(self) -> EntityLinker:
        """A linker that knows every stored entity, so new articles link to them as the run that stored them would."""
        rows = self.db.execute("SELECT * FROM entities WHERE merged_into IS NULL ORDER BY rowid").fetchall()
        return EntityLinker([_entity(row) for row in rows], self.mention_counts())

    def entities(self, story_id: str | None = None, include_merged: bool = False) -> list[Entity]:
        """Entities, most mentioned first; with ``story_id`` only those mentioned in that story."""
        if story_id is not None:
            if self.db.execute("SELECT 1 FROM articles WHERE story_id = ? LIMIT 1", (story_id,)).fetchone() is None:
                raise NotFoundError(f"no story with ID {story_id!r}")
            rows = self.db.execute(
                "SELECT e.*, COUNT(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id"
                " JOIN entities e ON e.id = m.entity WHERE a.story_id = ? GROUP BY e.id ORDER BY n DESC, e.id",
                (story_id,),
            )
        else:
            rows = self.db.execute(
                "SELECT e.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity = e.id) AS n FROM entities e"
                + ("" if include_merged else " WHERE e.merged_into IS NULL")
                + " ORDER BY n DESC, e.id"
            )
        return [_entity(row) for row in rows]

    def mention_counts(self, story_id: str | None = None) -> dict[str, int]:
        """{entity ID: number of mentions}, in one story or everywhere."""
        if story_id is None:
            rows = self.db.execute("SELECT entity, COUNT(*) FROM mentions GROUP BY entity")
        else:
            rows = self.db.execute(
                "SELECT m.entity, COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.story_id = ? GROUP BY m.entity",
                (story_id,),
            )
        return {entity: count for entity, count in rows}

    def mentions(self, article_id: str | None = None, entity_id: str | None = None) -> list[tuple[str, Mention]]:
        """(article ID, mention) pairs in text order, of one article and/or one entity, or all."""
        clauses, params = [], []
        if article_id is not None:
            if self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotFoundError(f"no article with ID {article_id!r}")
            clauses.append("article_id = ?")
            params.append(article_id)
        if entity_id is not None:
            clauses.append("entity = ?")
            params.append(entity_id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(f"SELECT * FROM mentions{where} ORDER BY article_id, start_offset", params)
        return [(row["article_id"], _mention(row)) for row in rows]

    def get_entity(self, entity_id: str) -> Entity:
        row = self.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no entity with ID {entity_id!r} (see `rashomon entities`)")
        return _entity(row)

    # ------------------------------------------------------------------ helpers

    def _upsert_entity(self, tx, entity: Entity) -> None:
        self._upsert_entities(tx, [entity])

    def _upsert_entities(self, tx, entities: list[Entity]) -> None:
        """One statement for all (a multi-row upsert on PostgreSQL)."""
        tx.executemany(
            "INSERT INTO entities (id, type, names, aliases) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET type = excluded.type, names = excluded.names, aliases = excluded.aliases",
            [(e.id, e.type, json.dumps(e.names, ensure_ascii=False), json.dumps(e.aliases, ensure_ascii=False))
             for e in entities],
        )

    def _ensure_unlinked_entity(self, tx, mention: Mention) -> str:
        """Mentions saved without a linker still get an entity of their own name."""
        entity = Entity("e_" + slug(mention.lemma or mention.text), mention.type, {}, [mention.lemma])
        tx.execute("INSERT INTO entities (id, type, aliases) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                   (entity.id, entity.type, json.dumps(entity.aliases, ensure_ascii=False)))
        return entity.id

    def _merge_targets(self, tx) -> dict[str, str]:
        return {row["id"]: row["merged_into"] for row in tx.execute("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL")}

    def _free_entity_id(self, tx, base: str) -> str:
        candidate, counter = "e_" + base, 2
        while tx.execute("SELECT 1 FROM entities WHERE id = ?", (candidate,)).fetchone():
            candidate = f"e_{base}-{counter}"
            counter += 1
        return candidate


def _follow(merges: dict[str, str], entity_id: str) -> str:
    seen = set()
    while entity_id in merges and entity_id not in seen:
        seen.add(entity_id)
        entity_id = merges[entity_id]
    return entity_id
