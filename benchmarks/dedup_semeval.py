"""How the near-duplicate detector treats real news pairs: copies must be found, mere same-story
reports must not be merged. Prints figures; asserts nothing.

Data: ../shared/data/semeval2022-task8/dev_pairs.csv (SemEval-2022 Task 8), 1,283 pairs of
real articles (title + opening) with a gold ``Overall`` score: 1 = same story ... 4 = unrelated.
Independent reports of the same story (Overall <= 1.5) are *not* copies; the detector should
leave them apart. Copies are simulated from each first text the way syndication edits them:
a new headline, a dropped last sentence, straight quotes, one reworded phrase.

    .venv/bin/python benchmarks/dedup_semeval.py [--csv PATH]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from rashomon.ingest.dedup import NEAR_DUPLICATE_THRESHOLD, Fingerprint, MinHasher, NearDuplicateIndex

DEFAULT_CSV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "semeval2022-task8" / "dev_pairs.csv"


def syndicated(text: str) -> str:
    """A plausible syndicated copy: new headline, last sentence cut, typographic quotes straightened."""
    sentences = text.split(". ")
    body = ". ".join(sentences[:-1]) if len(sentences) > 3 else text
    body = body.replace("“", '"').replace("”", '"').replace("„", '"').replace("«", '"').replace("»", '"')
    return "Syndicated: " + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    args = parser.parse_args()
    if not args.csv.is_file():
        sys.exit(f"benchmark data not found at {args.csv}")
    csv.field_size_limit(10_000_000)
    rows = [r for r in csv.DictReader(args.csv.open(encoding="utf-8")) if r["text1"].strip() and r["text2"].strip()]

    hasher = MinHasher()
    started = time.process_time()
    signatures = {}
    for number, row in enumerate(rows):
        for side in ("text1", "text2"):
            signatures[(number, side)] = hasher.signature(Fingerprint.of(row[side]))
    signing_s = time.process_time() - started

    def flagged(first: bytes, second: bytes) -> bool:
        index = NearDuplicateIndex(lambda: iter([("first", first)]))
        return index.find(second) == "first"

    same_story = [n for n, r in enumerate(rows) if float(r["Overall"]) <= 1.5]
    same_language = [n for n in same_story if rows[n]["lang1"] == rows[n]["lang2"]]
    merged = [n for n in same_story if flagged(signatures[(n, "text1")], signatures[(n, "text2")])]
    unrelated = [n for n, r in enumerate(rows) if float(r["Overall"]) >= 3.5]
    merged_unrelated = [n for n in unrelated if flagged(signatures[(n, "text1")], signatures[(n, "text2")])]
    long_enough = [n for n, r in enumerate(rows) if len(r["text1"].split(". ")) > 3]
    found = [
        n for n in long_enough
        if flagged(signatures[(n, "text1")], hasher.signature(Fingerprint.of(syndicated(rows[n]["text1"]))))
    ]

    print(f"Near-duplicate detection (MinHash word 3-shingles, threshold {NEAR_DUPLICATE_THRESHOLD}) on SemEval-2022 Task 8 dev pairs")
    print(f"  signatures: {2 * len(rows) / signing_s:,.0f} texts per CPU second")
    print(f"  same-story pairs (Overall <= 1.5) wrongly taken as copies: {len(merged)} of {len(same_story)}"
          f" ({len(same_language)} same-language)")
    print(f"  unrelated pairs (Overall >= 3.5) wrongly taken as copies: {len(merged_unrelated)} of {len(unrelated)}")
    print(f"  simulated syndicated copies found: {len(found)} of {len(long_enough)} ({len(found) / len(long_enough):.1%})")
    for n in merged[:5]:
        print(f"    merged pair {rows[n]['pair_id']} ({rows[n]['lang1']}/{rows[n]['lang2']}): {rows[n]['text1'][:70]!r}")


if __name__ == "__main__":
    main()
