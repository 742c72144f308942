"""Stories on a real, undated multi-topic stream: the SlavicNER raw documents through `rashomon ingest`.

    .venv/bin/python benchmarks/stories_realcorpus.py                  # all topics in ../shared/data/slavicner/raw
    .venv/bin/python benchmarks/stories_realcorpus.py --per-topic 150  # a quick subset
    .venv/bin/python benchmarks/stories_realcorpus.py --db /tmp/r.db --reuse --restory   # recluster a kept run
    (--reuse of a run stopped early reads the articles stored so far, up to the last line it reached)

Every document (first line: headline; the rest: text; language: its folder) of
every topic becomes one line of a single JSONL file, topics interleaved in a
seeded shuffle and without dates, as in an archive dump. It is ingested with
`rashomon ingest --json`, then read back with `rashomon stories --json`.
Reported: articles lost (lines that did not come out as an article), stories
per topic, the largest story's share of all articles, B-cubed precision and
recall against topic (a story should never mix topics; recall is low by design:
a topic holds many events), stories mixing topics, multilingual stories, the
story-size distribution, and the 10 largest stories with their topics, coherence
and headline per language, to be read: is each one event?
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / ".." / "shared" / "data" / "slavicner" / "raw"


def documents(data: Path, per_topic: int | None, seed: int) -> list[dict]:
    """One record per raw document: topic, language, title, text (the first line is the headline)."""
    found = []
    for topic in sorted(p.name for p in data.iterdir() if p.is_dir()):
        topic_docs = []
        for path in sorted((data / topic).glob("*/*.txt")):
            raw = path.read_text(encoding="utf-8", errors="replace").strip()
            title, _, text = raw.partition("\n")
            topic_docs.append({"topic": topic, "language": path.parent.name, "file": str(path.relative_to(data)),
                               "title": title.strip(), "text": text.strip() or title.strip()})
        if per_topic is not None:
            topic_docs = random.Random(f"{seed}:{topic}").sample(topic_docs, min(per_topic, len(topic_docs)))
        found += topic_docs
    random.Random(seed).shuffle(found)
    return found


def run(arguments: list[str], db: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "rashomon", *arguments, "--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env)


def ingest(records: list[dict], db: Path) -> list[dict]:
    """Ingest the records as one JSONL stream; returns `ingest --json` objects (kept next to the database)."""
    stream = db.with_suffix(".jsonl")
    with open(stream, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({k: record[k] for k in ("title", "text", "language")}, ensure_ascii=False) + "\n")
    started = time.perf_counter()
    done = run(["ingest", str(stream), "--json"], db)
    elapsed = time.perf_counter() - started
    failures = [line for line in done.stderr.splitlines() if line.startswith("failed:")]
    print(f"ingest: {len(records)} lines in {elapsed:.0f} s ({len(records) / elapsed:.1f} articles/s), "
          f"exit {done.returncode}, {len(failures)} failed line(s)")
    for line in failures[:10]:
        print(f"  {line}")
    ingested = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    db.with_suffix(".ingest.json").write_text(json.dumps(ingested), encoding="utf-8")
    return ingested


def stored_articles(db: Path) -> list[dict]:
    listed = run(["articles", "--json", "--limit", "10000000"], db)
    return [json.loads(line) for line in listed.stdout.splitlines() if line.startswith("{")]


def line_of(item: dict) -> int | None:
    """The 1-based JSONL line an ingested article came from (its locator)."""
    locator = str(item.get("locator") or "")
    digits = "".join(ch for ch in locator if ch.isdigit())
    return int(digits) if digits else None


def report(records: list[dict], ingested: list[dict], stories: list[dict]) -> None:
    topic_of_article = {}
    for item in ingested:
        line = line_of(item)
        if line is not None and 1 <= line <= len(records):
            topic_of_article[item["id"]] = records[line - 1]["topic"]
    # Each line gives one object: stored, duplicate (stored, linked to its original) or unchanged (the
    # same text as an earlier line: the earlier article, with its locator).
    lost = len(records) - len(ingested)
    members = [[a for a in s["article_ids"] if a in topic_of_article] for s in stories]
    total = sum(len(m) for m in members)
    print(f"articles: {len(records)} lines, {len(topic_of_article)} articles, {total} in stories, {lost} lines lost "
          f"({Counter(item.get('status') for item in ingested)})")
    topics = Counter(topic_of_article.values())
    per_topic = Counter()
    for m in members:
        for topic in {topic_of_article[a] for a in m}:
            per_topic[topic] += 1
    for topic, count in sorted(topics.items()):
        print(f"  {topic:<20} {count:>5} articles in {per_topic[topic]:>4} stories")
    sizes = sorted((len(m) for m in members if m), reverse=True)
    print(f"stories: {len(sizes)}; largest {sizes[0]} = {sizes[0] / max(total, 1):.1%} of articles; "
          f"sizes 1: {sum(s == 1 for s in sizes)}, 2-4: {sum(2 <= s <= 4 for s in sizes)}, "
          f"5-19: {sum(5 <= s <= 19 for s in sizes)}, 20+: {sum(s >= 20 for s in sizes)}")
    precision = recall = 0.0
    for m in members:
        counts = Counter(topic_of_article[a] for a in m)
        for topic, n in counts.items():
            precision += n * n / len(m)
            recall += n * n / topics[topic]
    mixing = [m for m in members if len({topic_of_article[a] for a in m}) > 1]
    print(f"B-cubed vs topic: precision {precision / total:.3f}, recall {recall / total:.3f}; "
          f"stories mixing topics: {len(mixing)} ({sum(map(len, mixing))} articles)")
    multilingual = [s for s in stories if len(s["languages"]) > 1]
    print(f"multilingual stories: {len(multilingual)} ({sum(len(s['article_ids']) for s in multilingual)} articles)")
    coherent = [s["coherence"] for s in stories if s.get("coherence") is not None and len(s["article_ids"]) > 1]
    if coherent:
        print(f"coherence of stories with 2+ articles: median {sorted(coherent)[len(coherent) // 2]:.2f}, "
              f"min {min(coherent):.2f}")
    print_largest(stories, topic_of_article)


def print_largest(stories: list[dict], topic_of_article: dict[str, str], count: int = 10) -> None:
    print(f"\n{count} largest stories:")
    for story in sorted(stories, key=lambda s: (-len(s["article_ids"]), s["id"]))[:count]:
        composition = Counter(topic_of_article.get(a, "?") for a in story["article_ids"])
        coherence = story.get("coherence")
        print(f"{story['id']}  {len(story['article_ids'])} articles, {','.join(story['languages'])}, "
              f"topics {dict(composition)}" + ("" if coherence is None else f", coherence {coherence:.2f}"))
        for language, headline in story.get("headlines", {}).items():
            print(f"    [{language}] {headline[:150]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--per-topic", type=int, default=None, help="a seeded sample of N documents per topic")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", type=Path, default=Path("/tmp/rashomon-realcorpus.db"))
    parser.add_argument("--reuse", action="store_true", help="read the stories of an earlier run's --db")
    parser.add_argument("--restory", action="store_true", help="run `rashomon restory` before reading stories")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"no SlavicNER raw documents at {args.data}")
    records = documents(args.data, args.per_topic, args.seed)
    if args.reuse:
        kept = args.db.with_suffix(".ingest.json")
        # Without the ingest output (a run stopped early), the articles stored so far stand in for it.
        ingested = json.loads(kept.read_text(encoding="utf-8")) if kept.exists() else stored_articles(args.db)
        records = records[: max((line_of(item) or 0) for item in ingested)]
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        ingested = ingest(records, args.db)
    if args.restory:
        started = time.perf_counter()
        done = run(["restory"], args.db)
        print(f"restory: {done.stderr.strip()} ({time.perf_counter() - started:.0f} s)")
    listed = run(["stories", "--json", "--limit", "10000000"], args.db)
    if listed.returncode != 0:
        sys.exit(f"stories failed: {listed.stderr}")
    report(records, ingested, [json.loads(line) for line in listed.stdout.splitlines() if line.startswith("{")])


if __name__ == "__main__":
    main()
