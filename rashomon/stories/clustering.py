"""Streaming story clustering: each arriving article joins the best live story or opens one.

Candidates come from an approximate-nearest-neighbour index over story
centroids (usearch, f16) and an inverted index over name keys, never from a
scan. A story is *live* for an article when the article's time lies within
``window_days`` of the story's first..last seen, so late and out-of-order
articles still find their story, while old stories stay in the index (and
searchable) without attracting new reports. An article that scores above
``merge_threshold`` with two live stories bridges them: they merge, and the
larger (then older) keeps its ID; the other ID resolves to it forever.

A story is summarised by its centroid and a capped prototype of its most
frequent keys (names, numbers, content words), so it costs well under 2 KB of
RAM. ``StoryClusterer`` holds no store: it is the rebuildable in-memory state;
``rashomon.stories.service`` persists what it decides.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from rashomon.stories.embedding import DIMENSIONS
from rashomon.stories.features import TextSignals
from rashomon.stories.similarity import SimilarityModel, default_model, pair_features

# Prototype sizes: about what one news lead holds, so story-vs-article features
# mean what article-vs-article features meant when the weights were fitted.
_PROTOTYPE = {"names": 32, "numbers": 16, "words": 64}
_KIND_BITS = {"names": 0, "numbers": 1, "words": 2}
_KEY_MASK = (1 << 30) - 1
# A name shared by more recent stories than this says little; scan only the newest postings.
_POSTINGS_SCAN = 256
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass
class ClusteringOptions:
    threshold: float = 0.5
    merge_threshold: float = 0.75
    window_days: float = 7.0
    ann_candidates: int = 16
    name_candidates: int = 8


@dataclass
class StoryItem:
    """What clustering needs of one article."""

    article_id: str
    vector: np.ndarray  # L2-normalised, DIMENSIONS
    keys: np.ndarray  # hashed_keys(text_signals(...))
    language: str
    when: datetime | None = None


@dataclass
class StorySummary:
    """A story's clustering state; persisted so the index can be rebuilt."""

    id: str
    centroid: np.ndarray
    count: int
    keys: np.ndarray  # uint32: key hash with its kind in the top two bits
    key_counts: np.ndarray  # uint32, parallel to keys
    languages: list[str] = field(default_factory=list)
    first_day: float | None = None
    last_day: float | None = None


@dataclass
class Assignment:
    story_id: str
    opened: bool
    merged: list[str] = field(default_factory=list)  # IDs merged into story_id
    probability: float = 0.0


def hash_key(kind: str, key: str) -> int:
    return (zlib.crc32(key.encode("utf-8")) & _KEY_MASK) | (_KIND_BITS[kind] << 30)


def hashed_keys(signals: TextSignals) -> np.ndarray:
    keys = [hash_key(kind, key) for kind in _PROTOTYPE for key in getattr(signals, kind)]
    return np.unique(np.array(keys, dtype=np.uint32))


def signals_of_keys(keys: np.ndarray) -> TextSignals:
    """Hashed keys back into the three sets (of ints) the features compare."""
    kinds = keys >> 30
    return TextSignals(
        names=set(keys[kinds == 0].tolist()),
        numbers=set(keys[kinds == 1].tolist()),
        words=set(keys[kinds == 2].tolist()),
    )


def epoch_day(when: datetime | None) -> float | None:
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return (when - _EPOCH).total_seconds() / 86400.0


def story_id_for(article_id: str) -> str:
    """The ID of a story opened by ``article_id``: stable and short."""
    return "s_" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


