"""Builds the prior language means of statement vectors (rashomon/comparison/language_means.npz).

Alignment subtracts each language's mean vector before comparing statements
(see rashomon/comparison/alignment.py). A store learns the means from the
statements it embeds; until it has seen enough of a language, this prior
stands in. It is estimated without labels from news text: the SemEval-2022
Task 8 dev articles and the SlavicNER raw documents, up to ``--per-language``
statements per language, cut as comparison cuts them. The machine-translated
SemEval rows serve only languages that no original row is in (Italian,
Chinese): a translation still carries its language's component, which is
all a mean is for. ``--missing`` keeps the shipped means and adds only the
languages the file lacks (the shipped link models were fitted with them).

    .venv/bin/python benchmarks/compare_language_means.py [--data ../shared/data] [--per-language 300] [--missing]
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import defaultdict
from pathlib import Path

import numpy as np

from rashomon.analysis.sentences import split_sentences
from rashomon.comparison.alignment import PRIOR_MEANS
from rashomon.comparison.encoder import Encoder
from rashomon.comparison.statements import statements_of
from rashomon.model import Analysis, Article

SLAVICNER_LANGUAGES = {"bg": "bg", "cs": "cs", "pl": "pl", "ru": "ru", "sl": "sl", "uk": "uk"}


def texts(data: Path) -> dict[str, list[str]]:
    found, translated = defaultdict(list), defaultdict(list)
    with open(data / "semeval2022-task8" / "dev_pairs.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            original = all(part.isdigit() for part in row["pair_id"].split("_"))
            for side in "12":
                (found if original else translated)[row[f"lang{side}"]].append(row[f"text{side}"])
    for language, documents in translated.items():
        if language not in found:
            found[language] = documents
    for path in sorted((data / "slavicner" / "raw").glob("*/*/*.txt")):
        language = SLAVICNER_LANGUAGES.get(path.parent.name)
        if language:
            found[language].append(path.read_text(encoding="utf-8", errors="replace"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--per-language", type=int, default=300)
    parser.add_argument("--missing", action="store_true", help="keep the shipped means, add the languages it lacks")
    args = parser.parse_args()
    encoder, means, counts = Encoder(), {}, {}
    if args.missing and PRIOR_MEANS.exists():
        with np.load(PRIOR_MEANS) as shipped:
            means = {language: shipped[language] for language in shipped.files}
    for language, documents in sorted(texts(args.data).items()):
        if language in means:
            continue
        random.Random(0).shuffle(documents)
        sample = []
        for number, text in enumerate(dict.fromkeys(documents)):
            article = Article(id=str(number), path="", text=text, language=language)
            analysis = Analysis(text=text, language=language, sentences=split_sentences(text, language))
            sample += [s.text for s in statements_of(0, article, analysis, "")]
            if len(sample) >= args.per_language:
                break
        if len(sample) < 50:
            continue
        vectors = encoder.embed(sample[: args.per_language])
        means[language], counts[language] = vectors.mean(axis=0), len(vectors)
        print(f"{language}: {counts[language]} statements")
    np.savez_compressed(PRIOR_MEANS, **{language: mean.astype(np.float32) for language, mean in means.items()})
    print(f"wrote {PRIOR_MEANS}")


if __name__ == "__main__":
    main()
