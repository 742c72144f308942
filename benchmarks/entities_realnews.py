"""The entities a reader sees after ingesting real news as one stream: the most mentioned ones, to be read.

Reads every raw SlavicNER article (/work/shared/data/slavicner/raw/<topic>/<lang>/*.txt, the language
from its folder) in one stream, interleaving the topics and languages as a news feed would, through
sentence splitting, mention extraction and ONE entity linker, then prints the N most mentioned
entities: ID, type, mention count, display name per language and each language's commonest lemmas.
Reading that list is the check (right entity, wrong merge, fragment of a longer name, split); the
script only shows what a person must judge.

Usage: .venv/bin/python benchmarks/entities_realnews.py [--data DIR] [--top 40] [--lemmas 3]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rashomon.analysis.entities import EntityLinker, extract_mentions
from rashomon.analysis.sentences import split_sentences

DEFAULT_DATA = Path("/work/shared/data/slavicner/raw")


def stream(data: Path) -> list[tuple[str, str]]:
    """(language, text) of every article, one file of each topic and language in turn."""
    feeds = [sorted(folder.glob("*.txt")) for folder in sorted(data.glob("*/*")) if folder.is_dir()]
    articles = []
    for batch in itertools.zip_longest(*feeds):
        for path in filter(None, batch):
            articles.append((path.parent.name, path.read_text(encoding="utf-8", errors="replace")))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--lemmas", type=int, default=3)
    args = parser.parse_args()
    articles = stream(args.data)
    if not articles:
        sys.exit(f"no articles under {args.data}")
    linker = EntityLinker()
    lemmas: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for language, text in articles:
        mentions = extract_mentions(text, language, split_sentences(text, language))
        linker.link(mentions, language, text)
        for mention in mentions:
            lemmas[mention.entity][language][mention.lemma] += 1
    counts = {entity: sum(sum(c.values()) for c in per_lang.values()) for entity, per_lang in lemmas.items()}
    print(f"{len(articles)} articles, {sum(counts.values())} mentions, {len(counts)} entities")
    for rank, entity_id in enumerate(sorted(counts, key=lambda e: (-counts[e], e))[: args.top], 1):
        entity = linker.get(entity_id)
        print(f"{rank:2}. {entity_id}  {entity.type}  {counts[entity_id]} mentions")
        print("    names: " + "; ".join(f"{lang} {name}" for lang, name in sorted(entity.names.items())))
        for language, seen in sorted(lemmas[entity_id].items()):
            common = ", ".join(f"{lemma} {n}" for lemma, n in seen.most_common(args.lemmas))
            print(f"    {language} ({sum(seen.values())}): {common}")


if __name__ == "__main__":
    main()
