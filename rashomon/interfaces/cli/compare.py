"""`rashomon` commands for comparing accounts: compare, timeline, brief, and the outlet catalogue (outlets)."""

from __future__ import annotations

import re

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rashomon.comparison.coverage import sources_line
from rashomon.errors import UsageError
from rashomon.interfaces.cli.app import main
from rashomon.interfaces.cli.common import (
    db_option,
    emit_json,
    err,
    handles_errors,
    json_option,
    open_db,
    to_jsonable,
)

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_STATUS_STYLE = {"shared": "green", "exclusive": "blue", "contested": "red"}

out = Console(highlight=False)


def _language_option(func):
    return click.option("--lang", "language", metavar="CODE",
                        help="Reader's language (ISO 639-1): claim texts come from an article in it where one carries them.")(func)


def _checked_language(language: str | None) -> str | None:
    if language is None:
        return None
    code = language.strip().lower()
    if not _LANGUAGE.match(code):
        raise UsageError(f"--lang {language!r} is not a language code (expected ISO 639-1, e.g. en, uk)")
    return code


def _comparison(db, story_id: str, language: str | None):
    from rashomon.comparison import compare_story

    with open_db(db) as store:
        return compare_story(store, story_id, _checked_language(language))


def _evidence_json(evidence) -> dict:
    return {key: getattr(evidence, key) for key in ("article_id", "start", "end", "text", "speaker", "via", "source", "language")}


def claim_json(claim) -> dict:
    """A claim as `rashomon compare --json` prints it (``sides`` only on contested claims)."""
    data = {
        "id": claim.id, "text": claim.text, "status": claim.status, "sources": claim.sources,
        "languages": claim.languages, "evidence": [_evidence_json(e) for e in claim.evidence],
    }
    if claim.status == "contested":
        data["dispute"] = claim.dispute
        data["sides"] = [
            {"text": side.text, "sources": side.sources, "languages": side.languages,
             "evidence": [_evidence_json(e) for e in side.evidence]}
            for side in claim.sides
        ]
    if claim.detail_of:
        data["detail_of"] = claim.detail_of
    return data


def _story_json(comparison) -> dict:
    return {**to_jsonable(comparison.story), "reader_language": comparison.reader_language,
            "undated_article_ids": comparison.undated_article_ids}


@main.command()
@click.argument("story_id")
@_language_option
@click.option("--limit", type=click.IntRange(min=0), default=10, show_default=True,
              help="Claims shown per status, most widely carried first (0: all). --json always gives all.")
@json_option
@db_option
@handles_errors
def compare(story_id, language, limit, as_json, db):
    """What the sources of a story agree on, what only one reports, and where they contradict."""
    comparison = _comparison(db, story_id, language)
    if as_json:
        emit_json({"story": _story_json(comparison), "claims": [claim_json(c) for c in comparison.claims],
                   "coverage": to_jsonable(comparison.coverage)})
        return
    counts = {status: sum(1 for c in comparison.claims if c.status == status) for status in _STATUS_STYLE}
    out.print(f"[bold]Story {escape(comparison.story.id)}[/] — "
              + ", ".join(f"[{_STATUS_STYLE[s]}]{n} {s}[/]" for s, n in counts.items()))
    texts = {claim.id: claim.text for claim in comparison.claims}
    for status in ("contested", "shared", "exclusive"):
        listed = [c for c in comparison.claims if c.status == status]
        for claim in listed[: limit or None]:
            _print_claim(claim, texts.get(claim.detail_of))
        if limit and len(listed) > limit:
            out.print(f"\n[dim]… and {len(listed) - limit} more {status} claims (--limit 0 shows all)[/]")
    _print_coverage(comparison, limit)


# Evidence lines printed per claim or side; the rest are counted.
EVIDENCE_SHOWN = 3


