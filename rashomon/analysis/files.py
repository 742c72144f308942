"""Stateless analysis of text files: what ``rashomon analyze`` prints, as Python data.

Each file is read as UTF-8 text exactly as stored (no cleaning, newlines
untranslated), so every offset is a code-point offset into the file's text.
One entity linker is shared by all files of a call, so the same referent gets
the same entity ID in every file.
"""

from __future__ import annotations

from rashomon.analysis.pipeline import Analyzer, AnalyzerOptions
from rashomon.model import Analysis, Mention, Party, Quote, Span

ANALYZE_STAGES = ("language", "sentences", "entities", "quotes")


def read_text_file(path: str) -> str:
    """The file's text as UTF-8, newlines untranslated; OSError/UnicodeDecodeError on failure."""
    with open(path, encoding="utf-8", newline="") as src:
        return src.read()


def _span(span: Span | None) -> dict | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _party(party: Party | None) -> dict | None:
    return None if party is None else {**_span(party), "entity": party.entity}


def mention_dict(mention: Mention) -> dict:
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type,
        "lemma": mention.lemma,
        "entity": mention.entity,
    }


def quote_dict(quote: Quote) -> dict:
    return {
        **_span(quote),
        "kind": quote.kind,
        "cue": _span(quote.cue),
        "speaker": _party(quote.speaker),
        "via": [_party(p) for p in quote.via],
    }


def analysis_dict(path: str, analysis: Analysis) -> dict:
    return {
        "path": path,
        "language": analysis.language,
        "mentions": [mention_dict(m) for m in analysis.mentions],
        "quotes": [quote_dict(q) for q in analysis.quotes],
    }


def _failure(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (undecodable byte at offset {exc.start})"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot be read: {exc.strerror or exc}" if isinstance(exc, OSError) else str(exc)


def analyze_files(paths: list[str], language: str | None = None, analyzer: Analyzer | None = None):
    """Yields, per path in order, {"path", "language", "mentions", "quotes"} or {"path", "error"}.

    ``language`` (an ISO 639-1 code) skips detection. A generator, so a caller
    can print each result as soon as it is ready; ``list(...)`` for all at once.
    """
    analyzer = analyzer or Analyzer(options=AnalyzerOptions(ANALYZE_STAGES))
    for path in paths:
        try:
            text = read_text_file(path)
        except (OSError, UnicodeDecodeError) as exc:
            yield {"path": path, "error": _failure(exc)}
            continue
        yield analysis_dict(path, analyzer.analyze(text, language=language))
