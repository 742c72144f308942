"""Coverage: which outlets and languages covered the story, when, and what each carried or left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from rashomon.model import Article, Claim


@dataclass
class SourceCoverage:
    source: str
    domain: str | None = None
    country: str | None = None
    owner: str | None = None
    languages: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    first_published: datetime | None = None
    last_published: datetime | None = None
    # Claim IDs this source carries, and those other sources carry that it does not (its blind spots;
    # with three or more sources, only claims carried by two or more).
    carried: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


@dataclass
class Coverage:
    sources: list[SourceCoverage] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)  # language -> articles
    first_published: datetime | None = None
    last_published: datetime | None = None
    undated_articles: int = 0


def coverage(articles: list[Article], sources: list[str], claims: list[Claim], outlets) -> Coverage:
    """``outlets`` is an OutletCatalogue naming each source's outlet."""
    result = Coverage()
    by_source: dict[str, SourceCoverage] = {}
    for article, source in zip(articles, sources):
        entry = by_source.get(source)
        if entry is None:
            outlet = outlets.lookup(article.url) or outlets.lookup(article.source)
            entry = by_source[source] = SourceCoverage(
                source, outlet.domain if outlet else None, outlet.country if outlet else None, outlet.owner if outlet else None
            )
        entry.article_ids.append(article.id)
        if article.language not in entry.languages:
            entry.languages.append(article.language)
        result.languages[article.language] = result.languages.get(article.language, 0) + 1
        if article.published is None:
            result.undated_articles += 1
            continue
        published = _utc(article.published)
        entry.first_published = min(filter(None, (entry.first_published, published)))
        entry.last_published = max(filter(None, (entry.last_published, published)))
    # A blind spot is a claim other sources carry; in a story of many sources, one carried by several
    # (every other source's exclusive claims would list thousands of IDs per source).
    widely = min(2, len(by_source) - 1)
    for entry in by_source.values():
        entry.carried = [c.id for c in claims if entry.source in c.sources]
        entry.left_out = [c.id for c in claims if entry.source not in c.sources and len(c.sources) >= widely]
    dates = [_utc(a.published) for a in articles if a.published]
    result.first_published = min(dates, default=None)
    result.last_published = max(dates, default=None)
    result.sources = sorted(by_source.values(), key=lambda e: (e.first_published is None, e.first_published or datetime.min, e.source))
    return result


def _utc(moment: datetime) -> datetime:
    """Naive UTC, so dates with and without a zone compare (naive ones are taken as UTC)."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def sources_line(sources: list[str], shown: int = 3) -> str:
    """ "A, B, C and 4 more": the first sources of a claim by name, then a count."""
    if len(sources) <= shown + 1:
        return ", ".join(sources)
    return f"{', '.join(sources[:shown])} and {len(sources) - shown} more"
