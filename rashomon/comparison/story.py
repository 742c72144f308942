"""Comparing a stored story: claims, timeline, brief and coverage, computed once per story version.

What is computed when: statement vectors are not computed at ingest (they
would cost more than the whole ingest); a story's comparison is computed on
first request (``rashomon compare``, the web page) and stored with a
signature of the story's article set, their content, the outlet edits and
the comparison version. Later requests read it back while the signature
holds; statement vectors are stored by text, so when a story grows only its
new articles are embedded.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from rashomon.comparison.brief import BriefSentence, brief
from rashomon.comparison.claims import align, claims_of, source_labels
from rashomon.comparison.coverage import Coverage, SourceCoverage, coverage
from rashomon.comparison.encoder import Encoder
from rashomon.comparison.memo import Memo
from rashomon.comparison.timeline import TimelineEvent, timeline
from rashomon.model import Analysis, Article, Claim, ClaimSide, Evidence, Story

# Bump when the comparison's method or output changes: cached comparisons are recomputed.
COMPARISON_VERSION = "51"


@dataclass
class Comparison:
    story: Story
    reader_language: str
    claims: list[Claim] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    brief: list[BriefSentence] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)
    # Articles whose publication date is unknown: their events are undated.
    undated_article_ids: list[str] = field(default_factory=list)


def compare_story(store, story_id: str, reader_language: str | None = None, model: str | None = None) -> Comparison:
    """The comparison of a stored story (merged IDs resolve to the survivor); cached per story version.
    ``model`` forces an encoder (benchmarks); by default the story's size and languages choose it."""
    story = store.get_story(story_id)
    articles = _independent_articles([store.get_article(i) for i in story.article_ids])
    language = reader_language or _main_language(articles)
    signature = _signature(store, articles, language + (f":{model}" if model else ""))
    cached = store.cached_comparison(story.id, language, signature)
    if cached is not None:
        return comparison_from_dict(cached, story)
    analyses = [stored_analysis(store, article) for article in articles]
    result = compare(articles, analyses, language, store=store, story=story, model=model)
    store.save_comparison(story.id, language, signature, comparison_to_dict(result))
    return result


def refresh_comparisons(store, min_sources: int = 2, reader_language: str | None = None):
    """Bring every story with at least ``min_sources`` independent sources up to date; yields (story ID, seconds).

    For a background job (cron, after ingest, the server's idle time): a story
    whose comparison is current costs a signature check, a grown story only
    its new articles' statements.
    """
    import time

    for story in store.stories():
        if story.independent_sources < min_sources:
            continue
        started = time.perf_counter()
        compare_story(store, story.id, reader_language)
        yield story.id, time.perf_counter() - started


def compare(
    articles: list[Article], analyses: list[Analysis], reader_language: str | None = None, *, store=None,
    story: Story | None = None, model: str | None = None,
) -> Comparison:
    """The comparison of the given articles (no caching); ``store`` supplies outlet edits and cached vectors;
    ``model`` names the encoder (default: chosen by the articles' languages, see encoder.py)."""
    from rashomon.outlets import catalogue

    language = reader_language or _main_language(articles)
    sources = source_labels(articles, store)
    alignment = align(articles, analyses, sources, Encoder(store, model))
    claims = claims_of(alignment, articles, analyses, language)
    return Comparison(
        story=story or Story(id="", article_ids=[a.id for a in articles]),
        reader_language=language,
        claims=claims,
        timeline=timeline(articles, analyses, sources, claims),
        brief=brief(claims, language),
        coverage=coverage(articles, sources, claims, catalogue(store)),
        undated_article_ids=[a.id for a in articles if a.published is None],
    )


# Articles whose analyses one process keeps (memo.py): a few large stories' worth.
KEPT_ANALYSES = 4096
_analyses: Memo[Analysis] = Memo(KEPT_ANALYSES)


def stored_analysis(store, article: Article) -> Analysis:
    """What comparison needs of an article's analysis: sentences, times, and quotes/mentions when stored;
    kept per process (memo.py), so a grown story re-reads only its new articles."""
    key = (getattr(store, "target", id(store)), article.id, article.content_hash, article.language, article.published)
    return _analyses.get(key, lambda: _read_analysis(store, article))


def _read_analysis(store, article: Article) -> Analysis:
    from rashomon.analysis.quotes import extract_quotes
    from rashomon.analysis.sentences import split_sentences
    from rashomon.analysis.time import extract_times

    analysis = Analysis(text=article.text, language=article.language)
    analysis.sentences = split_sentences(article.text, article.language)
    if store.has_times(article.id):
        analysis.times = store.times(article.id)
    else:
        analysis.times = extract_times(article.text, article.language, article.published)
    # Linked names anchor statements across languages and scripts, and tell places apart.
    analysis.mentions = [mention for _, mention in store.mentions(article_id=article.id)]
    # Stored quotes carry linked speakers; an article without any is re-read (cheap, and the same result).
    analysis.quotes = store.article_quotes(article.id) or extract_quotes(
        article.text, article.language, analysis.sentences, analysis.mentions
    )
    return analysis


def _independent_articles(articles: list[Article]) -> list[Article]:
    """The story's articles less copies of another article in it (a copy is no extra account)."""
    ids = {a.id for a in articles}
    return [a for a in articles if not (a.duplicate_of and a.duplicate_of in ids)]


def _main_language(articles: list[Article]) -> str:
    counts = Counter(a.language for a in articles if a.language)
    return counts.most_common(1)[0][0] if counts else "en"


def _signature(store, articles: list[Article], language: str) -> str:
    parts = [COMPARISON_VERSION, language, store.outlet_edits_stamp()]
    parts += sorted(f"{a.id}:{a.content_hash}:{a.published}:{a.source}:{a.url}" for a in articles)
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- (de)serialisation

def comparison_to_dict(comparison: Comparison) -> dict:
    """Plain JSON-ready data of a comparison, less its story (read fresh from the store)."""
    data = _plain(comparison)
    data.pop("story")
    return data


def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def comparison_from_dict(data: dict, story: Story) -> Comparison:
    def evidence(items):
        return [Evidence(**e) for e in items]

    claims = [
        Claim(**{**c, "evidence": evidence(c["evidence"]),
                 "sides": [ClaimSide(**{**s, "evidence": evidence(s["evidence"])}) for s in c["sides"]]})
        for c in data["claims"]
    ]
    events = [TimelineEvent(**{**e, "evidence": evidence(e["evidence"])}) for e in data["timeline"]]
    cov = data["coverage"]
    sources = [
        SourceCoverage(**{**s, "first_published": _when(s["first_published"]), "last_published": _when(s["last_published"])})
        for s in cov["sources"]
    ]
    return Comparison(
        story=story,
        reader_language=data["reader_language"],
        claims=claims,
        timeline=events,
        brief=[BriefSentence(**b) for b in data["brief"]],
        coverage=Coverage(sources, cov["languages"], _when(cov["first_published"]), _when(cov["last_published"]), cov["undated_articles"]),
        undated_article_ids=data["undated_article_ids"],
    )


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
