"""The store writes of ingest, per article: wall, client CPU, server CPU and statements, on SQLite or PostgreSQL.

Ingests distinct real news texts (the SemEval-2022 Task 8 dev pairs in ../shared/data, one
.txt file each, as ``benchmarks/embed_once.py`` writes them) with one worker process, as
``rashomon ingest`` does, into a fresh store, and times only what a batch's transaction
does per article: the article with its raw input and signature (``add_article``), its
analysis (mentions, entities, quotes, time expressions: ``save_analysis``) and its story
(``assign_story``: reads of candidate stories, the story's summary and vectors). Client
CPU is this process's; server CPU (PostgreSQL) is that of the server processes serving
this database, read from /proc, so the server must run on this machine. Statements are
the round trips the store's SQL layer made (an ``executemany`` counts once). The analysis
itself is not timed. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/store_writes.py [--articles 200] [--postgres postgresql://user@host/db]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from embed_once import write_texts  # noqa: E402 - the benchmark next door makes the same texts

import rashomon.ingest.pipeline as pipeline  # noqa: E402
from rashomon.ingest import IngestOptions, ingest  # noqa: E402
from rashomon.store import open_store  # noqa: E402


def fresh_database(postgres: str) -> str:
    import psycopg

    with psycopg.connect(postgres, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS rashomon_bench_writes WITH (FORCE)")
        conn.execute("CREATE DATABASE rashomon_bench_writes")
    return urlunsplit(urlsplit(postgres)._replace(path="/rashomon_bench_writes"))


def server_processes(store) -> list[int]:
    """Process IDs of the PostgreSQL backends serving ``store``'s database (none on SQLite)."""
    if store.backend != "postgresql":
        return []
    return [row[0] for row in store.db.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")]


def server_cpu(pids: list[int]) -> float:
    """CPU seconds the processes ``pids`` have used."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


class Clocks:
    """Wraps the write steps of the pipeline and sums their wall, CPU and statements."""

    def __init__(self, store):
        self.pids = server_processes(store)  # the pool's connections, opened by the warm-up
        self.wall: Counter = Counter()
        self.cpu: Counter = Counter()
        self.server: Counter = Counter()
        self.statements: Counter = Counter()
        self._step = None

    def wrap(self, name: str, step):
        def timed(*args, **kwargs):
            if self._step is not None:  # nested in another timed step: counted there
                return step(*args, **kwargs)
            self._step = name
            server = server_cpu(self.pids)
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return step(*args, **kwargs)
            finally:
                self.cpu[name] += time.process_time() - cpu
                self.wall[name] += time.perf_counter() - wall
                self.server[name] += server_cpu(self.pids) - server
                self._step = None
        return timed

    def count_statements(self, session_class) -> None:
        for method in ("execute", "executemany"):
            original = getattr(session_class, method)

            def counted(session, *args, _original=original, **kwargs):
                if self._step is not None:
                    self.statements[self._step] += 1
                return _original(session, *args, **kwargs)
            setattr(session_class, method, counted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL server on this machine (a database whose "
                        "role may create databases): the store is a fresh database there instead of a SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        warm, timed = write_texts(Path(folder), args.articles)
        target = fresh_database(args.postgres) if args.postgres else str(Path(folder) / "bench.db")
        with open_store(target) as store:
            ingest(store, [str(warm)], IngestOptions(workers=1))  # models and caches load here
            clocks = Clocks(store)
            if store.backend == "postgresql":
                from rashomon.store.postgres.connection import Session

                clocks.count_statements(Session)
            store.add_article = clocks.wrap("article", store.add_article)
            pipeline.save_analysis = clocks.wrap("analysis", pipeline.save_analysis)
            pipeline.assign_story = clocks.wrap("story", pipeline.assign_story)
            result = ingest(store, [str(timed)], IngestOptions(workers=1))
        articles = max(1, len(result.stored) + len(result.duplicates))
    print(f"{articles} articles written to {store.backend}; per article:")
    print(f"  {'write':<10}{'wall ms':>9}{'client CPU ms':>15}{'server CPU ms':>15}{'statements':>12}")
    for name in ("article", "analysis", "story"):
        print(f"  {name:<10}{1000 * clocks.wall[name] / articles:>9.1f}{1000 * clocks.cpu[name] / articles:>15.1f}"
              f"{1000 * clocks.server[name] / articles:>15.1f}{clocks.statements[name] / articles:>12.1f}")
    total = {key: sum(counter.values()) for key, counter in
             (("wall", clocks.wall), ("cpu", clocks.cpu), ("server", clocks.server), ("statements", clocks.statements))}
    print(f"  {'total':<10}{1000 * total['wall'] / articles:>9.1f}{1000 * total['cpu'] / articles:>15.1f}"
          f"{1000 * total['server'] / articles:>15.1f}{total['statements'] / articles:>12.1f}")
    print(f"  load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
