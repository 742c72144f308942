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
import time
from pathlib import Path

from rashomon.analysis.quotes import extract_quotes
from rashomon.analysis.quotes.evaluation import FIELDS, evaluate
from rashomon.analysis.sentences import split_sentences

DEFAULT_DATA = Path("/work/shared/data/polnear")
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


def documents(data: Path, split: str, limit: int | None):
    texts = sorted((data / split / "text").glob("*.txt"))[:limit]
    for text_path in texts:
        annotations = sorted((data / split / "attributions").glob(text_path.stem + "_*.ann"))
        if not annotations:
            continue
        yield text_path.read_text(encoding="utf-8"), "en", read_annotations(annotations[0])


def extractor(with_mentions: bool = True):
    """extract(text, language) -> quotes, running sentence splitting and (optionally) entity mentions first.

    Only the quotation stage is timed by ``evaluate``; ``extract.prepare_seconds``
    accumulates the time spent on sentences and mentions.
    """
    from rashomon.analysis.entities import EntityLinker, extract_mentions

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