def _prototype(keys: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Keep each kind's most frequent keys (earlier keys win ties)."""
    kept_keys, kept_counts = [], []
    kinds = keys >> 30
    for kind, limit in _PROTOTYPE.items():
        mask = kinds == _KIND_BITS[kind]
        kind_keys, kind_counts = keys[mask], counts[mask]
        order = np.argsort(-kind_counts.astype(np.int64), kind="stable")[:limit]
        kept_keys.append(kind_keys[order])
        kept_counts.append(kind_counts[order])
    return np.concatenate(kept_keys).astype(np.uint32), np.concatenate(kept_counts).astype(np.uint32)


def combine(
    keys_a: np.ndarray, counts_a: np.ndarray, keys_b: np.ndarray, counts_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The prototype of two key multisets (a's keys first, so they win ties)."""
    order = {}
    for key, count in zip(keys_a.tolist() + keys_b.tolist(), counts_a.tolist() + counts_b.tolist()):
        order[key] = order.get(key, 0) + count
    keys = np.fromiter(order.keys(), dtype=np.uint32, count=len(order))
    counts = np.fromiter(order.values(), dtype=np.uint32, count=len(order))
    return _prototype(keys, counts)


def summary_of(story_id: str, items: list[StoryItem]) -> StorySummary:
    """A story's summary computed from its articles (for corrections and rebuilds)."""
    centroid = np.sum([item.vector for item in items], axis=0)
    keys = np.zeros(0, np.uint32)
    counts = np.zeros(0, np.uint32)
    for item in items:
        keys, counts = combine(keys, counts, item.keys, np.ones(len(item.keys), np.uint32))
    days = [d for d in (epoch_day(item.when) for item in items) if d is not None]
    return StorySummary(
        id=story_id,
        centroid=(centroid / max(np.linalg.norm(centroid), 1e-12)).astype(np.float32),
        count=len(items),
        keys=keys,
        key_counts=counts,
        languages=sorted({item.language for item in items if item.language}),
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
    )


class StoryClusterer:
    """The in-memory story index and the assignment rule. Rebuild it with ``load``."""

    def __init__(self, options: ClusteringOptions | None = None, model: SimilarityModel | None = None):
        from usearch.index import Index

        self.options = options or ClusteringOptions()
        self.model = model or default_model()
        self.vectors = Index(ndim=DIMENSIONS, metric="cos", dtype="f16")
        self.summaries: dict[int, StorySummary] = {}  # slot -> summary of a surviving story
        self.slot_of: dict[str, int] = {}
        self.aliases: dict[str, str] = {}  # merged-away ID -> the ID it merged into
        self.postings: dict[int, list[int]] = {}  # name key -> slots, oldest first
        self._next_slot = 0

    # ------------------------------------------------------------------ state

    def __len__(self) -> int:
        return len(self.summaries)

    def resolve(self, story_id: str) -> str:
        seen = set()
        while story_id in self.aliases and story_id not in seen:
            seen.add(story_id)
            story_id = self.aliases[story_id]
        return story_id

    def summary(self, story_id: str) -> StorySummary:
        return self.summaries[self.slot_of[self.resolve(story_id)]]

    def load(self, summaries: list[StorySummary], aliases: dict[str, str]) -> None:
        """Rebuild from persisted summaries (surviving stories) and merged-ID aliases."""
        self.aliases.update(aliases)
        if not summaries:
            return
        slots = np.arange(self._next_slot, self._next_slot + len(summaries))
        self.vectors.add(slots, np.vstack([s.centroid for s in summaries]).astype(np.float32))
        for slot, summary in zip(slots.tolist(), summaries):
            self._register(slot, summary)
        self._next_slot += len(summaries)

    def put(self, summary: StorySummary) -> None:
        """Add or replace a story's summary (after a manual correction)."""
        slot = self.slot_of.get(summary.id)
        if slot is None:
            slot = self._next_slot
            self._next_slot += 1
            known = set()
        else:  # keep the slot: postings that name it stay valid
            self.vectors.remove(slot)
            previous = self.summaries[slot].keys
            known = set(previous[(previous >> 30) == 0].tolist())
        self.vectors.add(slot, summary.centroid.astype(np.float32))
        self._register(slot, summary, known)

    def drop(self, story_id: str, merged_into: str | None = None) -> None:
        slot = self.slot_of.pop(story_id)
        del self.summaries[slot]
        self.vectors.remove(slot)
        if merged_into:
            self.aliases[story_id] = merged_into

    def _register(self, slot: int, summary: StorySummary, known: set[int] = frozenset()) -> None:
        self.summaries[slot] = summary
        self.slot_of[summary.id] = slot
        for key in summary.keys[(summary.keys >> 30) == 0].tolist():
            if key not in known:
                self.postings.setdefault(key, []).append(slot)

    # ------------------------------------------------------------------ scoring

    def _live(self, summary: StorySummary, day: float | None) -> bool:
        if day is None or summary.first_day is None:
            return True
        window = self.options.window_days
        return summary.first_day - window <= day <= summary.last_day + window

    def score(self, item: StoryItem, summary: StorySummary, cosine: float | None = None) -> float:
        """Probability that ``item`` reports ``summary``'s story."""
        if cosine is None:
            cosine = float(item.vector @ summary.centroid)
        story_signals = signals_of_keys(summary.keys)
        item_signals = signals_of_keys(item.keys)
        same_language = item.language if item.language in summary.languages else ""
        features = pair_features(cosine, item_signals, story_signals, item.language, same_language)
        day = epoch_day(item.when)
        days_apart = None
        if day is not None and summary.first_day is not None:
            days_apart = max(0.0, summary.first_day - day, day - summary.last_day)
        return self.model.probability(features, days_apart)

    def candidates(self, item: StoryItem) -> list[tuple[float, int]]:
        """(probability, slot) of live candidate stories, best first."""
        day = epoch_day(item.when)
        found: dict[int, float | None] = {}
        if len(self.summaries):
            matches = self.vectors.search(item.vector.astype(np.float32), self.options.ann_candidates)
            for slot, distance in zip(matches.keys.tolist(), matches.distances.tolist()):
                if slot in self.summaries:
                    found[slot] = 1.0 - distance
        shared: dict[int, int] = {}
        for key in item.keys[(item.keys >> 30) == 0].tolist():
            for slot in self.postings.get(key, ())[-_POSTINGS_SCAN:]:
                if slot in self.summaries:
                    shared[slot] = shared.get(slot, 0) + 1
        for slot, _ in sorted(shared.items(), key=lambda kv: -kv[1])[: self.options.name_candidates]:
            found.setdefault(slot, None)
        scored = []
        for slot, cosine in found.items():
            summary = self.summaries[slot]
            if self._live(summary, day):
                scored.append((self.score(item, summary, cosine), slot))
        scored.sort(key=lambda pair: -pair[0])
        return scored

    # ------------------------------------------------------------------ assignment

    def assign(self, item: StoryItem, blocked: frozenset[tuple[str, str]] = frozenset()) -> Assignment:
        """Join the best live story (merging bridged ones) or open a new story.

        ``blocked`` holds story-ID pairs a person split apart: never merged again.
        """
        scored = self.candidates(item)
        if not scored or scored[0][0] < self.options.threshold:
            story_id = self._fresh_id(item.article_id)
            self.put(summary_of(story_id, [item]))
            return Assignment(story_id, opened=True, probability=scored[0][0] if scored else 0.0)
        probability, best = scored[0]
        bridged = [
            slot
            for p, slot in scored[1:]
            if p >= self.options.merge_threshold and probability >= self.options.merge_threshold
        ]
        target = self.summaries[best]
        merged = []
        for slot in bridged:
            other = self.summaries[slot]
            if (target.id, other.id) in blocked or (other.id, target.id) in blocked:
                continue
            survivor, absorbed = (target, other) if (target.count, -slot) >= (other.count, -best) else (other, target)
            target = self.merge(survivor.id, absorbed.id)
            merged.append(absorbed.id)
        self._grow(target, item)
        return Assignment(target.id, opened=False, merged=merged, probability=probability)

    def merge(self, survivor_id: str, absorbed_id: str) -> StorySummary:
        """Fold ``absorbed_id`` into ``survivor_id``; returns the survivor's new summary."""
        survivor, absorbed = self.summary(survivor_id), self.summary(absorbed_id)
        total = survivor.count + absorbed.count
        centroid = survivor.centroid * survivor.count + absorbed.centroid * absorbed.count
        keys, counts = combine(survivor.keys, survivor.key_counts, absorbed.keys, absorbed.key_counts)
        days = [d for d in (survivor.first_day, survivor.last_day, absorbed.first_day, absorbed.last_day) if d is not None]
        merged = StorySummary(
            id=survivor.id,
            centroid=(centroid / max(np.linalg.norm(centroid), 1e-12)).astype(np.float32),
            count=total,
            keys=keys,
            key_counts=counts,
            languages=sorted(set(survivor.languages) | set(absorbed.languages)),
            first_day=min(days) if days else None,
            last_day=max(days) if days else None,
        )
        self.drop(absorbed.id, merged_into=survivor.id)
        self.put(merged)
        return merged

    def _grow(self, summary: StorySummary, item: StoryItem) -> None:
        centroid = summary.centroid * summary.count + item.vector
        keys, counts = combine(summary.keys, summary.key_counts, item.keys, np.ones(len(item.keys), np.uint32))
        day = epoch_day(item.when)
        first = summary.first_day if day is None else min(day, summary.first_day if summary.first_day is not None else day)
        last = summary.last_day if day is None else max(day, summary.last_day if summary.last_day is not None else day)
        self.put(
            StorySummary(
                id=summary.id,
                centroid=(centroid / max(np.linalg.norm(centroid), 1e-12)).astype(np.float32),
                count=summary.count + 1,
                keys=keys,
                key_counts=counts,
                languages=sorted(set(summary.languages) | ({item.language} if item.language else set())),
                first_day=first,
                last_day=last,
            )
        )

    def _fresh_id(self, article_id: str) -> str:
        story_id, n = story_id_for(article_id), 1
        while story_id in self.slot_of or story_id in self.aliases:
            n += 1
            story_id = story_id_for(f"{article_id}#{n}")
        return story_id

    def is_known(self, story_id: str) -> bool:
        return story_id in self.slot_of or story_id in self.aliases
