"""HTML main-text extraction quality on the WCXB article pages (dev split).

For every page with reviewed main content, the page goes through Rashomon's
own path (rashomon.sources.html.page_document, then Cleaner.clean) and, for
comparison, through plain ``trafilatura.extract`` with its default settings.
The score is word-level F1: the bag of lowercase word tokens (\\w+) of the
extracted text against that of the ground truth, averaged over pages.

    .venv/bin/python benchmarks/extraction_wcxb.py [--data ../shared/data/wcxb-articles-dev] [--jobs 2] [--limit N] [--extraction fast]

Prints mean F1 / precision / recall for both, the pages where Rashomon does
worst, and pages per second for each (single process figures are in
benchmarks/throughput_sources.py).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wcxb-articles-dev"
WORD = re.compile(r"\w+")


def word_scores(predicted: str, truth: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the predicted text's words against the truth's, as multisets."""
    p, t = Counter(WORD.findall(predicted.lower())), Counter(WORD.findall(truth.lower()))
    if not p and not t:
        return 1.0, 1.0, 1.0
    common = sum((p & t).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def pages(data: Path):
    for html_path in sorted((data / "html").glob("*.html.gz")):
        page_id = html_path.name.split(".")[0]
        record = json.loads((data / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
        truth = record["ground_truth"].get("main_content")
        if truth is not None:  # a page without reviewed main content cannot be scored
            yield page_id, str(html_path), record.get("url"), truth, record["ground_truth"]


_cleaner = None


def _start_worker(extraction: str) -> None:
    global _cleaner
    from rashomon.cleaning import Cleaner, CleaningOptions

    _cleaner = Cleaner(CleaningOptions(extraction=extraction))


def _score_page(page):
    import trafilatura

    from rashomon.errors import SourceError
    from rashomon.sources.html import page_document

    page_id, html_path, url, truth, labels = page
    raw = gzip.decompress(Path(html_path).read_bytes())
    started = time.perf_counter()
    try:
        document = page_document(raw, html_path, url=url)
        ours = _cleaner.clean(document).text
    except SourceError:
        document, ours = None, ""
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    baseline = trafilatura.extract(raw.decode("utf-8", "replace"), url=url) or ""
    baseline_seconds = time.perf_counter() - started
    scores = (word_scores(ours, truth), word_scores(baseline, truth), ours_seconds, baseline_seconds)
    return (page_id, url, *scores, _metadata_hits(document, labels))


def _metadata_hits(document, labels: dict) -> dict[str, bool | None]:
    """Per field, whether the page's metadata matched the reviewed value (None: no reviewed value)."""

    def same(a, b) -> bool:
        return " ".join(str(a or "").lower().split()) == " ".join(str(b or "").lower().split())

    found = document or type("Nothing", (), {"title": None, "author": None, "published": None})()
    return {
        "title": same(found.title, labels["title"]) if labels.get("title") else None,
        "author": bool(found.author) and same(found.author, labels["author"]) if labels.get("author") else None,
        "published": bool(found.published) and found.published.date().isoformat() == str(labels["publish_date"])[:10]
        if labels.get("publish_date")
        else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--worst", type=int, default=10, help="list this many of Rashomon's worst pages")
    parser.add_argument("--extraction", choices=("cascade", "fast"), default="cascade", help="Rashomon's HTML extraction mode")
    args = parser.parse_args()
    if not (args.data / "html").is_dir():
        raise SystemExit(f"no WCXB data at {args.data} (expected html/ and ground-truth/ inside)")
    todo = list(pages(args.data))[: args.limit]
    started = time.perf_counter()
    with Pool(args.jobs, initializer=_start_worker, initargs=(args.extraction,)) as pool:
        results = pool.map(_score_page, todo, chunksize=4)
    wall = time.perf_counter() - started

    def mean(values):
        values = list(values)
        return sum(values) / len(values)

    print(f"WCXB articles dev: {len(results)} pages with ground truth, {args.jobs} worker(s), {wall:.0f} s wall")
    print(f"{'extractor':<28} {'F1':>7} {'precision':>10} {'recall':>8} {'pages/s/worker':>15}")
    for name, index, seconds in ((f"rashomon ({args.extraction})", 2, 4), ("trafilatura default", 3, 5)):
        p, r, f = (mean(res[index][k] for res in results) for k in range(3))
        rate = len(results) / sum(res[seconds] for res in results)
        print(f"{name:<28} {f:>7.4f} {p:>10.4f} {r:>8.4f} {rate:>15.1f}")
    better = sum(res[2][2] > res[3][2] + 1e-9 for res in results)
    worse = sum(res[2][2] < res[3][2] - 1e-9 for res in results)
    print(f"rashomon better on {better} pages, worse on {worse}, equal on {len(results) - better - worse}")
    for field in ("title", "author", "published"):
        hits = [res[6][field] for res in results if res[6][field] is not None]
        print(f"page metadata {field:<9}: {sum(hits) / len(hits):.3f} exact match on the {len(hits)} pages that have one")
    print(f"\nworst {args.worst} pages for rashomon (F1, precision, recall, trafilatura F1, url):")
    for res in sorted(results, key=lambda res: res[2][2])[: args.worst]:
        print(f"  {res[0]}  {res[2][2]:.3f}  P {res[2][0]:.3f}  R {res[2][1]:.3f}  traf {res[3][2]:.3f}  {res[1]}")


if __name__ == "__main__":
    main()
