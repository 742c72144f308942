"""Fits the statement link model (rashomon/comparison/alignment.py) on the claims-dev pairs.

Every candidate pair of statements of a pair's two articles is labelled by the
gold: linked when the sentences they cover hold an annotated shared pair.
A logistic regression over ``LINK_FEATURES`` is fitted with 5-fold
cross-validation across pairs (a perturbed copy stays in its original's fold);
prints the out-of-fold average precision and precision/recall per threshold,
and the model to paste into ``LINK_MODELS`` (alignment.py). Asserts nothing.

    .venv/bin/python benchmarks/compare_fit_links.py [--pairs …/claims-dev/pairs.jsonl] [--db FILE] [--model e5|use]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from compare_gold import DEFAULT_PAIRS, gold_linked, ingested, load, pairs_store, sentence_spans

from rashomon.comparison.alignment import LINK_FEATURES, pair_features
from rashomon.comparison.claims import statement_vectors, statements_for
from rashomon.comparison.encoder import Encoder
from rashomon.comparison.story import stored_analysis

FOLDS = 5


def fold_of(records: list[dict], count: int) -> dict[str, int]:
    """Record ID -> fold of a ``count``-fold split of the original pairs (a perturbed copy goes with its original)."""
    originals = sorted(r["id"] for r in records if not r["perturbed_from"])
    fold = {pair: k % count for k, pair in enumerate(originals)}
    return {r["id"]: fold[r["perturbed_from"] or r["id"]] for r in records}


def labelled_pairs(store, records: list[dict], corpus: Path, model: str | None):
    """(record, statements, vectors, i, j, LINK_FEATURES, linked in the gold) of every record's candidate pairs."""
    ids = ingested(store, records, corpus)
    encoder = Encoder(store, model)
    prepared = []
    for record in records:
        articles = [store.get_article(ids[(0, record["text_a"])]), store.get_article(ids[(1, record["text_b"])])]
        analyses = [stored_analysis(store, a) for a in articles]
        statements = statements_for(articles, analyses, ["A", "B"])
        spans = [sentence_spans(a.text, record[f"text_{s}"], record[f"sentences_{s}"]) for a, s in zip(articles, "ab")]
        # Embedded first for all records, so e5's language means are those of the whole set, as in compare_gold.
        encoder.embed([s.text for s in statements], [s.language for s in statements], encoder.model_for([s.language for s in statements]))
        prepared.append((record, statements, spans))
    for record, statements, spans in prepared:
        vectors, _ = statement_vectors(statements, encoder)
        linked = gold_linked(record, spans, statements)
        for i, j, _, features in pair_features(statements, vectors):
            yield record, statements, vectors, i, j, features, linked(i, j)


def examples(store, records: list[dict], corpus: Path, model: str | None, folds: int = FOLDS):
    """(features, label, fold) rows of every record's candidate pairs."""
    fold = fold_of(records, folds)
    pairs = [(features, linked, fold[record["id"]]) for record, *_, features, linked in labelled_pairs(store, records, corpus, model)]
    return tuple(np.array(column, dtype=float if k < 2 else int) for k, column in enumerate(zip(*pairs)))


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000, rate: float = 0.5):
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    weights, intercept = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        error = 1 / (1 + np.exp(-(z @ weights + intercept))) - y
        weights -= rate * (z.T @ error / len(y) + l2 * weights)
        intercept -= rate * error.mean()
    return intercept, mean, scale, weights


def as_link_model(model) -> dict:
    """A fitted model in the shape of alignment.LINK_MODELS' entries."""
    intercept, mean, scale, weights = model
    return {"intercept": float(intercept), "mean": tuple(mean), "scale": tuple(scale), "weights": tuple(weights)}


def predict(model, x: np.ndarray) -> np.ndarray:
    intercept, mean, scale, weights = model
    return 1 / (1 + np.exp(-(((x - mean) / scale) @ weights + intercept)))


def average_precision(y: np.ndarray, scores: np.ndarray) -> float:
    ranked = y[np.argsort(-scores)]
    precision = np.cumsum(ranked) / np.arange(1, len(ranked) + 1)
    return float((precision * ranked).sum() / ranked.sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--db", help="a database keeping the ingested pairs and vectors (see compare_gold.py)")
    parser.add_argument("--model", choices=("e5", "use"), help="the encoder (default: as a comparison chooses it by language)")
    args = parser.parse_args()
    with pairs_store(args.db) as (store, corpus):
        x, y, folds = examples(store, load(args.pairs), corpus, args.model)
    out_of_fold = np.zeros(len(y))
    for k in range(FOLDS):
        out_of_fold[folds == k] = predict(fit(x[folds != k], y[folds != k]), x[folds == k])
    print(f"{len(y)} candidate pairs, {int(y.sum())} linked in the gold")
    print(f"out-of-fold average precision {average_precision(y, out_of_fold):.3f}"
          f" (centred cosine alone {average_precision(y, x[:, 0]):.3f})")
    for threshold in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        chosen = out_of_fold >= threshold
        print(f"  p >= {threshold}: precision {y[chosen].mean():.3f} recall {y[chosen].sum() / y.sum():.3f}")
    intercept, mean, scale, weights = fit(x, y)
    print("LINK_MODELS[...] = {")
    print(f'    "intercept": {intercept:.2f},')
    for name, values in (("mean", mean), ("scale", scale), ("weights", weights)):
        print(f'    "{name}": ({", ".join(f"{v:.2f}" for v in values)}),')
    print("}  # " + ", ".join(LINK_FEATURES))


if __name__ == "__main__":
    main()
