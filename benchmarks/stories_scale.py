"""Story assignment at scale, and end-to-end ingest throughput.

    .venv/bin/python benchmarks/stories_scale.py                       # 1,000,000 live stories
    .venv/bin/python benchmarks/stories_scale.py --stories 100000 --e2e 0
    .venv/bin/python benchmarks/stories_scale.py --stories 0 --e2e 200   # only ingest throughput

(1) Fills a StoryClusterer with N synthetic live stories (random unit vectors;
Zipf-distributed name, number and word keys of news-lead size), then times
the assignment of articles (half reports of existing stories, half new
events): median / p95 latency, and RAM per live story (process RSS growth and
the ANN index's own figure). (2) Ingests --e2e SemEval dev texts (JSONL,
through `rashomon ingest`: read, clean, detect language, dedup, analyse,
embed, assign) into a fresh database and reports articles/s.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from rashomon.stories.clustering import ClusteringOptions, StoryClusterer, StoryItem, StorySummary, hash_key
from rashomon.stories.embedding import DIMENSIONS

REPO = Path(__file__).resolve().parents[1]
SEMEVAL = REPO / ".." / "shared" / "data" / "semeval2022-task8" / "dev_pairs.csv"
# Keys per story, as in a news lead (measured on SemEval dev texts: about 8 names, 3 numbers, 45 words).
NAMES, NUMBERS, WORDS = 8, 3, 45
VOCABULARY = {"names": 300_000, "numbers": 20_000, "words": 100_000}
LANGUAGES = ["en", "de", "es", "fr", "it", "pl", "ru", "uk", "tr", "ar", "zh"]


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def zipf_keys(rng, kind: str, n: int) -> np.ndarray:
    ranks = np.minimum(rng.zipf(1.3, size=n), VOCABULARY[kind]) + rng.integers(0, VOCABULARY[kind], size=n) * (rng.random(n) < 0.5)
    return np.unique(np.array([hash_key(kind, f"{kind[0]}{r}") for r in ranks.tolist()], dtype=np.uint32))


def story_keys(rng) -> np.ndarray:
    return np.concatenate([zipf_keys(rng, "names", NAMES), zipf_keys(rng, "numbers", NUMBERS), zipf_keys(rng, "words", WORDS)])


def random_units(rng, n: int) -> np.ndarray:
    vectors = rng.standard_normal((n, DIMENSIONS), dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def fill(clusterer: StoryClusterer, n: int, rng, chunk: int = 50_000) -> tuple[np.ndarray, list[np.ndarray]]:
    """N live stories (all within the window of day 100); returns some story vectors and keys to query near."""
    probes_vectors, probes_keys = [], []
    for start in range(0, n, chunk):
        size = min(chunk, n - start)
        vectors = random_units(rng, size)
        summaries = []
        for i in range(size):
            keys = story_keys(rng)
            summaries.append(StorySummary(
                id=f"s_{start + i:012x}", exemplars=vectors[i : i + 1], count=1, keys=keys,
                key_counts=np.ones(len(keys), np.uint32), languages=[LANGUAGES[i % len(LANGUAGES)]],
                first_day=100.0 - rng.random() * 3, last_day=100.0,
            ))
        clusterer.load(summaries, {})
        probes_vectors.append(vectors[:20])
        probes_keys += [s.keys for s in summaries[:20]]
        print(f"  {start + size:,} stories", file=sys.stderr, end="\r")
    return np.vstack(probes_vectors), probes_keys


def scale(n: int, queries: int) -> None:
    rng = np.random.default_rng(0)
    clusterer = StoryClusterer(ClusteringOptions(window_days=7))
    before = rss_bytes()
    started = time.perf_counter()
    probe_vectors, probe_keys = fill(clusterer, n, rng)
    filled = time.perf_counter() - started
    grown = rss_bytes() - before
    print(f"{n:,} live stories indexed in {filled:.0f} s; RAM {grown / n:.0f} B per story (RSS growth), "
          f"ANN index {clusterer.vectors.memory_usage / n:.0f} B per story")
    latencies, joined = [], 0
    for q in range(queries):
        if q % 2 == 0:  # another report of an existing story: near its vector, most of its keys
            i = int(rng.integers(len(probe_keys)))
            noise = random_units(rng, 1)[0]
            vector = probe_vectors[i] * 0.93 + noise * 0.37
            vector /= np.linalg.norm(vector)
            keys = probe_keys[i][rng.random(len(probe_keys[i])) < 0.7]
        else:
            vector, keys = random_units(rng, 1)[0], story_keys(rng)
        item = StoryItem(f"q{q}", vector.astype(np.float32), keys, "en", None)
        t = time.perf_counter()
        assignment = clusterer.assign(item)
        latencies.append((time.perf_counter() - t) * 1000)
        joined += not assignment.opened
    latencies.sort()
    table = clusterer.table
    accounted = (clusterer.vectors.memory_usage
                 + sum(getattr(table, name).nbytes for name in ("alive", "count", "first", "last", "languages", "keys", "key_counts", "key_length"))
                 + sys.getsizeof(table.ids) + sum(sys.getsizeof(i) for i in table.ids) + sys.getsizeof(clusterer.slot_of)
                 + sys.getsizeof(clusterer.postings) + sum(sys.getsizeof(p) for p in clusterer.postings.values()))
    print(f"accounted RAM of the index structures: {accounted / n:.0f} B per story (ANN, key table, IDs, postings)")
    print(f"assignment with {n:,} live stories: median {statistics.median(latencies):.2f} ms, "
          f"p95 {latencies[int(0.95 * len(latencies))]:.2f} ms over {queries} articles "
          f"({joined} joined a story, {queries - joined} opened one; half were reports of existing stories)")


def end_to_end(count: int) -> None:
    if not SEMEVAL.exists():
        print(f"end to end: skipped, no {SEMEVAL}")
        return
    csv.field_size_limit(10**9)
    with open(SEMEVAL, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = {}
    for row in rows:
        first, second = row["pair_id"].split("_")
        texts.setdefault(first, row["text1"])
        texts.setdefault(second, row["text2"])
    chosen = sorted(texts)[:count]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "semeval.jsonl"
        with open(corpus, "w", encoding="utf-8") as out:
            for article_id in chosen:
                out.write(json.dumps({"text": texts[article_id], "source": f"outlet{int(article_id[:10]) % 50}"}) + "\n")
        db = Path(folder) / "news.db"
        # This checkout's rashomon, with the interpreter running the benchmark.
        rashomon = [sys.executable, "-m", "rashomon"]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        started, cpu_before = time.perf_counter(), _children_cpu()
        subprocess.run([*rashomon, "ingest", str(corpus), "--db", str(db)], check=True, stdout=subprocess.DEVNULL, env=env)
        elapsed, cpu = time.perf_counter() - started, _children_cpu() - cpu_before
        load = Path("/proc/loadavg").read_text().split()[0]
        stories = subprocess.run([*rashomon, "stories", "--db", str(db), "--json"],
                                 check=True, capture_output=True, text=True, env=env).stdout.count("\n")
    print(f"end to end (rashomon ingest, all stages, stories on): {count} SemEval texts in {elapsed:.1f} s = "
          f"{count / elapsed:.1f} articles/s (process start and model load included), {stories} stories; "
          f"CPU {cpu:.1f} s = {count / cpu:.1f} articles per CPU-second (all its processes); load average after {load}")


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (the ingest and its worker processes)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    print(f"load average at start: {Path('/proc/loadavg').read_text().split()[0]} on {len(os.sched_getaffinity(0))} cores")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--e2e", type=int, default=200, help="SemEval texts to ingest end to end (0: skip)")
    args = parser.parse_args()
    if args.stories:
        scale(args.stories, args.queries)
    if args.e2e:
        end_to_end(args.e2e)


if __name__ == "__main__":
    main()
