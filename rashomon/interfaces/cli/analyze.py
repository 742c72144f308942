"""`rashomon analyze FILE…`: mentions, entities and quotations of text files, without a store."""

from __future__ import annotations

import click

from rashomon.interfaces.cli.app import main
from rashomon.interfaces.cli.common import emit_json, err, fail_line, handles_errors, json_option


def _language_option(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().lower()
    if not (code.isalpha() and 2 <= len(code) <= 3):
        raise click.BadParameter(f"{value!r} is not an ISO 639 language code such as en, uk or de")
    return code


def _print_human(result: dict) -> None:
    click.echo(f"{result['path']} ({result['language']})")
    for mention in result["mentions"]:
        click.echo(f"  {mention['start']:>6}-{mention['end']:<6} {mention['type']:<4} {mention['text']}  ->  {mention['lemma']}  [{mention['entity']}]")
    for quote in result["quotes"]:
        speaker = quote["speaker"]["text"] if quote["speaker"] else "(unattributed)"
        via = f" via {', '.join(p['text'] for p in quote['via'])}" if quote["via"] else ""
        click.echo(f"  quote {quote['kind']:<13} {speaker}{via}: {quote['text']}")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--lang", "language", metavar="CODE", callback=lambda ctx, param, value: _language_option(value),
              help="Language of all files (ISO 639-1, e.g. uk); detected per file when left out.")
@json_option
@handles_errors
def analyze(files, language, as_json):
    """Names (people, organisations, places, events, products) with cross-file entity IDs, and quotations.

    Each FILE is read as UTF-8 text as it is (no cleaning), so offsets are code
    points into the file. Nothing is stored. With --json: one object per file
    on stdout, {"path", "language", "mentions", "quotes"}, or {"path", "error"}
    for a file that cannot be read.
    """
    from rashomon.analysis import analyze_files

    failed = 0
    for result in analyze_files(list(files), language=language):
        if "error" in result:
            failed += 1
            fail_line(result["path"], result["error"])
            if as_json:
                emit_json(result)
        elif as_json:
            emit_json(result)
        else:
            _print_human(result)
    err.print(f"{len(files) - failed} file{'s' if len(files) - failed != 1 else ''} analysed, {failed} unreadable", markup=False)
