"""`rashomon quotes`: who said what, by story and by speaker."""

from __future__ import annotations

import click

from rashomon.interfaces.cli.app import main
from rashomon.interfaces.cli.common import db_option, emit_json, err, handles_errors, json_option, open_db
from rashomon.model import Party, Quote


def _party(party: Party) -> str:
    return f"{party.text} [{party.entity}]" if party.entity else party.text


def _line(article_id: str, quote: Quote) -> str:
    speaker = _party(quote.speaker) if quote.speaker else "(unattributed)"
    via = f" via {', '.join(_party(p) for p in quote.via)}" if quote.via else ""
    cue = f" ({quote.cue.text})" if quote.cue else ""
    return f"{article_id}  {quote.kind:<13} {speaker}{via}{cue}: {quote.text}"


def _json(article_id: str, quote: Quote) -> dict:
    return {
        "article_id": article_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "cue": {"start": quote.cue.start, "end": quote.cue.end, "text": quote.cue.text} if quote.cue else None,
        "speaker": vars(quote.speaker).copy() if quote.speaker else None,
        "via": [vars(p).copy() for p in quote.via],
    }


@main.command()
@click.option("--story", "story_id", metavar="ID", help="Only quotations in this story's articles.")
@click.option(
    "--speaker", metavar="NAME",
    help="Only quotations of this speaker: words of the name as written or of any of its entity's names (any language), or an entity ID.",
)
@click.option("--article", "article_id", metavar="ID", help="Only quotations in this article.")
@db_option
@json_option
@handles_errors
def quotes(story_id, speaker, article_id, db, as_json):
    """Quotations with their speakers and attribution chains ("CNN, citing a White House official")."""
    with open_db(db) as store:
        if article_id is not None:
            store.get_article(article_id)  # an unknown ID is an error, not an empty answer
        found = store.quotes(story_id=story_id, speaker=speaker, article_id=article_id)
    for article, quote in found:
        if as_json:
            emit_json(_json(article, quote))
        else:
            click.echo(_line(article, quote))
    narrowed = ", ".join(f"{name} {value}" for name, value in (("story", story_id), ("speaker", speaker), ("article", article_id)) if value)
    err.print(f"{len(found)} quotation{'s' if len(found) != 1 else ''}" + (f" ({narrowed})" if narrowed else ""), soft_wrap=True, markup=False)
