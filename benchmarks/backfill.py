"""Backfill throughput and fidelity: WARC files through `rashomon backfill` with 1 and 2 workers, against `ingest`.

Builds WARC files (warcio, in a temporary folder) from real news: SemEval-2022
Task 8 pairs rated as the same story (Overall <= 2), the two reports of a pair
in different files from different outlets, dated a few hours apart, and WCXB
article pages (their own URLs and HTML). Then, each into a fresh SQLite store:

- `rashomon ingest --workers 1` (single process: the reference),
- `rashomon backfill --workers 1` and `--workers 2` (OMP_NUM_THREADS=1 per worker, Dask's default),

and prints wall time, articles/s, the 2-worker scaling ratio, row counts, and
how far the stories agree with the reference: over all pairs of articles
(keyed by WARC file and record offset), whether both runs put them in one
story; plus every article whose story differs. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/backfill.py [--pairs 120] [--pages 120] [--files 4] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from html import escape
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def _page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
    return (f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
            f"{paragraphs}</article></body></html>").encode()


def semeval_pages(pairs: int) -> list[list[tuple[str, bytes, datetime]]]:
    """Per same-story pair, its two reports as (url, html, date)."""
    rows = []
    with open(DATA / "semeval2022-task8" / "dev_pairs.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if float(row["Overall"]) <= 2.0 and len(row["text1"]) > 300 and len(row["text2"]) > 300:
                rows.append(row)
    random.Random(5).shuffle(rows)
    day0 = datetime(2020, 3, 1, 8)
    found = []
    for number, row in enumerate(rows[:pairs]):
        when = day0 + timedelta(days=number % 20)
        reports = []
        for side in ("1", "2"):
            text = " ".join(row[f"text{side}"].split("\n")).strip()
            title = text.split(". ")[0][:140]
            host = f"{row[f'lang{side}']}-outlet{(number * 2 + int(side)) % 17}.example"
            reports.append((f"https://{host}/{row['pair_id']}/{side}", _page(title, text), when + timedelta(hours=3 * int(side))))
        found.append(reports)
    return found


def wcxb_pages(pages: int) -> list[tuple[str, bytes, datetime]]:
    folder = DATA / "wcxb-articles-dev"
    found = []
    for path in sorted((folder / "html").glob("*.html.gz"))[:pages]:
        truth = json.loads((folder / "ground-truth" / path.name.replace(".html.gz", ".json")).read_text(encoding="utf-8"))
        found.append((truth["url"], gzip.decompress(path.read_bytes()), datetime(2025, 9, 1) + timedelta(hours=len(found))))
    return found


def write_warcs(folder: Path, pairs: int, pages: int, files: int) -> list[Path]:
    """``files`` WARC files; a pair's two reports go to different files, WCXB pages are dealt round."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    contents: list[list[tuple[str, bytes, datetime]]] = [[] for _ in range(files)]
    for number, (first, second) in enumerate(semeval_pages(pairs)):
        contents[number % files].append(first)
        contents[(number + 1) % files].append(second)
    for number, page in enumerate(wcxb_pages(pages)):
        contents[number % files].append(page)
    paths = []
    for number, records in enumerate(contents):
        path = folder / f"crawl-{number:02d}.warc.gz"
        with open(path, "wb") as out:
            writer = WARCWriter(out, gzip=True)
            for url, body, when in records:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers,
                    warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
                ))
        paths.append(path)
    return paths


def run(command: list[str], db: Path) -> tuple[float, float]:
    """Run a rashomon command into ``db``: its wall time and the CPU time of it and its processes, in seconds."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "rashomon", *command, "--db", str(db)], env=env, check=False,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"  {' '.join(command[:1] + command[-2:])}: exit {done.returncode}, wall {elapsed:.1f} s, CPU {cpu:.1f} s", flush=True)
    for line in done.stderr.strip().splitlines()[-2:]:
        print(f"    {line}")
    if done.returncode not in (0, 1):
        print(done.stderr[-3000:])
    return elapsed, cpu


def stories(db: Path) -> dict[tuple[str, str], str]:
    """{(WARC file name, record offset): story ID} of every article."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT path, locator, story_id FROM articles")
        return {(os.path.basename(path), locator): story for path, locator, story in rows}


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("articles", "stories", "mentions", "entities", "quotes", "time_expressions")}


def agreement(reference: dict, other: dict) -> tuple[float, int, int, list]:
    """Pairwise agreement over shared articles, same-story pairs in each, and the articles whose group differs."""
    keys = sorted(set(reference) & set(other))
    same = disagree = same_reference = same_other = 0
    for a, b in combinations(keys, 2):
        in_reference, in_other = reference[a] == reference[b], other[a] == other[b]
        same_reference += in_reference
        same_other += in_other
        disagree += in_reference != in_other
        same += 1
    differing = [k for k in keys if {m for m in keys if reference[m] == reference[k]} != {m for m in keys if other[m] == other[k]}]
    return 1 - disagree / max(1, same), same_reference, same_other, differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=120, help="SemEval same-story pairs (two articles each)")
    parser.add_argument("--pages", type=int, default=120, help="WCXB article pages")
    parser.add_argument("--files", type=int, default=4, help="WARC files")
    parser.add_argument("--keep", help="keep the WARC files and stores in this folder")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"needs the evaluation data at {DATA}")
    with tempfile.TemporaryDirectory(prefix="rashomon-backfill-") as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        warcs = write_warcs(folder, args.pairs, args.pages, args.files)
        print(f"{len(warcs)} WARC files, {args.pairs * 2 + args.pages} pages, "
              f"{sum(p.stat().st_size for p in warcs) / 1e6:.1f} MB in {folder}", flush=True)
        inputs = [str(p) for p in warcs]
        runs = {
            "ingest (1 process)": ["ingest", *inputs, "--workers", "1"],
            "backfill, 1 worker": ["backfill", *inputs, "--workers", "1"],
            "backfill, 2 workers": ["backfill", *inputs, "--workers", "2"],
        }
        results = {}
        for name, command in runs.items():
            db = folder / f"{name.split(',')[0].split()[0]}-{command[-1]}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            elapsed, cpu = run(command, db)
            results[name] = (elapsed, counts(db), stories(db), cpu)
        reference = results["ingest (1 process)"][2]
        print()
        for name, (elapsed, rows, _, cpu) in results.items():
            print(f"{name:<22} wall {elapsed:7.1f} s  {rows['articles'] / elapsed:5.2f} articles/s  "
                  f"CPU {cpu * 1000 / max(1, rows['articles']):.0f} ms/article  rows {rows}")
        rates = {name: results[name][1]["articles"] / results[name][0] for name in results}
        print(f"\nscaling, 2 workers / 1 worker: {rates['backfill, 2 workers'] / rates['backfill, 1 worker']:.2f}x"
              f"   (2 CPU cores on this machine; worker start-up and model loading included in each wall time)")
        for name in ("backfill, 1 worker", "backfill, 2 workers"):
            score, same_reference, same_other, differing = agreement(reference, results[name][2])
            print(f"stories, {name} vs ingest: pairwise agreement {score:.5f} "
                  f"(same-story pairs: ingest {same_reference}, backfill {same_other}); "
                  f"{len(differing)} article(s) in a different group")
            for key in differing[:20]:
                print(f"    {key[0]} @{key[1]}: ingest {reference[key]}, backfill {results[name][2].get(key)}")


if __name__ == "__main__":
    main()
