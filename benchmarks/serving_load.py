"""Serving under load: story page and search latency with 100,000 articles, and while `watch` ingests.

Builds (or reuses) a store of real news texts from ../shared/data (SemEval-2022
Task 8 pairs, SlavicNER raw texts, PolNeAR, German WikiNews), replicated with
new IDs, sources and dates and inserted in bulk (no analysis); stories are
formed cheaply from the replicas (a SemEval pair's two texts, or three texts
of one SlavicNER topic, across several outlets). Search vectors are computed
once per distinct text and shared by its replicas.

Then it starts ``rashomon serve --watch`` (``--workers`` web processes) in a
subprocess and measures, with ``--concurrency`` clients sending requests at
once (each its own connection, story pages, searches and story lists
interleaved): story pages (comparison cached by a first visit),
search (full text + cross-lingual semantic), first while idle, then while the
monitor ingests a feed of new articles through the whole pipeline.
Prints figures; asserts nothing.

    .venv/bin/python benchmarks/serving_load.py [--articles 100000] [--db /tmp/serving-load.db] [--concurrency 16] [--workers 2]
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
STORY_SIZE = 5
OUTLETS = 400
# Stories written per transaction while building (each story's articles still a savepoint of their own).
_STORIES_PER_COMMIT = 200
DAY0 = datetime(2024, 1, 1)
QUERIES = [
    "Rubio Lavrov meeting", "coronavirus vaccine approval", "election results protest", "refugees border crossing",
    "Brexit negotiations deal", "police shooting investigation", "climate change summit", "earthquake victims rescue",
    "Impfstoff Zulassung", "wybory prezydenckie", "вакцина от коронавируса", "переговори президентів",
    "gun control debate", "stock market crash", "football championship final", "nuclear deal Iran sanctions",
]


# --------------------------------------------------------------------------- texts


def families(limit: int) -> list[list[tuple[str, str, str]]]:
    """Groups of (title, text, language) that make one story each, from every corpus."""
    groups: list[list[tuple[str, str, str]]] = []
    with open(DATA / "semeval2022-task8" / "dev_pairs.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if float(row["Overall"]) <= 2.0:
                groups.append([_split(row["text1"], row["lang1"]), _split(row["text2"], row["lang2"])])
    slavic: dict[str, list] = {}
    for path in sorted(glob.glob(str(DATA / "slavicner" / "raw" / "*" / "*" / "*.txt"))):
        topic, language = Path(path).parts[-3], Path(path).parts[-2]
        slavic.setdefault(f"{topic}/{language}", []).append(_split(Path(path).read_text(encoding="utf-8"), language))
    for texts in slavic.values():
        groups += [texts[i : i + 3] for i in range(0, len(texts) - 2, 3)]
    for path in sorted(glob.glob(str(DATA / "polnear" / "*" / "text" / "*.txt"))):
        groups.append([_split(Path(path).read_text(encoding="utf-8"), "en")])
    for path in sorted(glob.glob(str(DATA / "german-quotes" / "*" / "*.json"))):
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        groups.append([_split(document["originalText"], "de")])
    random.Random(7).shuffle(groups)
    return [g for g in groups if all(len(text) > 200 for _, text, _ in g)][:limit]


def _split(raw: str, language: str) -> tuple[str, str, str]:
    text = raw.strip()
    title = text.split("\n", 1)[0].strip()[:160]
    return title, text, language


# --------------------------------------------------------------------------- building


def build(db: str, articles: int, base: int) -> None:
    from rashomon.ingest import dedup
    from rashomon.model import Document
    from rashomon.store import open_store

    started = time.perf_counter()
    groups = families(base)
    distinct = {text: (title, language) for group in groups for title, text, language in group}
    print(f"base: {len(groups)} story families, {len(distinct)} distinct texts", flush=True)
    texts = list(distinct)
    hashes = {text: dedup.content_hash(text) for text in texts}
    vectors = _vectors(texts, distinct, hashes, started)
    store = open_store(db)
    stories = -(-articles // STORY_SIZE)
    for first in range(0, stories, _STORIES_PER_COMMIT):
        with store.transaction():  # one commit per chunk; each story a savepoint inside it
            for story_number in range(first, min(stories, first + _STORIES_PER_COMMIT)):
                members = _story_articles(story_number, groups, hashes, articles)
                with store.transaction():
                    for article in members:
                        store.add_article(article, Document(path=article.path, raw=b"", text=article.text))
                    store.db.execute(
                        "INSERT INTO stories (id, article_count, languages) VALUES (?, ?, ?)",
                        (article.story_id, len(members), ",".join(sorted({a.language for a in members}))),
                    )
                    for article in members:
                        store.save_search_entries(article.id, [("article", article.id, vectors[article.text])], [])
        print(f"  stored {min(articles, (first + _STORIES_PER_COMMIT) * STORY_SIZE)} articles "
              f"({time.perf_counter() - started:.0f} s)", flush=True)
    store.discard_queue("search")  # indexed above
    store.close()
    print(f"built {articles} articles, {stories} stories in {time.perf_counter() - started:.0f} s", flush=True)


def _story_articles(story_number: int, groups: list, hashes: dict, articles: int) -> list:
    """The replicated articles of story ``story_number`` (a family's texts across several outlets)."""
    from rashomon.model import Article

    group = groups[story_number % len(groups)]
    members = []
    for member in range(min(STORY_SIZE, articles - story_number * STORY_SIZE)):
        title, text, language = group[member % len(group)]
        members.append(
            Article(
                id=f"a_bench{story_number * STORY_SIZE + member:07d}",
                path=f"bench://{story_number}/{member}",
                text=text,
                language=language,
                language_confidence=1.0,
                title=title,
                source=f"outlet-{(story_number * 7 + member * 13) % OUTLETS:03d}.example",
                published=DAY0 + timedelta(days=story_number % 700, hours=member * 3),
                content_hash=hashes[text],
                story_id=f"s_bench{story_number:06d}",
            )
        )
    return members


def _vectors(texts: list[str], distinct: dict, hashes: dict, started: float) -> dict:
    """Search vectors of ``texts``, embedded once and kept in a cache file beside the benchmark's
    other temporary files (a rebuild, or the PostgreSQL build after the SQLite one, reuses them)."""
    import numpy as np

    from rashomon.search import SearchIndex
    from rashomon.stories.embedding import embedding_text

    cache = Path(os.environ.get("TMPDIR", "/tmp")) / "rashomon-serving-load-vectors.npz"
    known = dict(np.load(cache)) if cache.exists() else {}
    missing = [t for t in texts if hashes[t] not in known]
    encoder = SearchIndex().encoder if missing else None
    for start in range(0, len(missing), 32):
        chunk = missing[start : start + 32]
        for text, vector in zip(chunk, encoder.encode([embedding_text(distinct[t][0], t) for t in chunk])):
            known[hashes[text]] = vector
        print(f"  embedded {start + len(chunk)}/{len(missing)} ({time.perf_counter() - started:.0f} s)", flush=True)
    if missing:
        np.savez(cache, **known)
    return {text: known[hashes[text]] for text in texts}


# --------------------------------------------------------------------------- feed for the watch phase


class FeedSite:
    """Serves /feed.xml: one old entry until ``publish`` switches to ``count`` new ones (with full text)."""

    def __init__(self, entries: list[tuple[str, str]]):
        # A run stamp makes every run's entries new, also in a reused store.
        self.run = datetime.now().strftime("%Y%m%d%H%M%S")
        self.entries = [(title, f"{text}\n\nBench Wire run {self.run}.") for title, text in entries]
        self.visible = 1
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                body = site.feed().encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/feed.xml"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def feed(self) -> str:
        now = format_datetime(datetime(2026, 1, 1, 12, 0))
        items = "".join(
            f"<item><title>{escape(title)}</title><guid>bench-{self.run}-{i}</guid><pubDate>{now}</pubDate>"
            f"<description>{escape(text)}</description></item>"
            for i, (title, text) in enumerate(self.entries[: self.visible])
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title>{items}</channel></rss>'


# --------------------------------------------------------------------------- measuring


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timed(base_url: str, requests: list[tuple[str, str]], results: dict, concurrency: int = 1) -> None:
    """GET every (kind, URL) with ``concurrency`` clients at once, each on its own keep-alive connection,
    adding each latency (ms) to ``results[kind]["ms"]`` and counting non-200 answers."""
    pending = iter(requests)
    lock = threading.Lock()

    def client_loop() -> None:
        with httpx.Client(base_url=base_url, timeout=300) as client:
            while True:
                with lock:
                    kind, url = next(pending, (None, None))
                if url is None:
                    return
                started = time.perf_counter()
                status = client.get(url).status_code
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    into = results.setdefault(kind, {})
                    into.setdefault("ms", []).append(elapsed)
                    into["errors"] = into.get("errors", 0) + (status != 200)

    clients = [threading.Thread(target=client_loop) for _ in range(concurrency)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join()


def figures(into: dict) -> str:
    latencies = into["ms"]
    return (
        f"n {len(latencies)}, p50 {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 0.95):.1f} ms, "
        f"p99 {percentile(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms, errors {into['errors']}"
    )


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server process and every process under it (web workers, background)."""
    import psutil

    processes = [psutil.Process(pid)]
    processes += processes[0].children(recursive=True)
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def article_count(db: str) -> int:
    from rashomon.store import open_store

    with open_store(db) as store:
        return store.count_articles()


def prepare_store(args) -> None:
    """Build the store unless it is there: a SQLite file that exists, a PostgreSQL database that is not empty."""
    if args.db.startswith(("postgres://", "postgresql://")):
        if article_count(args.db) == 0:
            build(args.db, args.articles, args.base)
        elif args.rebuild:
            sys.exit(f"--rebuild needs an empty database; drop and create {args.db.rsplit('/', 1)[-1]} first")
        print(f"store: {article_count(args.db)} articles in PostgreSQL")
        return
    if args.rebuild or not os.path.exists(args.db):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(args.db + suffix):
                os.remove(args.db + suffix)
        build(args.db, args.articles, args.base)
    print(f"store: {article_count(args.db)} articles in {args.db} ({os.path.getsize(args.db) / 1e6:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=400, help="story families (distinct texts are embedded once)")
    parser.add_argument("--db", default="/tmp/rashomon-serving-load.db")
    parser.add_argument("--rebuild", action="store_true", help="build the store even when it exists")
    parser.add_argument("--build-only", action="store_true", help="build (or check) the store, measure nothing")
    parser.add_argument("--stories", type=int, default=20, help="distinct story pages in the sample")
    parser.add_argument("--requests", type=int, default=200, help="requests per measurement")
    parser.add_argument("--feed-entries", type=int, default=20, help="new feed entries ingested during the watch phase")
    parser.add_argument("--port", type=int, default=8791)
    parser.add_argument("--watch-seconds", type=float, default=300, help="longest watch phase")
    parser.add_argument("--concurrency", type=int, default=1, help="clients sending requests at once")
    parser.add_argument("--workers", type=int, default=1, help="web worker processes of `rashomon serve`")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"needs the evaluation data at {DATA}")
    prepare_store(args)
    if args.build_only:
        return

    spare = families(10_000)[-args.feed_entries :]  # texts for the feed, from the end of the shuffled pool
    site = FeedSite([(group[0][0], group[0][1]) for group in spare])
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "rashomon", "serve", "--db", args.db, "--port", str(args.port), "--allow-private",
         "--watch", site.url, "--interval", "2", "--workers", str(args.workers)],
        env=env, stderr=subprocess.PIPE, text=True,
    )
    base_url = f"http://127.0.0.1:{args.port}"
    try:
        with httpx.Client(base_url=base_url, timeout=300) as client:
            started = time.perf_counter()
            while True:
                try:
                    client.get("/api/stories?limit=1")
                    break
                except httpx.TransportError:
                    if time.perf_counter() - started > 120:
                        raise SystemExit("server did not start: " + server.stderr.read()) from None
                    time.sleep(0.5)
            print(f"server up in {time.perf_counter() - started:.1f} s")
            rng = random.Random(11)
            stories = [f"s_bench{n:06d}" for n in rng.sample(range(args.articles // STORY_SIZE), args.stories)]
            cold = []
            for story in stories:  # first visits compute and cache each comparison
                begun = time.perf_counter()
                client.get(f"/stories/{story}")
                cold.append((time.perf_counter() - begun) * 1000)
            print(f"story page, first visit (comparison computed): median {statistics.median(cold):.0f} ms, "
                  f"max {max(cold):.0f} ms over {len(cold)} stories")
            first = time.perf_counter()
            client.get("/api/search", params={"q": "warm up"})
            print(f"first search (loads {args.articles} vectors): {(time.perf_counter() - first) * 1000:.0f} ms")

            routes = {
                "story page": lambda: f"/stories/{rng.choice(stories)}",
                "search": lambda: f"/api/search?q={rng.choice(QUERIES)}+{rng.randint(0, 999)}",
                "story list": lambda: "/",
            }

            def round_of_requests(results: dict, size: int) -> None:
                """``size`` story pages, half as many searches and a quarter as many story lists, interleaved."""
                requests = [("story page", routes["story page"]()) for _ in range(size)]
                requests += [("search", routes["search"]()) for _ in range(size // 2)]
                requests += [("story list", routes["story list"]())] * max(1, size // 4)
                rng.shuffle(requests)
                timed(base_url, requests, results, args.concurrency)

            for what, route in routes.items():  # each route alone, one client: its own CPU cost
                alone: dict = {}
                cpu_before = server_cpu(server.pid)
                timed(base_url, [(what, route()) for _ in range(30)], alone)
                print(f"{what} alone, sequential: server CPU {(server_cpu(server.pid) - cpu_before) * 1000 / 30:.1f} ms "
                      f"per request; {figures(alone[what])} (load average {os.getloadavg()[0]:.1f})", flush=True)

            idle: dict = {}
            cpu_before, idle_started = server_cpu(server.pid), time.perf_counter()
            round_of_requests(idle, args.requests)
            idle_requests = sum(len(numbers["ms"]) for numbers in idle.values())
            print(f"idle phase: {idle_requests} requests in {time.perf_counter() - idle_started:.0f} s, server CPU "
                  f"{(server_cpu(server.pid) - cpu_before) * 1000 / idle_requests:.0f} ms per request (all kinds; "
                  f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)", flush=True)

            cpu_before, busy_started = server_cpu(server.pid), time.perf_counter()
            before = article_count(args.db)
            expected = len(site.entries) - 1
            site.visible = len(site.entries)  # the monitor finds the new entries on its next poll
            busy: dict = {}
            window = time.perf_counter()
            while article_count(args.db) - before < expected and time.perf_counter() - window < args.watch_seconds:
                round_of_requests(busy, max(20, 2 * args.concurrency))
            elapsed = time.perf_counter() - window
            ingested = article_count(args.db) - before
            busy_requests = sum(len(numbers["ms"]) for numbers in busy.values())
            print(f"watch phase: {busy_requests} requests in {time.perf_counter() - busy_started:.0f} s, server CPU "
                  f"{(server_cpu(server.pid) - cpu_before) * 1000 / max(1, busy_requests):.0f} ms per request (all "
                  f"kinds, the background process's ingest included; load average {os.getloadavg()[0]:.1f})")
            print(f"{args.concurrency} concurrent client(s), {args.workers} web worker process(es)")
            print(f"watch phase: the monitor ingested {ingested} of {expected} new feed entries in {elapsed:.0f} s "
                  f"while requests kept coming")
            for phase, results in (("idle", idle), ("while watch ingests", busy)):
                for what, numbers in results.items():
                    print(f"{phase:>20} | {what:<10} | {figures(numbers)}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
