"""Backfill throughput and fidelity: WARC files through `rashomon backfill` with 1 and 2 workers, against `ingest`.

Builds WARC files (warcio, in a temporary folder) from real news: SemEval-2022
Task 8 pairs rated as the same story (Overall <= 2), the two reports of a pair
in different files from different outlets, dated a few hours apart, and WCXB
article pages (their own URLs and HTML). Then, each into a fresh store (SQLite
files, or databases on the PostgreSQL server of ``--postgres``):

- `rashomon ingest --workers 1` (single process: the reference),
- backfill with 1 and 2 workers (OMP_NUM_THREADS=1 and one thread per worker,
  Dask's default), each in a fresh process running what `rashomon backfill`
  runs (``rashomon.backfill.backfill`` on ``dask_client``) and reporting its times;

and prints articles/s, the 2-worker scaling ratio, row counts, and how far the
stories agree with the reference (over all pairs of articles, keyed by WARC
file and record offset, whether both runs put them in one story; plus every
article whose story differs). The machine may be shared, so wall-clock ratios
alone mislead: it also prints the load average around each run, the CPU time
of every worker process and of the driver, each task's start (seconds after
the backfill began), CPU and wall time (CPU/wall well below 1 means the task
waited for a core), how long the driver waited for workers and spent in the
ordered stages, the cost of moving one file's results from a worker (pickle
size and time), and the CPU ms per article of each stage, with search
indexing before "embed once" (title and lead embedded again) and after (the
stored story vector reused). Asserts nothing.

    .venv/bin/python benchmarks/backfill.py [--pairs 120] [--pages 120] [--files 4] [--keep DIR]
        [--postgres postgresql://user@host/db]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import random
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import datetime, timedelta
from html import escape
from itertools import combinations
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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


def fresh_store(name: str, folder: Path, postgres: str | None) -> str:
    """An empty store for one run: a new SQLite file, or a new database on the ``postgres`` server."""
    if postgres is None:
        db = folder / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return str(db)
    import psycopg

    database = f"rashomon_bench_{name}"
    with psycopg.connect(postgres, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {database}")
    return urlunsplit(urlsplit(postgres)._replace(path="/" + database))


def run_ingest(inputs: list[str], db: str) -> dict:
    """`rashomon ingest --workers 1` into ``db``: wall and CPU seconds."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    before, load = resource.getrusage(resource.RUSAGE_CHILDREN), os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "rashomon", "ingest", *inputs, "--workers", "1", "--db", db],
                          env=env, check=False, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        print(done.stderr[-3000:])
    return {"wall": wall, "cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
            "load": [load, os.getloadavg()[0]]}


def run_backfill(inputs: list[str], db: str, workers: int, index: bool) -> dict:
    """A backfill with ``workers`` local workers in a fresh process (models load as in a real run): its report."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, __file__, "--child", db, str(workers), *(["--index"] if index else []), *inputs]
    done = subprocess.run(command, env=env, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"backfill with {workers} worker(s) failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def child(db: str, workers: int, index: bool, inputs: list[str]) -> None:
    """Run one backfill as `rashomon backfill` does and print its report as one JSON line."""
    from rashomon.backfill import backfill, dask_client
    from rashomon.ingest import IngestOptions
    from rashomon.store import open_store

    load, cpu, started = os.getloadavg()[0], time.process_time(), time.perf_counter()
    with open_store(db) as store, dask_client(workers) as client:
        ready, began = time.perf_counter(), time.time()
        result = backfill(store, inputs, IngestOptions(), client)
        finished = time.perf_counter()
        usage = client.run(lambda: (os.getpid(), sum(resource.getrusage(resource.RUSAGE_SELF)[:2])))
        report = {
            "start_wall": ready - started, "wall": finished - ready, "driver_cpu": time.process_time() - cpu, "began": began,
            "workers": [{"address": address, "pid": pid, "cpu": cpu, "loading": result.model_load_cpu.get(address, 0.0)}
                        for address, (pid, cpu) in usage.items()],
            "load": [load, os.getloadavg()[0]], "files": [asdict(t) for t in result.times],
            "articles": len(result.ingest.stored) + len(result.ingest.duplicates),
        }
        if index:
            report["index"] = search_index_cpu(store, report["articles"])
    print(json.dumps(report))


def search_index_cpu(store, articles: int) -> dict[str, float]:
    """CPU ms per article of search indexing, reusing story vectors (after "embed once") and embedding again (before)."""
    from rashomon.search import SearchIndex

    index = SearchIndex()
    index.encoder.encode(["warm-up"])
    figures = {}
    for name, reuse in (("after", True), ("before", False)):
        store.enqueue("search", [row[0] for row in store.db.execute("SELECT id FROM articles")])
        kept = store.article_vectors
        if not reuse:  # as before "embed once": no stored vector to take
            store.article_vectors = lambda ids: {}
        started = time.process_time()
        index.refresh(store)
        figures[name] = 1000 * (time.process_time() - started) / max(1, articles)
        store.article_vectors = kept
    return figures


def stories(db: str) -> dict[tuple[str, str], str]:
    """{(WARC file name, record offset): story ID} of every article."""
    from rashomon.store import open_store

    with open_store(db) as store:
        rows = store.db.execute("SELECT path, locator, story_id FROM articles")
        return {(os.path.basename(path), locator): story for path, locator, story in rows}


def counts(db: str) -> dict[str, int]:
    from rashomon.store import open_store

    with open_store(db) as store:
        return {table: store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
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


def transfer_cost(path: str) -> tuple[float, float, float, float]:
    """(MB, pickle ms, unpickle ms, task CPU s) of one file's prepared results: what travels from a worker."""
    from rashomon.backfill import BackfillIngester
    from rashomon.backfill.tasks import prepare_file
    from rashomon.ingest import IngestOptions
    from rashomon.store import open_store

    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "task.db")) as store:
        prepared = prepare_file(path, BackfillIngester(store, IngestOptions()).task())
    started = time.process_time()
    blob = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
    dumped = time.process_time()
    pickle.loads(blob)
    return len(blob) / 1e6, 1000 * (dumped - started), 1000 * (time.process_time() - dumped), prepared.cpu_seconds


