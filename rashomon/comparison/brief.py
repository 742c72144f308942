"""The story brief: a few sentences from several sources, each tagged with where it comes from.

Extractive: what the sources agree on (the leading shared claims, most
sources first), then both sides of what they dispute, then the other shared
claims, then what only one source reports, one source at a time; every
source gets at least one sentence where the length allows. Each sentence is taken from an
article in the reader's language when one carries it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rashomon.model import Claim, Evidence

BRIEF_SENTENCES = 6
# Shared claims that lead the brief before both sides of each dispute.
LEADING_SHARED = 3
# Exclusive claims shorter than this are details ("in Alaska in August"), not brief material.
MIN_BRIEF_WORDS = 6


@dataclass
class BriefSentence:
    text: str
    source: str
    language: str
    article_id: str
    start: int
    end: int
    claim_id: str
    status: str


def brief(claims: list[Claim], reader_language: str | None, sentences: int = BRIEF_SENTENCES) -> list[BriefSentence]:
    shared = sorted((c for c in claims if c.status == "shared"), key=lambda c: -len(c.sources))
    picked = [_sentence(claim, claim.evidence, reader_language) for claim in shared[:LEADING_SHARED]]
    for claim in (c for c in claims if c.status == "contested"):
        for side in claim.sides[:2]:
            picked.append(_sentence(claim, side.evidence, reader_language))
    picked += [_sentence(claim, claim.evidence, reader_language) for claim in shared[LEADING_SHARED:]]
    exclusive = [c for c in claims if c.status == "exclusive" and len(c.text.split()) >= MIN_BRIEF_WORDS]
    by_source: dict[str, list[Claim]] = {}
    for claim in exclusive:
        by_source.setdefault(claim.sources[0], []).append(claim)
    while any(by_source.values()):
        for queue in by_source.values():
            if queue:
                claim = queue.pop(0)
                picked.append(_sentence(claim, claim.evidence, reader_language))
    return _spread(picked, sentences)


def _spread(picked: list[BriefSentence], limit: int) -> list[BriefSentence]:
    """Up to ``limit`` sentences in rank order, with each source's best one in first."""
    ranked, spans = [], set()
    for sentence in picked:
        if (sentence.article_id, sentence.start) not in spans:
            spans.add((sentence.article_id, sentence.start))
            ranked.append(sentence)
    first_of_source: dict[str, int] = {}
    for index, sentence in enumerate(ranked):
        first_of_source.setdefault(sentence.source, index)
    keep = sorted(first_of_source.values())[:limit]
    keep += [i for i in range(len(ranked)) if i not in keep][: limit - len(keep)]
    return [ranked[i] for i in sorted(keep)]


def _sentence(claim: Claim, evidence: list[Evidence], reader_language: str | None) -> BriefSentence:
    chosen = next((e for e in evidence if e.language == reader_language), evidence[0])
    return BriefSentence(chosen.text, chosen.source or "", chosen.language or "", chosen.article_id,
                         chosen.start, chosen.end, claim.id, claim.status)
