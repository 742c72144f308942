"""Reading SlavicNER (BSNLP 2019-2023) and scoring mentions and links (used by benchmarks/entities_slavicner.py
and the tests)."""

from __future__ import annotations

from collections import Counter, defaultdict
from math import comb
from pathlib import Path


def load(data: Path, languages: set[str] | None, topics: set[str] | None):
    docs = []
    for tsv in sorted((data / "ner").glob("*/*/*.tsv")):
        topic, lang = tsv.parent.parent.name, tsv.parent.name
        if (languages and lang not in languages) or (topics and topic not in topics):
            continue
        raw = data / "raw" / topic / lang / (tsv.stem + ".txt")
        if not raw.exists():
            continue
        with open(raw, encoding="utf-8", newline="") as src:
            text = src.read()
        gold = []
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 6:
                gold.append((int(parts[0]), int(parts[1]), parts[2], parts[3], parts[4], parts[5]))
        docs.append((f"{topic}/{lang}/{tsv.stem}", lang, text, gold))
    return docs


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pairs: list[tuple[str, str]]) -> tuple[float, float, float, float]:
    """(P, R, F1, share of gold IDs kept whole) for (gold_id, predicted_id) per mention."""
    cells, gold_sizes, pred_sizes = Counter(pairs), Counter(g for g, _ in pairs), Counter(p for _, p in pairs)
    tp = sum(comb(n, 2) for n in cells.values())
    p, r, f = prf(tp, sum(comb(n, 2) for n in pred_sizes.values()), sum(comb(n, 2) for n in gold_sizes.values()))
    predicted_per_gold = defaultdict(set)
    for g, pred in pairs:
        predicted_per_gold[g].add(pred)
    multi = [g for g, n in gold_sizes.items() if n > 1]
    whole = sum(1 for g in multi if len(predicted_per_gold[g]) == 1) / len(multi) if multi else 0.0
    return p, r, f, whole
