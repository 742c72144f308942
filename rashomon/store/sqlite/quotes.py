"""SQLite storage of quotes: tables, reads and writes.

Table (migration 0020): ``quotes``, one row per quotation of an article, with
its cue, its speaker (as written, and the speaker's entity) and the chain of
intermediaries as JSON. Saving an article's quotes replaces the ones stored
before, so re-processing an article never duplicates them.
"""

from __future__ import annotations

import json

from rashomon.model import Party, Quote, Span

_COLUMNS = (
    "q.article_id, q.start_offset, q.end_offset, q.text, q.kind, q.cue_start, q.cue_end, q.cue_text, "
    "q.speaker_start, q.speaker_end, q.speaker_text, q.speaker_entity, q.via"
)


def _quote(row) -> Quote:
    cue = Span(row["cue_start"], row["cue_end"], row["cue_text"]) if row["cue_text"] is not None else None
    speaker = (
        Party(row["speaker_start"], row["speaker_end"], row["speaker_text"], row["speaker_entity"])
        if row["speaker_text"] is not None
        else None
    )
    via = [Party(p["start"], p["end"], p["text"], p.get("entity")) for p in json.loads(row["via"])]
    return Quote(row["start_offset"], row["end_offset"], row["text"], row["kind"], cue, speaker, via)


def _fold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


class QuotesMixin:
    """Methods of SQLiteStore for quotes. Uses self.db (sqlite3 connection) and self.transaction()."""

    def save_quotes(self, article_id: str, quotes: list[Quote]) -> None:
        """Persist an article's quotations, replacing any stored before. Joins the article's transaction."""
        rows = [
            (
                article_id,
                quote.start,
                quote.end,
                quote.text,
                quote.kind,
                quote.cue.start if quote.cue else None,
                quote.cue.end if quote.cue else None,
                quote.cue.text if quote.cue else None,
                quote.speaker.start if quote.speaker else None,
                quote.speaker.end if quote.speaker else None,
                quote.speaker.text if quote.speaker else None,
                quote.speaker.entity if quote.speaker else None,
                json.dumps([{"start": p.start, "end": p.end, "text": p.text, "entity": p.entity} for p in quote.via], ensure_ascii=False),
            )
            for quote in quotes
        ]
        with self.transaction() as tx:
            tx.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
            tx.executemany(
                "INSERT INTO quotes (article_id, start_offset, end_offset, text, kind, cue_start, cue_end, cue_text, "
                "speaker_start, speaker_end, speaker_text, speaker_entity, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def article_quotes(self, article_id: str) -> list[Quote]:
        """One article's quotations in text order."""
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM quotes q WHERE q.article_id = ? ORDER BY q.start_offset", (article_id,))
        return [_quote(row) for row in rows]

    def quotes(self, story_id: str | None = None, speaker: str | None = None, article_id: str | None = None) -> list[tuple[str, Quote]]:
        """(article ID, quote) pairs, by article and position, narrowed by story, speaker and article.

        ``story_id`` may be a merged-away ID (it stands for the story it was
        merged into). ``speaker`` matches, case-insensitively, the speaker as
        written (a substring: "ryabkov" finds "Deputy Foreign Minister Sergei
        Ryabkov"), the speaker's entity ID, the names of the speaker's entity
        in any language, and every quotation whose speaker resolved to the
        entity of a speaker so written ("he" and "Рябков" for "ryabkov").
        """
        where, params = [], []
        if story_id is not None:
            if hasattr(self, "resolve_story_id"):
                story_id = self.resolve_story_id(story_id)
            where.append("a.story_id = ?")
            params.append(story_id)
        if article_id is not None:
            where.append("q.article_id = ?")
            params.append(article_id)
        if speaker is not None:
            # The entities of speakers written this way stand for them everywhere: "ryabkov" also finds
            # "he" and "Рябков" when they were resolved to Ryabkov's entity.
            # SQLite's lower() and LIKE fold ASCII only; "рябков" must find "Рябков".
            self.db.create_function("rashomon_fold", 1, _fold, deterministic=True)
            folded = _fold(speaker)
            named = sorted(self._entities_named(folded))
            where.append(
                "(instr(rashomon_fold(q.speaker_text), ?) > 0 OR rashomon_fold(q.speaker_entity) = ? OR q.speaker_entity IN "
                "(SELECT speaker_entity FROM quotes WHERE speaker_entity IS NOT NULL AND instr(rashomon_fold(speaker_text), ?) > 0)"
                + (f" OR q.speaker_entity IN ({', '.join('?' * len(named))})" if named else "")
                + ")"
            )
            params.extend([folded, folded, folded, *named])
        sql = f"SELECT {_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published IS NULL, a.published, q.article_id, q.start_offset"
        return [(row["article_id"], _quote(row)) for row in self.db.execute(sql, params)]

    def _entities_named(self, folded: str) -> set[str]:
        """IDs of the entities (merged-away ones too) one of whose names or aliases contains ``folded``."""
        return {
            entity.id
            for entity in self.entities(include_merged=True)
            if any(folded in name.casefold() for name in [*entity.names.values(), *entity.aliases])
        }