def print_run(name: str, report: dict) -> None:
    """A backfill's times: per worker, per file, the driver's."""
    files = report["files"]
    print(f"\n{name}: start-up {report['start_wall']:.1f} s, backfill {report['wall']:.1f} s wall, "
          f"load average {report['load'][0]:.1f} -> {report['load'][1]:.1f}")
    for worker in report["workers"]:
        mine = [f for f in files if f["task"]["worker"].rsplit(":", 1)[-1] == str(worker["pid"])]
        print(f"  worker {worker['address']}: process CPU {worker['cpu']:.1f} s (story encoder loading "
              f"{worker['loading']:.1f} s of it), "
              f"{len(mine)} tasks: CPU {sum(f['task']['cpu_seconds'] for f in mine):.1f} s, "
              f"wall {sum(f['task']['wall_seconds'] for f in mine):.1f} s; CPU per article: first task "
              f"{_ms_per_article(mine[:1]):.0f} ms (what the worker loads on first use included), later "
              f"{_ms_per_article(mine[1:]):.0f} ms")
    ordered_cpu = sum(f["ordered_cpu_seconds"] for f in files)
    print(f"  driver: process CPU {report['driver_cpu']:.1f} s; ordered stages CPU {ordered_cpu:.1f} s, "
          f"wall {sum(f['ordered_wall_seconds'] for f in files):.1f} s; waited for workers "
          f"{sum(f['waited_seconds'] for f in files):.1f} s")
    print(f"  {'file':<20}{'articles':>9}{'began':>7}{'task CPU':>10}{'task wall':>10}{'CPU/wall':>9}{'waited':>8}"
          f"{'ordered CPU':>12}{'ordered wall':>13}")
    for f in files:
        task = f["task"]
        print(f"  {os.path.basename(f['path']):<20}{f['articles']:>9}{task['started'] - report['began']:>7.1f}"
              f"{task['cpu_seconds']:>10.1f}{task['wall_seconds']:>10.1f}"
              f"{task['cpu_seconds'] / max(task['wall_seconds'], 1e-9):>9.2f}{f['waited_seconds']:>8.1f}"
              f"{f['ordered_cpu_seconds']:>12.1f}{f['ordered_wall_seconds']:>13.1f}")
    task_cpu = sum(f["task"]["cpu_seconds"] for f in files)
    print(f"  on a quiet machine with a core per process: about max(task CPU / workers, ordered CPU) = "
          f"max({task_cpu:.1f} / n, {ordered_cpu:.1f}) s; more workers help up to n = {task_cpu / max(ordered_cpu, 1e-9):.1f}")


def _ms_per_article(files: list[dict]) -> float:
    return 1000 * sum(f["task"]["cpu_seconds"] for f in files) / max(1, sum(f["articles"] for f in files))


