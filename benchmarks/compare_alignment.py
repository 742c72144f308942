"""Alignment quality on real cross-lingual news: SemEval-2022 Task 8 dev pairs and the seeds.

For each original (not machine-translated) cross-lingual pair, the two texts
are cut into statements and aligned exactly as `rashomon compare` does. A
pair of articles about the same story (gold Overall <= 2) should yield
aligned statements; an unrelated pair (Overall >= 3.5) should yield few. With
no statement-level gold, precision is judged at the pair level: an aligned
statement pair found in an unrelated article pair is a false alignment.
Prints figures for a grid of link margins and floor cosines (the shipped pair marked);
asserts nothing.

    .venv/bin/python benchmarks/compare_alignment.py [--pairs 150] [--data ../shared/data] [--cache vectors.db]
"""

from __future__ import annotations

import argparse
import csv
from datetime import datetime
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

from rashomon.analysis.pipeline import Analyzer
from rashomon.comparison import compare
from rashomon.comparison.claims import LINK_MARGIN, LINK_MIN_COSINE, links
from rashomon.comparison.encoder import Encoder
from rashomon.comparison.statements import statements_of
from rashomon.model import Analysis, Article
from rashomon.store import open_store
from rashomon.analysis.sentences import split_sentences
from rashomon.analysis.time import extract_times

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


class MemoryCache(dict):
    def statement_vectors(self, keys):
        return {k: self[k] for k in keys if k in self}

    def save_statement_vectors(self, vectors):
        self.update(vectors)


def pairs(data: Path, limit: int) -> list[dict]:
    rows = []
    with open(data / "semeval2022-task8" / "dev_pairs.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["lang1"] == row["lang2"] or not all(p.isdigit() for p in row["pair_id"].split("_")):
                continue
            rows.append(row)
    same = [r for r in rows if float(r["Overall"]) <= 2]
    unrelated = [r for r in rows if float(r["Overall"]) >= 3.5]
    middle = [r for r in rows if 2 < float(r["Overall"]) < 3.5]
    third = limit // 3
    return same[:third] + middle[:third] + unrelated[: limit - 2 * third]


def prepared(text: str, language: str, index: int, source: str):
    article = Article(id=f"{source}{index}", path="semeval", text=text, language=language)
    analysis = Analysis(text=text, language=language, sentences=split_sentences(text, language),
                        times=extract_times(text, language, None))
    return statements_of(index, article, analysis, source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=150)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--cache", help="a Rashomon database to keep statement vectors in between runs")
    args = parser.parse_args()
    encoder = Encoder(open_store(args.cache) if args.cache else MemoryCache())
    rows = pairs(args.data, args.pairs)
    prepared_pairs = []
    for row in rows:
        statements = prepared(row["text1"], row["lang1"], 0, "A") + prepared(row["text2"], row["lang2"], 1, "B")
        if not any(s.article == 0 for s in statements) or not any(s.article == 1 for s in statements):
            continue
        vectors = encoder.embed([s.text for s in statements])
        prepared_pairs.append((float(row["Overall"]), statements, vectors))
    print(f"SemEval-2022 Task 8 dev, cross-lingual original pairs: {len(prepared_pairs)} "
          f"({sum(1 for o, _, _ in prepared_pairs if o <= 2)} same story <= 2, "
          f"{sum(1 for o, _, _ in prepared_pairs if o >= 3.5)} unrelated >= 3.5)")
    print("margin  cosine | aligned/pair same  unrelated | pairs with >=1 same  unrelated | "
          "statement-pair precision | spearman(aligned share, Overall)")
    grid = sorted({(m, c) for m in (0.0, LINK_MARGIN, 0.02, 0.03) for c in (0.83, LINK_MIN_COSINE, 0.87, 0.89)})
    for margin, cosine in grid:
        counts, shares, overall = [], [], []
        for score, statements, vectors in prepared_pairs:
            found = links(statements, vectors, margin, cosine)
            smaller = min(sum(1 for s in statements if s.article == a) for a in (0, 1))
            counts.append(len(found))
            shares.append(len(found) / smaller)
            overall.append(score)
        counts, overall = np.array(counts), np.array(overall)
        same, unrelated = overall <= 2, overall >= 3.5
        true_links, false_links = counts[same].sum(), counts[unrelated].sum()
        precision = true_links / max(1, true_links + false_links)
        rho = spearmanr(shares, overall).statistic
        marker = "  <- shipped" if (margin, cosine) == (LINK_MARGIN, LINK_MIN_COSINE) else ""
        print(f"{margin:6.3f}  {cosine:6.2f} | {counts[same].mean():17.2f} {counts[unrelated].mean():10.2f} | "
              f"{(counts[same] > 0).mean():19.2f} {(counts[unrelated] > 0).mean():10.2f} | {precision:24.2f} | {rho:+.3f}{marker}")

    analyzer = Analyzer()
    published = datetime(2025, 10, 22)
    seed_articles, seed_analyses = [], []
    for name, language in (("000_8a69b7fe4b9a2177.txt", "en"), ("003_d5bce7bdcdc84413.txt", "uk")):
        text = (SEEDS / name).read_text(encoding="utf-8")
        seed_articles.append(Article(id=language, path=name, text=text, language=language, published=published))
        seed_analyses.append(analyzer.analyze(text, language, published))
    comparison = compare(seed_articles, seed_analyses, "en")
    print("\nseeds (en + uk):", ", ".join(
        f"{sum(1 for c in comparison.claims if c.status == s)} {s}" for s in ("shared", "exclusive", "contested")))
    for claim in comparison.claims:
        if claim.status == "shared":
            print("  shared:", " <> ".join(e.text[:60] for e in claim.evidence))
        if claim.status == "contested":
            for number, side in enumerate(claim.sides, 1):
                print(f"  contested side {number}:", " | ".join(e.text[:40] for e in side.evidence))


if __name__ == "__main__":
    main()
