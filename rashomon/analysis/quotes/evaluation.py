"""Scoring extracted quotations against annotated ones (used by benchmarks/quotes_*.py and the tests).

A span is a tuple of (start, end) pieces, so discontinuous annotations
("…,” she said, “…") are scored on the characters they cover. Each field
(content, cue, source) is scored separately by one-to-one matching:

- exact: the same characters, ignoring surrounding spaces and clause punctuation;
- jaccard: character Jaccard of at least 0.5 (the matching rule for content);
- touch: at least one character in common (the looser rule, reported for cue and source).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rashomon.model import Quote

Piece = tuple[int, int]
SpanSet = tuple[Piece, ...]
FIELDS = ("content", "cue", "source")
_EDGE = " \t\n.,;:!?"


@dataclass
class FieldScore:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0  # Jaccard >= 0.5
    touch: int = 0  # any character in common

    def add(self, other: "FieldScore") -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.exact += other.exact
        self.overlap += other.overlap
        self.touch += other.touch

    def prf(self, matched: int) -> tuple[float, float, float]:
        precision = matched / self.predicted if self.predicted else 0.0
        recall = matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class Report:
    scores: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    articles: int = 0
    seconds: float = 0.0  # CPU
    wall_seconds: float = 0.0

    def lines(self, title: str) -> list[str]:
        cpu = self.articles / self.seconds if self.seconds else 0
        wall = self.articles / self.wall_seconds if self.wall_seconds else 0
        rows = [
            f"{title}: {self.articles} articles, quotation stage {cpu:.0f} articles/s per core (CPU time), "
            f"{wall:.0f} articles/s wall clock"
        ]
        rows.append(
            f"  {'field':8} {'gold':>6} {'pred':>6} | {'exact P':>7} {'R':>5} {'F1':>5} | "
            f"{'jacc>=.5 P':>10} {'R':>5} {'F1':>5} | {'touch P':>7} {'R':>5} {'F1':>5}"
        )
        for name in FIELDS:
            score = self.scores[name]
            cells = []
            for matched in (score.exact, score.overlap, score.touch):
                p, r, f = score.prf(matched)
                cells.append((p, r, f))
            (ep, er, ef), (op, orr, of), (tp, tr, tf) = cells
            rows.append(
                f"  {name:8} {score.gold:6d} {score.predicted:6d} | {ep:7.3f} {er:5.3f} {ef:5.3f} | "
                f"{op:10.3f} {orr:5.3f} {of:5.3f}"
                f" | {tp:7.3f} {tr:5.3f} {tf:5.3f}"
            )
        return rows


def normalise(text: str, span: SpanSet) -> SpanSet:
    """Trim spaces and clause punctuation at the edges of each piece; drop empty pieces."""
    pieces = []
    for start, end in span:
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end > start:
            pieces.append((start, end))
    return tuple(sorted(pieces))


def jaccard(a: SpanSet, b: SpanSet) -> float:
    size_a = sum(e - s for s, e in a)
    size_b = sum(e - s for s, e in b)
    common = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    union = size_a + size_b - common
    return common / union if union else 0.0


def score_field(text: str, gold: Iterable[SpanSet], predicted: Iterable[SpanSet]) -> FieldScore:
    gold = list({normalise(text, g) for g in gold} - {()})
    predicted = list({normalise(text, p) for p in predicted} - {()})
    result = FieldScore(gold=len(gold), predicted=len(predicted))
    result.exact = len(set(gold) & set(predicted))
    pairs = sorted(
        (
            (jaccard(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if g[0][0] < p[-1][1] and p[0][0] < g[-1][1]
        ),
        reverse=True,
    )
    result.overlap = _matched(pairs, 0.5)
    result.touch = _matched(pairs, 1e-9)
    return result


def _matched(pairs: list[tuple[float, int, int]], threshold: float) -> int:
    """Size of a greedy one-to-one matching, best pairs first, of pairs scoring at least ``threshold``."""
    used_gold, used_pred = set(), set()
    for value, gi, pi in pairs:
        if value < threshold:
            break
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
    return len(used_gold)


def predicted_fields(quotes: list[Quote]) -> dict[str, list[SpanSet]]:
    """Content, cue and source spans of extracted quotations (a source is the speaker as written).

    A quotation that continues the one before it (same speaker span, no cue of
    its own: "“…,” he said. “…”") is scored as one more piece of that one's
    content, as the annotations join them.
    """
    contents: list[list[Piece]] = []
    previous = None
    for quote in quotes:
        continues = (
            previous is not None
            and quote.cue is None
            and quote.kind == previous.kind == "direct"
            and quote.speaker is not None
            and previous.speaker is not None
            and (quote.speaker.start, quote.speaker.end) == (previous.speaker.start, previous.speaker.end)
        )
        if continues:
            contents[-1].append((quote.start, quote.end))
        else:
            contents.append([(quote.start, quote.end)])
        previous = quote
    return {
        "content": [tuple(pieces) for pieces in contents],
        "cue": [((q.cue.start, q.cue.end),) for q in quotes if q.cue is not None],
        "source": [((q.speaker.start, q.speaker.end),) for q in quotes if q.speaker is not None],
    }


def evaluate(
    documents: Iterable[tuple[str, str, dict[str, list[SpanSet]]]],
    extract: Callable[[str, str], list[Quote]],
) -> Report:
    """Score ``extract(text, language)`` over (text, language, gold fields) documents."""
    report = Report()
    for text, language, gold in documents:
        # CPU time of this process (other work on a shared machine does not count against the stage) and wall time.
        started, started_wall = time.process_time(), time.perf_counter()
        quotes = extract(text, language)
        report.seconds += time.process_time() - started
        report.wall_seconds += time.perf_counter() - started_wall
        report.articles += 1
        predicted = predicted_fields(quotes)
        for name in FIELDS:
            report.scores[name].add(score_field(text, gold.get(name, []), predicted[name]))
    return report


# --------------------------------------------------------------------------- PolNeAR and the pipeline

_FIELD_OF = {"Content": "content", "Cue": "cue", "Source": "source"}


def read_annotations(path: Path) -> dict[str, list[tuple[tuple[int, int], ...]]]:
    fields = {name: [] for name in FIELDS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        label, _, offsets = parts[1].partition(" ")
        if label not in _FIELD_OF:
            continue
        pieces = tuple(tuple(int(x) for x in piece.split()) for piece in offsets.split(";"))
        fields[_FIELD_OF[label]].append(pieces)
    return fields


def polnear_documents(data: Path, split: str, limit: int | None):
    """(text, "en", gold fields) of a PolNeAR split: brat standoff, scored against the first annotator's file."""
    texts = sorted((data / split / "text").glob("*.txt"))[:limit]
    for text_path in texts:
        annotations = sorted((data / split / "attributions").glob(text_path.stem + "_*.ann"))
        if not annotations:
            continue
        yield text_path.read_text(encoding="utf-8"), "en", read_annotations(annotations[0])


def extractor(with_mentions: bool = True):
    """prepare(text, language) -> (sentences, mentions): what the quotation stage reads, made by the stages
    before it (entity mentions optional); one linker links across all documents."""
    from rashomon.analysis.entities import EntityLinker, extract_mentions
    from rashomon.analysis.sentences import split_sentences

    linker = EntityLinker()

    def prepare(text: str, language: str):
        sentences = split_sentences(text, language)
        mentions = extract_mentions(text, language, sentences) if with_mentions else []
        if with_mentions:
            linker.link(mentions, language, text)
        return sentences, mentions

    return prepare


def run(documents_iter, with_mentions: bool):
    """Evaluate over the documents; returns (report, seconds spent preparing sentences and mentions)."""
    from rashomon.analysis.quotes import extract_quotes

    prepare = extractor(with_mentions)
    prepared: dict[int, tuple] = {}
    started = time.process_time()
    docs = []
    for text, language, gold in documents_iter:
        prepared[id(text)] = prepare(text, language)
        docs.append((text, language, gold))
    preparation = time.process_time() - started

    def extract(text: str, language: str):
        sentences, mentions = prepared[id(text)]
        return extract_quotes(text, language, sentences, mentions)

    return evaluate(docs, extract), preparation
