"""The story's timeline: what happened when, by whose account.

Every resolved time expression dates the statement it sits in. Events from
several sources that fall on the same date and are the same claim are one
event with all their sources. Articles without a publication date give
undated events: they keep their order within the article (and relative
offsets such as "yesterday" = -1 day) and come after the dated ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rashomon.analysis.sentences import split_sentences
from rashomon.model import Analysis, Article, Claim, Evidence

# Finer dates sort before coarser ones that start on the same day.
_GRANULARITY_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass
class TimelineEvent:
    # ISO date the event is placed at (a week or month starts there); None when undated.
    date: str | None
    granularity: str | None
    # The time expression(s) as written ("Tuesday", "у понеділок").
    when: list[str]
    text: str
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # Days from the publication date when the expression is relative (undated articles keep it).
    relative_days: int | None = None
    claim_id: str | None = None


def timeline(
    articles: list[Article], analyses: list[Analysis], sources: list[str], claims: list[Claim] = ()
) -> list[TimelineEvent]:
    """Events of the story in time order: dated ones by date, then undated ones in text order."""
    claim_at: dict[str, list[tuple[int, str]]] = {}
    for claim in claims:
        for e in claim.evidence:
            claim_at.setdefault(e.article_id, []).append((e.start, claim.id))
    dated: dict[tuple, TimelineEvent] = {}
    undated: list[TimelineEvent] = []
    for article, analysis, source in zip(articles, analyses, sources):
        sentences = analysis.sentences or split_sentences(analysis.text, analysis.language)
        for time in analysis.times:
            sentence = next((s for s in sentences if s.start <= time.start < s.end), None)
            if sentence is None:
                continue
            claim_id = _claim_of(claim_at, article.id, sentence.start, sentence.end)
            evidence = Evidence(article.id, sentence.start, sentence.end, sentence.text, source, analysis.language)
            if time.value is None:
                undated.append(TimelineEvent(None, time.granularity, [time.text], sentence.text, [source],
                                             [analysis.language], [evidence], time.relative_days, claim_id))
                continue
            key = (time.value, time.granularity, claim_id or f"{article.id}:{sentence.start}")
            event = dated.get(key)
            if event is None:
                dated[key] = TimelineEvent(time.value, time.granularity, [time.text], sentence.text, [source],
                                           [analysis.language], [evidence], time.relative_days, claim_id)
                continue
            _add(event.when, time.text)
            _add(event.sources, source)
            _add(event.languages, analysis.language)
            if all(e.article_id != article.id or e.start != sentence.start for e in event.evidence):
                event.evidence.append(evidence)
    ordered = sorted(dated.values(), key=lambda e: (e.date, _GRANULARITY_ORDER.get(e.granularity or "", 9)))
    return ordered + undated


def _claim_of(claim_at: dict, article_id: str, start: int, end: int) -> str | None:
    """The claim whose evidence starts inside the sentence (its first clause's claim)."""
    return next((claim_id for at, claim_id in sorted(claim_at.get(article_id, [])) if start <= at < end), None)


def _add(values: list, value) -> None:
    if value and value not in values:
        values.append(value)
