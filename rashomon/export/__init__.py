"""Exports: one story as JSON, CSV or a Markdown brief; the whole store as re-ingestible JSONL.

``story_dossier`` gathers everything known about a story (its articles, the
comparison of accounts, quotes, entities); the web story page shows the same
dossier, so what a user sees is what they can hand on.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from rashomon.errors import UsageError
from rashomon.model import Article, Claim, Entity, Quote, Story

FORMATS = ("json", "csv", "md")
# The JSONL fields `rashomon ingest` reads back (rashomon.sources.SourceOptions defaults).
JSONL_FIELDS = ("text", "title", "published", "url", "source", "language", "author")


@dataclass
class StoryQuote:
    """A quote with the article it is in."""

    article_id: str
    quote: Quote


@dataclass
class StoryDossier:
    """A story with its articles and everything found about it (see ``rashomon.comparison.Comparison``)."""

    story: Story
    articles: list[Article]
    claims: list[Claim] = field(default_factory=list)
    timeline: list = field(default_factory=list)  # rashomon.comparison.TimelineEvent
    brief: list = field(default_factory=list)  # rashomon.comparison.BriefSentence
    coverage: object | None = None  # rashomon.comparison.Coverage
    quotes: list[StoryQuote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    reader_language: str | None = None  # the language asked for or preferred, when the story has it


def story_dossier(
    store, story_id: str, reader_language: str | None = None, preferred_languages: Sequence[str] = ()
) -> StoryDossier:
    """Everything about story ``story_id`` (NotFoundError when there is none).

    ``preferred_languages``: the reader's languages, best first (a browser's Accept-Language); without a
    ``reader_language``, the first of them the story has an article in is the reader's.
    """
    from rashomon.export import domains
    from rashomon.ingest.preparation import language_code

    if reader_language is not None:
        code = language_code(reader_language)
        if code is None:
            raise UsageError(f"reader language {reader_language!r} is not an ISO 639 code such as en, uk or de")
        reader_language = code

    story = domains.get_story(store, story_id)
    if reader_language is None:
        reader_language = next((code for code in preferred_languages if code in story.languages), None)
    articles = list(store.articles(ids=story.article_ids))
    articles.sort(key=lambda a: (a.published is None, a.published.isoformat() if a.published else "", a.id))
    dossier = StoryDossier(story=story, articles=articles, reader_language=reader_language)
    # No reader language: the comparison's own default (the story's main language), which precompare caches.
    comparison = domains.compare(store, story.id, reader_language)
    if comparison is not None:
        dossier.claims = list(comparison.claims)
        dossier.timeline = list(comparison.timeline)
        dossier.brief = list(comparison.brief)
        dossier.coverage = comparison.coverage
    dossier.quotes = [StoryQuote(article_id, quote) for article_id, quote in domains.story_quotes(store, story.id)]
    dossier.entities = domains.entities(store, story.top_entities)
    return dossier


def headline(story: Story, language: str | None = None) -> str:
    """The story's headline in ``language`` when it has one, else its first."""
    if language and language in story.headlines:
        return story.headlines[language]
    return next(iter(story.headlines.values()), story.id)


# --------------------------------------------------------------------------- one story


