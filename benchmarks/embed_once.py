"""CPU per article by stage, ingest then search indexing: what "embed once" saves; prints a table.

Articles are the distinct texts (title and opening of real news) of the SemEval-2022 Task 8
dev pairs in ../shared/data, one .txt file each. They are ingested as ``rashomon ingest``
does (analysis and story assignment, one worker process) into a fresh store, then indexed
for search as ``serve``'s background process does. Each stage is timed in CPU seconds of
this process (steadier than wall time on a shared machine). Since "embed once", indexing
reuses the title-and-lead vector story assignment stored and embeds only quotes; run the
same script with an older Rashomon first on PYTHONPATH for the "before" figures.

    .venv/bin/python benchmarks/embed_once.py [--articles 200] [--db postgresql://…]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

import rashomon
from rashomon.search import SearchIndex

SEMEVAL_PAIRS = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "semeval2022-task8" / "dev_pairs.csv"
)


# Articles ingested and indexed first, untimed, so model loading is not counted as work per article.
WARM_UP = 5


def write_texts(folder: Path, count: int) -> tuple[Path, Path]:
    """(warm-up folder, timed folder) of distinct texts, one .txt file each."""
    csv.field_size_limit(10_000_000)
    warm, timed = folder / "warm", folder / "timed"
    warm.mkdir()
    timed.mkdir()
    seen: set[str] = set()
    with SEMEVAL_PAIRS.open(encoding="utf-8") as pairs:
        for row in csv.DictReader(pairs):
            for text in (row["text1"], row["text2"]):
                if text.strip() and text not in seen and len(seen) < count + WARM_UP:
                    seen.add(text)
                    target = warm if len(seen) <= WARM_UP else timed
                    (target / f"{len(seen):05}.txt").write_text(text, encoding="utf-8")
    return warm, timed


def cpu(step) -> tuple[float, object]:
    started = time.process_time()
    result = step()
    return time.process_time() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--db", default=None, help="store to fill (default: a fresh SQLite file); must be empty")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        warm, timed = write_texts(Path(folder), args.articles)
        with rashomon.open(args.db or Path(folder) / "bench.db") as ws:
            ws.ingest([str(warm)], published="2025-10-22", workers=1)
            index = SearchIndex()
            index.refresh(ws.store)
            ingest_s, result = cpu(lambda: ws.ingest([str(timed)], published="2025-10-22", workers=1))
            stored = len(result.stored) + len(result.duplicates)
            index_s, indexed = cpu(lambda: index.refresh(ws.store))
    print(f"{stored} articles stored, {indexed} indexed for search")
    print(f"{'stage':<16}{'CPU ms/article':>16}")
    for name, seconds in (("ingest", ingest_s), ("search index", index_s), ("total", ingest_s + index_s)):
        print(f"{name:<16}{1000 * seconds / max(stored, 1):>16.1f}")


if __name__ == "__main__":
    main()
