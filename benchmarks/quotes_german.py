"""Quotation extraction on German WikiNews (Petersen-Frey & Biemann 2024), all quotation types.

Usage: .venv/bin/python benchmarks/quotes_german.py [--data ../shared/data/german-quotes] [--split train dev] [--limit N]

Scores content (the annotated quote), cue and source (speaker) spans, exact
and Jaccard >= 0.5, over Direct, Indirect, IndirectFreeIndirect, FreeIndirect
and Reported annotations, per split and per type (content recall), and the
throughput of the quotation stage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from rashomon.analysis.quotes import extract_quotes
from rashomon.analysis.quotes.evaluation import FIELDS, extractor, jaccard, normalise, run

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_polnear import print_report  # noqa: E402  (same pipeline and report as PolNeAR)

DEFAULT_DATA = Path("/work/shared/data/german-quotes")
_FIELD_OF = {"quote": "content", "cue": "cue", "speaker": "source"}


def read_document(path: Path):
    document = json.loads(path.read_text(encoding="utf-8"))
    text = document["originalText"]
    fields = {name: [] for name in FIELDS}
    types = []
    for annotation in document["annotations"]:
        for key, name in _FIELD_OF.items():
            part = annotation.get(key) or {}
            pieces = tuple((s["charBegin"], s["charEnd"]) for s in part.get("spans", []))
            if pieces:
                fields[name].append(pieces)
                if name == "content":
                    types.append((annotation["type"], pieces))
    return text, fields, types


def documents(data: Path, split: str, limit: int | None):
    for path in sorted((data / split).glob("*.json"))[:limit]:
        text, fields, _ = read_document(path)
        yield text, "de", fields


def recall_by_type(data: Path, split: str, limit: int | None, with_mentions: bool) -> dict[str, tuple[int, int]]:
    """Per annotation type: how many gold quotes some extracted quote matches (Jaccard >= 0.5)."""
    prepare = extractor(with_mentions)
    found, total = Counter(), Counter()
    for path in sorted((data / split).glob("*.json"))[:limit]:
        text, _, types = read_document(path)
        sentences, mentions = prepare(text, "de")
        predicted = [normalise(text, ((q.start, q.end),)) for q in extract_quotes(text, "de", sentences, mentions)]
        for kind, pieces in types:
            gold = normalise(text, pieces)
            total[kind] += 1
            found[kind] += any(jaccard(gold, p) >= 0.5 for p in predicted)
    return {kind: (found[kind], total[kind]) for kind in total}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", nargs="+", default=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-mentions", dest="mentions", action="store_false", help="Skip the entities stage (speakers get no entity).")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"German quotation data not found at {args.data}", file=sys.stderr)
        return 2
    for split in args.split:
        report, preparation = run(documents(args.data, split, args.limit), args.mentions)
        print_report(f"German WikiNews {split}", report, preparation, args.mentions)
        by_type = recall_by_type(args.data, split, args.limit, args.mentions)
        print("  content recall by type: " + ", ".join(f"{k} {f}/{t} ({f / t:.2f})" for k, (f, t) in sorted(by_type.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