def export_story(dossier: StoryDossier, fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return {"json": story_json, "csv": story_csv, "md": story_markdown}[fmt](dossier)


def story_json(dossier: StoryDossier) -> str:
    from rashomon.interfaces.cli.common import to_jsonable

    return json.dumps(to_jsonable(dossier), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ("record", "id", "status", "text", "language", "source", "article_id", "start", "end", "speaker")


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), =cmd|…).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """``value`` for a CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


class _SafeWriter:
    """A csv writer whose text cells can never become formulas: story text and names are untrusted."""

    def __init__(self, out):
        self._writer = csv.writer(out, lineterminator="\n")

    def writerow(self, row) -> None:
        self._writer.writerow([spreadsheet_safe(cell) for cell in row])


def story_csv(dossier: StoryDossier) -> str:
    """One row per claim evidence, quote and article; ``record`` says which."""
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(CSV_COLUMNS)
    for claim in dossier.claims:
        evidence = claim.evidence + [e for side in claim.sides for e in side.evidence]
        for item in evidence or [None]:
            writer.writerow(
                [
                    "claim", claim.id, claim.status, claim.text,
                    item.language if item else ";".join(claim.languages),
                    item.source if item else ";".join(claim.sources),
                    item.article_id if item else "", item.start if item else "", item.end if item else "",
                    item.speaker if item else "",
                ]
            )
    languages = {a.id: (a.language, a.source) for a in dossier.articles}
    for entry in dossier.quotes:
        language, source = languages.get(entry.article_id, ("", ""))
        quote = entry.quote
        writer.writerow(
            [
                "quote", f"{entry.article_id}:{quote.start}-{quote.end}", quote.kind, quote.text, language, source,
                entry.article_id, quote.start, quote.end, quote.speaker.text if quote.speaker else "",
            ]
        )
    for article in dossier.articles:
        writer.writerow(
            ["article", article.id, article.duplicate_of and "copy" or "original", article.title or "",
             article.language, article.source or "", article.id, 0, len(article.text), article.author or ""]
        )
    return out.getvalue()


def story_markdown(dossier: StoryDossier) -> str:
    """A brief a reader can hand on: what all say, what only some say, where they disagree, who said what."""
    story = dossier.story
    lines = [f"# {_md(headline(story))}", ""]
    lines.append(
        f"{len(dossier.articles)} articles, {story.independent_sources} independent sources, "
        f"languages: {', '.join(story.languages) or '—'}"
        + (f"; first seen {story.first_seen:%Y-%m-%d}" if story.first_seen else "")
        + (f", last seen {story.last_seen:%Y-%m-%d}" if story.last_seen else "")
    )
    lines.append("")
    if dossier.brief:
        lines += ["## Brief", ""]
        lines += [f"- {_md(sentence.text)} ({_md(sentence.source or 'unknown source')})" for sentence in dossier.brief]
        lines.append("")
    for status, title in (("shared", "Shared claims"), ("exclusive", "Exclusive claims"), ("contested", "Contested claims")):
        claims = [c for c in dossier.claims if c.status == status]
        if not claims:
            continue
        lines += [f"## {title}", ""]
        texts = {c.id: c.text for c in dossier.claims}
        for claim in claims:
            lines.append(f"- {_md(claim.text)} — {', '.join(claim.sources) or 'unknown source'}")
            if claim.detail_of in texts:
                lines.append(f"  - adds to: {_md(texts[claim.detail_of])}")
            for side in claim.sides:
                lines.append(f"  - {_md(side.text)} — {', '.join(side.sources) or 'unknown source'}")
        lines.append("")
    if dossier.timeline:
        lines += ["## Timeline", ""]
        for event in dossier.timeline:
            lines.append(f"- {event.date or 'undated'}: {_md(event.text)} — {', '.join(event.sources) or 'unknown source'}")
        lines.append("")
    if dossier.quotes:
        lines += ["## Quotes", ""]
        for entry in dossier.quotes:
            quote = entry.quote
            speaker = quote.speaker.text if quote.speaker else "unattributed"
            via = "".join(f", via {_md(party.text)}" for party in quote.via)
            lines.append(f"- **{_md(speaker)}**{via}: {_md(quote.text)}")
        lines.append("")
    lines += ["## Articles", ""]
    for article in dossier.articles:
        when = f"{article.published:%Y-%m-%d}" if article.published else "undated"
        title = _md(article.title or article.text[:80])
        lines.append(f"- [{article.language}] {title} — {_md(article.source or 'unknown source')}, {when} (`{article.id}`)")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """``text`` on one line with Markdown's active characters escaped."""
    text = " ".join(str(text).split())
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


# --------------------------------------------------------------------------- whole store


def article_record(article: Article) -> dict:
    """The JSONL record of an article: the fields ``rashomon ingest`` reads back, plus its ID."""
    return {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        # An estimated date is not the source's: ingesting the record again estimates it again.
        "published": article.published.isoformat() if article.published and not article.published_estimated else None,
        "url": article.url,
        "source": article.source,
        "language": article.language,
        "author": article.author,
    }


def export_all(store) -> Iterator[str]:
    """The whole store, one JSON line per article, oldest first."""
    for article in store.articles():
        yield json.dumps(article_record(article), ensure_ascii=False) + "\n"
