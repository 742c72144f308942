"""Builds the language means of story vectors (rashomon/stories/language_means.npz).

Story clustering subtracts each language's mean article vector before taking
cosines (see ``rashomon.stories.embedding.centred``): multilingual-e5 vectors
carry a strong language component, so two reports in one language look alike
whatever they tell, and a report and its translation look apart. The means
are estimated without labels from news text as ingest embeds it (title and
lead): the SemEval-2022 Task 8 dev texts (10 languages) and the SlavicNER raw
documents (6 languages), up to ``--per-language`` texts per language and source
(seeded sample).

    .venv/bin/python benchmarks/stories_realcorpus.py        # ingests SlavicNER raw into /tmp/rashomon-realcorpus.db
    .venv/bin/python benchmarks/stories_language_means.py [--per-language 200] [--realcorpus-db DB]

SemEval embeddings come from (or go to) the cache stories_semeval.py uses in
--cache-dir; SlavicNER ones are the vectors the realcorpus run's ingest stored.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from benchmarks.stories_semeval import DATA as SEMEVAL, embeddings, load_pairs
from rashomon.stories.embedding import LANGUAGE_MEANS, Encoder


def sampled(ids_by_language: dict[str, list[str]], per_language: int) -> dict[str, list[str]]:
    return {language: sorted(random.Random(f"0:{language}").sample(sorted(ids), min(per_language, len(ids))))
            for language, ids in ids_by_language.items()}


def semeval_vectors(cache_dir: Path, per_language: int) -> dict[str, list[np.ndarray]]:
    texts, languages, _ = load_pairs(SEMEVAL)
    by_language = defaultdict(list)
    for text_id, language in languages.items():
        by_language[language].append(text_id)
    picked = sampled(by_language, per_language)
    vectors = embeddings(texts, cache_dir / "rashomon-semeval-embeddings.npz", Encoder())  # stories_semeval.py's
    return {language: [vectors[i] for i in ids] for language, ids in picked.items()}


def slavicner_vectors(database: Path, per_language: int) -> dict[str, list[np.ndarray]]:
    """Raw vectors of the SlavicNER documents a stories_realcorpus.py run stored (embedded as ingest embeds)."""
    import rashomon

    with rashomon.open(database) as workspace:
        languages = {article.id: article.language for article in workspace.store.articles()}
        vectors = workspace.store.article_vectors()
    by_language = defaultdict(list)
    for article_id in vectors:
        by_language[languages[article_id]].append(article_id)
    picked = sampled(by_language, per_language)
    return {language: [vectors[i][1] for i in ids] for language, ids in picked.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-language", type=int, default=200)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--realcorpus-db", type=Path, default=Path("/tmp/rashomon-realcorpus.db"),
                        help="the database of a benchmarks/stories_realcorpus.py run")
    args = parser.parse_args()
    if not SEMEVAL.exists() or not args.realcorpus_db.exists():
        sys.exit(f"needs {SEMEVAL} and a stories_realcorpus.py database at {args.realcorpus_db}")
    pooled = defaultdict(list)
    for language, vectors in semeval_vectors(args.cache_dir, args.per_language).items():
        pooled[language] += vectors
    for language, vectors in slavicner_vectors(args.realcorpus_db, args.per_language).items():
        pooled[language] += vectors
    means = {language: np.mean(vectors, axis=0).astype(np.float32) for language, vectors in sorted(pooled.items())}
    np.savez(LANGUAGE_MEANS, **means)
    print(f"wrote {LANGUAGE_MEANS}: " + ", ".join(f"{language} ({len(pooled[language])} texts)" for language in means))


if __name__ == "__main__":
    main()