def _print_claim(claim, detail_of: str | None = None) -> None:
    style = _STATUS_STYLE[claim.status]
    carried = f"carried by {len(claim.sources)} sources: " if len(claim.sources) > 1 else ""
    out.print(f"\n[{style}]{claim.status.upper()}[/] [dim]{claim.id}[/] · {carried}{escape(sources_line(claim.sources))}"
              f" · {', '.join(claim.languages)}")
    if claim.sides:
        if claim.dispute:
            out.print(f"  [red]{escape(claim.dispute['kind'])}[/]: {escape(' vs '.join(claim.dispute['values']))}")
        for number, side in enumerate(claim.sides, 1):
            out.print(f"  [bold]side {number}[/] ({escape(sources_line(side.sources))}; {', '.join(side.languages)})")
            _print_evidence_list(side.evidence, "    ")
    else:
        out.print(f"  {escape(claim.text)}")
        if detail_of:
            out.print(f"    [dim]adds to: {escape(detail_of)}[/]")
        if len(claim.evidence) > 1:
            _print_evidence_list(claim.evidence, "    ")


def _print_evidence_list(evidence_list, indent: str) -> None:
    for evidence in evidence_list[:EVIDENCE_SHOWN]:
        _print_evidence(evidence, indent)
    if len(evidence_list) > EVIDENCE_SHOWN:
        out.print(f"{indent}[dim]… and {len(evidence_list) - EVIDENCE_SHOWN} more[/]")


def _print_evidence(evidence, indent: str) -> None:
    who = f" — {escape(evidence.speaker)}" if evidence.speaker else ""
    via = f" (via {escape(', '.join(evidence.via))})" if evidence.via else ""
    where = f"{evidence.language or ''} {evidence.article_id}[{evidence.start}:{evidence.end}]"
    out.print(f"{indent}[dim]{escape(where)}[/] "
              f"{escape(evidence.text)}{who}{via}")


def _print_coverage(comparison, limit: int = 0) -> None:
    sources = comparison.coverage.sources
    table = Table(title=f"Coverage ({len(sources)} sources)", show_lines=False)
    for column in ("source", "country", "owner", "languages", "articles", "first published", "claims carried", "left out"):
        table.add_column(column)
    ranked = sorted(sources, key=lambda entry: -len(entry.carried))
    for entry in ranked[: (limit * 2) or None]:
        table.add_row(entry.source, entry.country or "", entry.owner or "", ", ".join(entry.languages),
                      str(len(entry.article_ids)), entry.first_published.isoformat() if entry.first_published else "unknown",
                      str(len(entry.carried)), str(len(entry.left_out)))
    out.print()
    out.print(table)
    if limit and len(ranked) > limit * 2:
        out.print(f"[dim]… and {len(ranked) - limit * 2} more sources (--limit 0 shows all)[/]")


@main.command()
@click.option("--min-sources", type=click.IntRange(min=1), default=2, show_default=True,
              help="Only stories with at least this many independent sources.")
@_language_option
@json_option
@db_option
@handles_errors
def precompare(min_sources, language, as_json, db):
    """Compute and cache the comparison of every story with several sources (run in the background, e.g. after ingest)."""
    from rashomon.comparison import refresh_comparisons

    count = 0
    with open_db(db) as store:
        for story_id, seconds in refresh_comparisons(store, min_sources, _checked_language(language)):
            count += 1
            if as_json:
                emit_json({"story": story_id, "seconds": round(seconds, 3)})
            else:
                err.print(f"{story_id}: {seconds:.2f} s")
    err.print(f"{count} stories compared")


@main.command()
@click.argument("story_id")
@_language_option
@json_option
@db_option
@handles_errors
def timeline(story_id, language, as_json, db):
    """The story's events in time order, resolved against each article's publication date."""
    comparison = _comparison(db, story_id, language)
    if comparison.undated_article_ids:
        err.print(f"publication date unknown for {len(comparison.undated_article_ids)} article(s): "
                  "their events are undated and keep their order in the text", soft_wrap=True)
    for event in comparison.timeline:
        if as_json:
            emit_json(event)
            continue
        when = event.date or (f"{event.relative_days:+d} days" if event.relative_days is not None else "undated")
        out.print(f"[bold]{escape(when)}[/] [dim]{escape(event.granularity or '')} · {escape(' / '.join(event.when))} · "
                  f"{escape(', '.join(event.sources))}[/]\n  {escape(event.text)}")


