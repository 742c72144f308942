"""Story clustering of the SemEval-2022 Task 8 dev texts through `rashomon ingest`, as a user would run it.

    .venv/bin/python benchmarks/stories_semeval_ingest.py [--data …/dev_pairs.csv] [--db /tmp/rashomon-semeval.db]

Writes every distinct text of the pairs file as one JSONL line (text and language only: the file has no
titles, dates or outlets), in article-ID order (IDs grow with crawl time), ingests the stream with
`rashomon ingest --json`, reads `rashomon stories --json` and prints pairwise precision/recall/F1 on the
clear pairs (Overall <= 1.5 same story, >= 3.5 different), with and without the machine-translated
augmentations. This is the shape of the held-out check on the test pairs; `stories_semeval.py` scores
the clustering code alone on precomputed vectors. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from stories_realcorpus import ingest, line_of, run
from stories_semeval import DATA, load_pairs, report_pairwise


def story_of_texts(ids: list[str], texts: dict[str, str], ingested: list[dict], stories: list[dict]) -> dict[str, str]:
    """Each text's story: its line's article (a duplicate counts in its original's story), else a story of its own.

    A text repeated verbatim is reported `unchanged` with the locator of its first line: it shares that line's story.
    """
    story_of_article = {a: s["id"] for s in stories for a in s["article_ids"]}
    found = {}
    for item in ingested:
        line = line_of(item)
        if line is None or not 1 <= line <= len(ids):
            continue
        article = item["id"]
        story = story_of_article.get(article) or story_of_article.get(item.get("duplicate_of") or "")
        found[ids[line - 1]] = story or f"alone:{article}"
    first_with_text: dict[str, str] = {}
    for i in ids:
        first_with_text.setdefault(texts[i], i)
    return {i: found.get(i) or found.get(first_with_text[texts[i]], f"unmapped:{i}") for i in ids}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--db", type=Path, default=Path("/tmp/rashomon-semeval.db"))
    parser.add_argument("--reuse", action="store_true", help="read the stories of an earlier run's --db")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"no SemEval-2022 pairs file at {args.data}")
    texts, languages, pairs = load_pairs(args.data)
    ids = sorted(texts)
    if args.reuse:
        ingested = json.loads(args.db.with_suffix(".ingest.json").read_text(encoding="utf-8"))
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        ingested = ingest([{"title": "", "text": texts[i], "language": languages[i]} for i in ids], args.db)
    listed = run(["stories", "--json", "--limit", "10000000"], args.db)
    if listed.returncode != 0:
        sys.exit(f"stories failed: {listed.stderr}")
    stories = [json.loads(line) for line in listed.stdout.splitlines() if line.startswith("{")]
    story_of = story_of_texts(ids, texts, ingested, stories)
    # Unmapped: reported `unchanged` under another line's locator (its text equals that line's once cleaned).
    unmapped = sum(s.startswith("unmapped:") for s in story_of.values())
    stories_count = len(set(story_of.values()))
    print(f"{len(ids)} texts, {len(ingested)} ingest objects, {unmapped} unmapped, {stories_count} stories")
    report_pairwise("ingest", story_of, pairs)


if __name__ == "__main__":
    main()
