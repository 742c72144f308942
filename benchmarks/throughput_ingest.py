"""Ingest throughput by input kind and stage (articles/s), on real pages; prints a table.

Inputs, built in a temporary folder from ../shared/data/wcxb-articles-dev (real
article pages with reviewed main text):
  text   one .txt file per article (the reviewed main text, headline first)
  jsonl  one JSONL corpus with the same articles, one per line
  html   the original pages, one .html file each
  warc   the same pages as HTTP response records in one WARC.gz (warcio)
  short  shorter plain-text articles: the texts (title + opening) of the SemEval-2022
         Task 8 dev pairs, one .txt file each (when ../shared/data has them)

Stages are timed (CPU time of this process, steadier than wall time when
other jobs share the machine) one after another over the same documents: read (sources),
clean (extraction + boilerplate), language, dedup (hash + MinHash signature),
then the whole pipeline end to end into a fresh SQLite store, as
``rashomon ingest --no-stories --stages language`` runs it (one transaction per
article). Figures are noisy on a shared machine; nothing here asserts them.

    .venv/bin/python benchmarks/throughput_ingest.py [--pages N] [--data DIR] [--kinds html,warc] [--extraction fast]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from rashomon.analysis.language import detect_language
from rashomon.cleaning import Cleaner, CleaningOptions
from rashomon.ingest import IngestOptions, ingest
from rashomon.ingest.dedup import Fingerprint, MinHasher
from rashomon.model import Document
from rashomon.sources import SourceOptions, read
from rashomon.store import open_store

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wcxb-articles-dev"
SEMEVAL_PAIRS = DEFAULT_DATA.parent / "semeval2022-task8" / "dev_pairs.csv"


def build_short_texts(folder: Path) -> Path:
    """One .txt file per distinct SemEval text (title and opening of a real article)."""
    import csv

    csv.field_size_limit(10_000_000)
    short_dir = folder / "short"
    short_dir.mkdir()
    seen = set()
    with SEMEVAL_PAIRS.open(encoding="utf-8") as pairs:
        for row in csv.DictReader(pairs):
            for text in (row["text1"], row["text2"]):
                if text.strip() and text not in seen:
                    seen.add(text)
                    (short_dir / f"{len(seen):05}.txt").write_text(text, encoding="utf-8")
    return short_dir


def build_inputs(data: Path, pages: int, folder: Path) -> dict[str, Path]:
    """Write the four input kinds for the first ``pages`` pages of the benchmark set."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    text_dir, html_dir = folder / "text", folder / "html"
    text_dir.mkdir()
    html_dir.mkdir()
    jsonl = folder / "corpus.jsonl"
    warc = folder / "pages.warc.gz"
    with jsonl.open("w", encoding="utf-8") as corpus, warc.open("wb") as warc_stream:
        writer = WARCWriter(warc_stream, gzip=True)
        for page in sorted((data / "html").glob("*.html.gz"))[:pages]:
            number = page.name.split(".")[0]
            truth = json.loads((data / "ground-truth" / f"{number}.json").read_text(encoding="utf-8"))
            title, text = truth["ground_truth"].get("title") or "", truth["ground_truth"].get("main_content") or ""
            (text_dir / f"{number}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
            corpus.write(json.dumps({"title": title, "text": text, "url": truth.get("url")}, ensure_ascii=False) + "\n")
            html = gzip.decompress(page.read_bytes())
            (html_dir / f"{number}.html").write_bytes(html)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            url = truth.get("url") or f"https://example.org/{number}"
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
    return {"text": text_dir, "jsonl": jsonl, "html": html_dir, "warc": warc}


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the ingest's worker processes)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def measure(kind: str, path: Path, db: Path, extraction: str) -> dict[str, float | int]:
    """Rates per stage in CPU time of this process (steadier on a busy machine), end to end also in wall time."""
    options = SourceOptions()
    started = time.process_time()
    documents = [item for item in read([str(path)], options) if isinstance(item, Document)]
    read_s = time.process_time() - started

    cleaner = Cleaner(CleaningOptions(extraction=extraction))
    started = time.process_time()
    texts = [cleaner.clean(document).text for document in documents]
    clean_s = time.process_time() - started

    started = time.process_time()
    for text in texts:
        detect_language(text)
    language_s = time.process_time() - started

    hasher = MinHasher()
    started = time.process_time()
    for text in texts:
        hasher.signature(Fingerprint.of(text))
    dedup_s = time.process_time() - started

    with open_store(db) as store:
        started, started_wall = _cpu_seconds(), time.perf_counter()
        options = IngestOptions(stages=("language",), assign_stories=False, extraction=extraction)
        result = ingest(store, [str(path)], options)
        ingest_s, ingest_wall_s = _cpu_seconds() - started, time.perf_counter() - started_wall
    stored = len(result.stored) + len(result.duplicates)
    items = stored + len(result.unchanged) + len(result.failures)
    return {
        "items": len(documents),
        "read": rate(len(documents), read_s),
        "clean": rate(len(texts), clean_s),
        "language": rate(len(texts), language_s),
        "dedup": rate(len(texts), dedup_s),
        "e2e cpu": rate(items, ingest_s),
        "e2e wall": rate(items, ingest_wall_s),
        "chars/art": sum(map(len, texts)) / max(len(texts), 1),
        "stored": stored,
        "failed": len(result.failures),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the wcxb-articles-dev folder")
    parser.add_argument("--pages", type=int, default=793, help="how many pages to use (default: all 793)")
    parser.add_argument("--kinds", default="text,short,jsonl,html,warc", help="comma-separated input kinds to measure")
    parser.add_argument("--extraction", choices=["cascade", "fast"], default="cascade", help="HTML extraction mode")
    args = parser.parse_args()
    if not (args.data / "html").is_dir():
        sys.exit(f"benchmark data not found at {args.data} (expected html/ and ground-truth/)")

    with tempfile.TemporaryDirectory(prefix="rashomon-bench-") as tmp:
        folder = Path(tmp)
        inputs = build_inputs(args.data, args.pages, folder)
        if "short" in args.kinds.split(","):
            inputs["short"] = build_short_texts(folder)
        rows = {kind: measure(kind, inputs[kind], folder / f"{kind}.db", args.extraction) for kind in args.kinds.split(",")}

    columns = ["items", "chars/art", "read", "clean", "language", "dedup", "e2e cpu", "e2e wall", "stored", "failed"]
    print(f"Ingest throughput, articles per CPU second ({args.pages} wcxb-articles-dev pages, {args.extraction} HTML extraction;"
          " short = SemEval texts; e2e = "
          "`ingest --no-stories --stages language` into SQLite, CPU of all its processes; e2e wall = per wall-clock second)")
    print(f"{'input':<7}" + "".join(f"{c:>12}" for c in columns))
    for kind, row in rows.items():
        cells = [f"{row[c]:>12.0f}" if isinstance(row[c], float) else f"{row[c]:>12}" for c in columns]
        print(f"{kind:<7}" + "".join(cells))


if __name__ == "__main__":
    main()
