"""Quotation extraction on PolNeAR (English political news, brat standoff attributions).

Usage: .venv/bin/python benchmarks/quotes_polnear.py [--data ../shared/data/polnear] [--split train dev] [--limit N]

Scores content, cue and source spans (exact and Jaccard >= 0.5) per split and
the throughput of the quotation stage alone and end to end (with sentence
splitting and entity mentions).
Articles annotated by several annotators are scored against the first
annotation (by annotator code).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rashomon.analysis.quotes.evaluation import polnear_documents as documents
from rashomon.analysis.quotes.evaluation import run

DEFAULT_DATA = Path("/work/shared/data/polnear")


def print_report(title: str, report, preparation: float, with_mentions: bool) -> None:
    print("\n".join(report.lines(title)))
    total = report.seconds + preparation
    stages = "sentences + mentions" if with_mentions else "sentences"
    print(f"  end to end with {stages}: {report.articles / total if total else 0:.0f} articles/s per core")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", nargs="+", default=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-mentions", dest="mentions", action="store_false", help="Skip the entities stage (speakers get no entity).")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"PolNeAR not found at {args.data}", file=sys.stderr)
        return 2
    for split in args.split:
        report, preparation = run(documents(args.data, split, args.limit), args.mentions)
        print_report(f"PolNeAR {split}", report, preparation, args.mentions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
