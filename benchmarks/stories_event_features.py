"""Does event evidence beside content similarity help the same-story score? SemEval-2022 Task 8 dev pairs.

    .venv/bin/python benchmarks/stories_event_features.py [--seeds 3]

Every dev text is analysed as at ingest (language as given, sentences, entities linked across all texts by
one linker in article-ID order, time expressions; the publication date estimated from the text). Candidate
features of a pair, each added alone and in groups to the shipped base model's inputs
(``rashomon.stories.similarity.FEATURES``):

- places (LOC entities), actors (PER and ORG entities), other names (EVT, PRO): shared share of the
  smaller set (``_overlap``), both have some (``_known``), both have some and share none (``_conflict``);
- dates the texts mention (day granularity), and their months: the same three;
- publication dates (estimated from the text; the file has none): log(1 + days apart), both dated, more
  than 7 days apart.

Scores are out of fold (10-fold cross-validation of the logistic model, averaged over --seeds
shuffles): Pearson with -Overall, and pairwise precision/recall/F1 at the shipped join threshold on
clear pairs (Overall <= 1.5 same, >= 3.5 different). A feature earns its place only if it gains
there, by more than a column of noise (the control row) moves them. Also scored: the name keys with
canonical entity IDs added, as ingest computes them (``stories_semeval.py`` leaves them out). Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

import stories_semeval
from stories_semeval import DATA, cross_validated_scores, embeddings, load_pairs, pearson

from rashomon.analysis import Analyzer, AnalyzerOptions
from rashomon.analysis.time.estimate import publication_date
from rashomon.stories.clustering import ClusteringOptions
from rashomon.stories.embedding import Encoder, centred
from rashomon.stories.features import text_signals
from rashomon.stories.service import SIGNAL_CHARS
from rashomon.stories.similarity import FEATURES, pair_features

KINDS = {"places": {"LOC"}, "actors": {"PER", "ORG"}, "other_names": {"EVT", "PRO"}}


def analyse(texts: dict[str, str], languages: dict[str, str]) -> dict[str, dict]:
    """Per text: entity IDs by kind, mentioned days and months, estimated publication day."""
    analyzer = Analyzer(AnalyzerOptions(stages=("language", "sentences", "entities", "times")))
    found, started = {}, time.process_time()
    for text_id in sorted(texts):  # as ingest would meet them
        published, _ = publication_date(None, texts[text_id], languages[text_id])
        analysis = analyzer.analyze(texts[text_id], languages[text_id], published)
        days = {t.value for t in analysis.times if t.value and t.granularity == "day"}
        found[text_id] = {
            **{kind: {m.entity for m in analysis.mentions if m.entity and m.type in types}
               for kind, types in KINDS.items()},
            "entities": sorted({m.entity for m in analysis.mentions if m.entity}),
            "days": days,
            "months": {t.value[:7] for t in analysis.times if t.value and t.granularity in ("day", "month")},
            "published": published.date() if published else None,
        }
    print(f"analysed {len(texts)} texts in {time.process_time() - started:.0f} CPU-s", file=sys.stderr)
    return found


def set_features(a: set, b: set) -> tuple[float, float, float]:
    """(overlap, known, conflict) of two evidence sets."""
    smaller = min(len(a), len(b))
    shared = len(a & b)
    return (shared / smaller if smaller else 0.0), float(smaller > 0), float(smaller > 0 and shared == 0)


def date_features(a: date | None, b: date | None) -> tuple[float, float, float]:
    """(log(1 + days apart), both dated, more than 7 days apart); zeros when either is undated."""
    if a is None or b is None:
        return 0.0, 0.0, 0.0
    apart = abs((a - b).days)
    return math.log1p(apart), 1.0, float(apart > 7)


def candidates(pairs, evidence) -> dict[str, np.ndarray]:
    columns: dict[str, list[float]] = {}
    for a, b, _, _ in pairs:
        values = {}
        for kind in (*KINDS, "days", "months"):
            overlap, known, conflict = set_features(evidence[a][kind], evidence[b][kind])
            values |= {f"{kind}_overlap": overlap, f"{kind}_known": known, f"{kind}_conflict": conflict}
        values |= dict(zip(("log_days_apart", "dated_both", "days_apart_over_7"),
                           date_features(evidence[a]["published"], evidence[b]["published"])))
        for name, value in values.items():
            columns.setdefault(name, []).append(value)
    return {name: np.array(values) for name, values in columns.items()}


def score(label: str, features: np.ndarray, names: tuple[str, ...], pairs, seeds: int) -> None:
    targets = np.array([(4.0 - p[2]) / 3.0 for p in pairs])
    gold = -np.array([p[2] for p in pairs])
    clear = np.array([p[2] <= 1.5 or p[2] >= 3.5 for p in pairs])
    same = np.array([p[2] <= 1.5 for p in pairs])
    threshold = ClusteringOptions().threshold
    rows = []
    for seed in range(seeds):
        held_out = cross_validated_scores(features, targets, names, seed=seed)
        joined = held_out >= threshold
        tp, fp = (joined & same & clear).sum(), (joined & ~same & clear).sum()
        fn = (~joined & same & clear).sum()
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        rows.append((pearson(held_out, gold), precision, recall, f1))
    r, precision, recall, f1 = np.mean(rows, axis=0)
    print(f"{label:<34} Pearson {r:.4f}   pairs at {threshold}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/rashomon-semeval-embeddings.npz"))
    parser.add_argument("--seeds", type=int, default=3, help="cross-validation shuffles to average")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"no SemEval dev pairs at {args.data}")
    texts, languages, pairs = load_pairs(args.data)
    stories_semeval.languages_of.update(languages)
    vectors = {i: centred(v, languages[i]) for i, v in embeddings(texts, args.cache, Encoder()).items()}
    evidence = analyse(texts, languages)

    def base_features(with_entities: bool) -> np.ndarray:
        signals = {i: text_signals(t[:SIGNAL_CHARS], evidence[i]["entities"] if with_entities else ())
                   for i, t in texts.items()}
        return np.array([
            pair_features(float(vectors[a] @ vectors[b]), signals[a], signals[b], languages[a], languages[b])
            for a, b, _, _ in pairs
        ])

    dated = sum(evidence[a]["published"] is not None and evidence[b]["published"] is not None for a, b, _, _ in pairs)
    print(f"{len(pairs)} pairs, {dated} with both texts dated from their text")
    score("base (as stories_semeval.py)", base_features(False), FEATURES, pairs, args.seeds)
    base = base_features(True)
    score("base, names + entity IDs (ingest)", base, FEATURES, pairs, args.seeds)
    found = candidates(pairs, evidence)
    groups = {name: [name] for name in found}
    groups |= {kind: [f"{kind}_overlap", f"{kind}_known", f"{kind}_conflict"] for kind in (*KINDS, "days", "months")}
    groups["publication dates"] = ["log_days_apart", "dated_both", "days_apart_over_7"]
    groups["all"] = list(found)
    # A column of noise: how much a feature that carries nothing moves the figures.
    found["noise (control)"] = np.random.default_rng(1).random(len(pairs))
    groups["noise (control)"] = ["noise (control)"]
    for label, names in groups.items():
        features = np.column_stack([base, *(found[n] for n in names)])
        score(f"  + {label}", features, FEATURES + tuple(names), pairs, args.seeds)


if __name__ == "__main__":
    main()