def print_stages(report: dict, ingest_cpu: float, reference_articles: int) -> None:
    """CPU ms per article by stage, before and after "embed once" (search indexing is the stage it changed)."""
    articles = max(1, report["articles"])
    stages: dict[str, float] = {}
    for f in report["files"]:
        for stage, seconds in f["task"]["stage_cpu"].items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    rows = [(f"{stage} (worker)", 1000 * seconds / articles) for stage, seconds in stages.items()]
    rows.append(("ordered + commit (driver)", 1000 * sum(f["ordered_cpu_seconds"] for f in report["files"]) / articles))
    before, after = report["index"]["before"], report["index"]["after"]
    print(f"\nCPU ms per article by stage (backfill, 1 worker; {articles} articles):")
    print(f"  {'stage':<28}{'before embed once':>18}{'after':>10}")
    for stage, ms in rows:
        print(f"  {stage:<28}{ms:>18.0f}{ms:>10.0f}")
    print(f"  {'search index (serve)':<28}{before:>18.0f}{after:>10.0f}")
    total = sum(ms for _, ms in rows)
    print(f"  {'total':<28}{total + before:>18.0f}{total + after:>10.0f}")
    print(f"  (single-process ingest, all stages in one process: {1000 * ingest_cpu / max(1, reference_articles):.0f} ms/article)")


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        index = "--index" in sys.argv
        rest = [a for a in sys.argv[2:] if a != "--index"]
        child(rest[0], int(rest[1]), index, rest[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=120, help="SemEval same-story pairs (two articles each)")
    parser.add_argument("--pages", type=int, default=120, help="WCXB article pages")
    parser.add_argument("--files", type=int, default=4, help="WARC files (at least 3 to judge scaling)")
    parser.add_argument("--keep", help="keep the WARC files and SQLite stores in this folder")
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL server (URL of a database whose role may "
                        "create databases): each run gets a fresh database there instead of a SQLite file")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"needs the evaluation data at {DATA}")
    with tempfile.TemporaryDirectory(prefix="rashomon-backfill-") as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        warcs = write_warcs(folder, args.pairs, args.pages, args.files)
        inputs = [str(p) for p in warcs]
        print(f"{len(warcs)} WARC files, {args.pairs * 2 + args.pages} pages, "
              f"{sum(p.stat().st_size for p in warcs) / 1e6:.1f} MB in {folder}; "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)
        dbs = {name: fresh_store(name, folder, args.postgres) for name in ("ingest", "backfill1", "backfill2")}
        reference = run_ingest(inputs, dbs["ingest"])
        runs = {"backfill, 1 worker": run_backfill(inputs, dbs["backfill1"], 1, index=True),
                "backfill, 2 workers": run_backfill(inputs, dbs["backfill2"], 2, index=False)}
        report(inputs, dbs, reference, runs)


def report(inputs: list[str], dbs: dict[str, str], reference: dict, runs: dict[str, dict]) -> None:
    rows = {name: counts(db) for name, db in dbs.items()}
    print(f"\ningest (1 process): wall {reference['wall']:.1f} s, CPU {reference['cpu']:.1f} s, "
          f"{rows['ingest']['articles'] / reference['wall']:.2f} articles/s, load average "
          f"{reference['load'][0]:.1f} -> {reference['load'][1]:.1f}; rows {rows['ingest']}")
    rates = {}
    for (name, run), db in zip(runs.items(), ("backfill1", "backfill2")):
        rates[name] = run["articles"] / run["wall"]
        cpu = run["driver_cpu"] + sum(w["cpu"] for w in run["workers"])
        print(f"{name}: {rates[name]:.2f} articles/s ({run['articles']} in {run['wall']:.1f} s after "
              f"{run['start_wall']:.1f} s start-up), CPU {cpu:.1f} s; rows {rows[db]}")
    print(f"scaling, 2 workers / 1 worker: {rates['backfill, 2 workers'] / rates['backfill, 1 worker']:.2f}x "
          f"(wall clock, start-up excluded; {os.cpu_count()} CPUs shared with whatever else runs: see the load averages)")
    for name, run in runs.items():
        print_run(name, run)
    print_stages(runs["backfill, 1 worker"], reference["cpu"], rows["ingest"]["articles"])
    size, dump_ms, load_ms, task_cpu = transfer_cost(max(inputs, key=os.path.getsize))
    print(f"\nresults of the largest file: {size:.1f} MB pickled, {dump_ms:.0f} ms to pickle, {load_ms:.0f} ms to "
          f"unpickle, against {task_cpu:.1f} s of task CPU")
    reference_stories = stories(dbs["ingest"])
    for name, db in (("backfill, 1 worker", "backfill1"), ("backfill, 2 workers", "backfill2")):
        other = stories(dbs[db])
        score, same_reference, same_other, differing = agreement(reference_stories, other)
        print(f"stories, {name} vs ingest: pairwise agreement {score:.5f} "
              f"(same-story pairs: ingest {same_reference}, backfill {same_other}); "
              f"{len(differing)} article(s) in a different group")
        for key in differing[:20]:
            print(f"    {key[0]} @{key[1]}: ingest {reference_stories[key]}, backfill {other.get(key)}")


if __name__ == "__main__":
    main()