@main.command()
@click.argument("story_id")
@_language_option
@json_option
@db_option
@handles_errors
def brief(story_id, language, as_json, db):
    """A short extractive summary of the story, each sentence tagged with its source and language."""
    comparison = _comparison(db, story_id, language)
    for sentence in comparison.brief:
        if as_json:
            emit_json(sentence)
        else:
            out.print(f"{escape(sentence.text)} [dim]{escape(f'[{sentence.source}, {sentence.language}, {sentence.status}]')}[/]")


@main.group(invoke_without_command=True)
@json_option
@db_option
@click.pass_context
@handles_errors
def outlets(ctx, as_json, db):
    """The outlet catalogue (domain → name, country, language, owner). Without a subcommand: list it."""
    ctx.ensure_object(dict)
    ctx.obj.update(as_json=as_json, db=db)
    if ctx.invoked_subcommand is None:
        _list_outlets(as_json, db)


def _list_outlets(as_json, db) -> None:
    from rashomon.outlets import catalogue

    with open_db(db) as store:
        listed = catalogue(store).outlets()
    if as_json:
        for outlet in listed:
            emit_json(outlet)
        return
    table = Table()
    for column in ("domain", "name", "country", "language", "owner"):
        table.add_column(column)
    for outlet in listed:
        table.add_row(outlet.domain, outlet.name, outlet.country or "", outlet.language or "", outlet.owner or "")
    out.print(table)
    err.print(f"{len(listed)} outlets")


@outlets.command("list")
@json_option
@db_option
@click.pass_context
@handles_errors
def outlets_list(ctx, as_json, db):
    """List the catalogue."""
    _list_outlets(as_json or ctx.obj["as_json"], db or ctx.obj["db"])


@outlets.command("add")
@click.argument("domain")
@click.argument("name")
@click.option("--country", metavar="CC", help="Country code (ISO 3166-1 alpha-2), e.g. UA.")
@click.option("--language", "outlet_language", metavar="CODE", help="Main language (ISO 639-1).")
@click.option("--owner", help="Who owns the outlet.")
@json_option
@db_option
@click.pass_context
@handles_errors
def outlets_add(ctx, domain, name, country, outlet_language, owner, as_json, db):
    """Add an outlet or change one (overrides the starter catalogue)."""
    from rashomon.outlets import Outlet, normalize_domain

    if not name.strip():
        raise UsageError("the outlet NAME must not be empty")
    if country and not re.fullmatch(r"[A-Za-z]{2}", country):
        raise UsageError(f"--country {country!r} is not a two-letter country code (e.g. UA, US)")
    outlet = Outlet(normalize_domain(domain), name.strip(), country.upper() if country else None,
                    _checked_language(outlet_language), owner or None)
    with open_db(db or ctx.obj["db"]) as store:
        store.save_outlet(outlet)
    if as_json or ctx.obj["as_json"]:
        emit_json(outlet)
    else:
        err.print(f"added {outlet.domain}: {outlet.name}")


@outlets.command("remove")
@click.argument("domain")
@json_option
@db_option
@click.pass_context
@handles_errors
def outlets_remove(ctx, domain, as_json, db):
    """Remove an outlet from the catalogue (starter entries are hidden, user entries deleted)."""
    from rashomon.errors import NotFoundError
    from rashomon.outlets import catalogue, normalize_domain

    normalized = normalize_domain(domain)
    with open_db(db or ctx.obj["db"]) as store:
        if normalized not in catalogue(store).by_domain:
            raise NotFoundError(f"no outlet {normalized!r} in the catalogue (see `rashomon outlets list`)")
        store.remove_outlet(normalized)
    if as_json or ctx.obj["as_json"]:
        emit_json({"removed": normalized})
    else:
        err.print(f"removed {normalized}")
