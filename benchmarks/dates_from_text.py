"""Publication dates estimated from the text alone, against ground truth.

Data (read at run time, never copied):
- WCXB dev articles (/work/shared/data/wcxb-articles-dev): real web pages with a reviewed
  publish date. Each page is read and cleaned as ``rashomon ingest`` does; the estimate
  uses only the cleaned title and text, as ingest does (not the page's metadata), and is compared with the truth.
  The page metadata's own date is scored too, for reference.
- SlavicNER raw documents (/work/shared/data/slavicner/raw/<topic>/<lang>): no dates in
  metadata, dates in the text. Truth is the period each topic's documents were collected
  in (the event's months), so an estimate counts as plausible when it falls inside it.

Figures: coverage (share of documents that get an estimate), and among estimated ones the
share exactly right, within 1, 7 and 31 days (WCXB), or inside the topic's period (SlavicNER).

Usage: .venv/bin/python benchmarks/dates_from_text.py [--wcxb DIR] [--slavicner DIR] [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

from rashomon.analysis.time.estimate import estimate_published
from rashomon.ingest.preparation import TextPreparer
from rashomon.model import SourceFailure
from rashomon.sources import read

DATA = Path("/work/shared/data")
# When each SlavicNER topic's documents were written (the events and their aftermath).
TOPIC_PERIODS = {
    "asia_bibi": (date(2018, 10, 1), date(2019, 12, 31)),
    "brexit": (date(2016, 6, 1), date(2019, 12, 31)),
    "covid-19": (date(2020, 1, 1), date(2021, 12, 31)),
    "us_election_2020": (date(2020, 1, 1), date(2021, 6, 30)),
}
# The data sets were collected before this day: later dates are future events.
COLLECTED_BY = date(2026, 1, 1)


def wcxb_pages(folder: Path, limit: int | None):
    """(id, truth date, metadata date, language, cleaned title, cleaned text) of each page with a true date."""
    preparer = TextPreparer()
    truths = sorted((folder / "ground-truth").glob("*.json"))[:limit]
    with tempfile.TemporaryDirectory() as scratch:
        for truth_file in truths:
            truth = json.loads(truth_file.read_text())["ground_truth"].get("publish_date")
            if not truth or len(truth) < 10:  # no day to compare with ("2015-11")
                continue
            page = Path(scratch) / f"{truth_file.stem}.html"
            page.write_bytes(gzip.decompress((folder / "html" / f"{truth_file.stem}.html.gz").read_bytes()))
            for document in read([str(page)]):
                if isinstance(document, SourceFailure):
                    continue
                try:
                    prepared = preparer.prepare(document)
                except Exception:  # noqa: BLE001 - a page the cleaner rejects has no text to date
                    continue
                meta = document.published.date() if document.published else None
                truth_day = date.fromisoformat(truth[:10])
                yield truth_file.stem, truth_day, meta, prepared.language, prepared.title, prepared.text


def score_wcxb(folder: Path, limit: int | None, errors: int) -> None:
    counts, meta_counts = Counter(), Counter()
    shown = 0
    for page_id, truth, meta, language, title, text in wcxb_pages(folder, limit):
        counts["pages"] += 1
        meta_counts["pages"] += 1
        _tally(meta_counts, meta, truth)
        estimate = estimate_published(text, language, COLLECTED_BY, title=title)
        _tally(counts, estimate, truth)
        counts[f"lang:{language}"] += 1
        if estimate != truth and shown < errors:
            shown += 1
            print(f"  {page_id} {language} truth {truth} estimate {estimate}: {text[:100]!r}", file=sys.stderr)
    _report("WCXB, estimate from the cleaned title and text", counts)
    _report("WCXB, the page metadata's date (reference)", meta_counts)
    languages = ", ".join(f"{k[5:]} {v}" for k, v in counts.most_common() if k.startswith("lang:"))
    print(f"  languages: {languages}")


def _tally(counts: Counter, estimate: date | None, truth: date) -> None:
    if estimate is None:
        return
    counts["estimated"] += 1
    gap = abs((estimate - truth).days)
    for days in (0, 1, 7, 31):
        counts[f"within {days}"] += gap <= days


def _report(title: str, counts: Counter) -> None:
    pages, estimated = counts["pages"], counts["estimated"]
    print(f"{title}: {pages} pages with a true day, estimate for {estimated} ({estimated / max(pages, 1):.1%})")
    for days in (0, 1, 7, 31):
        hits = counts[f"within {days}"]
        share, overall = hits / max(estimated, 1), hits / max(pages, 1)
        print(f"  within {days:>2} days: {share:.1%} of estimated, {overall:.1%} of all")


def score_slavicner(folder: Path, errors: int) -> None:
    by_topic: dict[str, Counter] = defaultdict(Counter)
    shown = 0
    for path in sorted(folder.glob("*/*/*.txt")):
        topic, folder_language = path.parent.parent.name, path.parent.name
        text = path.read_text(encoding="utf-8")
        estimate = estimate_published(text, folder_language, COLLECTED_BY)
        counts = by_topic[topic]
        counts["documents"] += 1
        if estimate is None:
            continue
        counts["estimated"] += 1
        start, end = TOPIC_PERIODS[topic]
        inside = start <= estimate <= end
        counts["inside"] += inside
        if not inside and shown < errors:
            shown += 1
            print(f"  {path.name} estimate {estimate} outside {topic}", file=sys.stderr)
    total = sum(by_topic.values(), Counter())
    print("SlavicNER raw documents (language = folder):")
    for topic, counts in sorted(by_topic.items()) + [("all", total)]:
        documents, estimated, inside = counts["documents"], counts["estimated"], counts["inside"]
        print(
            f"  {topic:<17} {documents:>5} documents, estimate for {estimated / documents:.1%}, "
            f"inside the topic's period {inside / max(estimated, 1):.1%} of estimated"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wcxb", type=Path, default=DATA / "wcxb-articles-dev")
    parser.add_argument("--slavicner", type=Path, default=DATA / "slavicner" / "raw")
    parser.add_argument("--limit", type=int, default=None, help="only the first N WCXB pages")
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses on stderr")
    parser.add_argument("--skip-wcxb", action="store_true")
    args = parser.parse_args()
    started = datetime.now()
    if not args.skip_wcxb:
        score_wcxb(args.wcxb, args.limit, args.errors)
    score_slavicner(args.slavicner, args.errors)
    print(f"({(datetime.now() - started).total_seconds():.0f} s)")


if __name__ == "__main__":
    main()
