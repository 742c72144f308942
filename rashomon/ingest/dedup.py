"""Exact and near-duplicate detection.

Exact: a hash of the normalised text (Unicode NFKC, case-folded, whitespace
collapsed), so re-reading the same report in a different encoding or layout
hashes the same. Near: MinHash signatures of word 3-shingles in an LSH index
(datasketch); two texts whose shingle sets overlap by Jaccard >= 0.8 are
copies (syndication, a re-edited headline, a different footer). Signatures
are stored with the articles, so the index survives across runs: it is
rebuilt from the store the first time it is needed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
NEAR_DUPLICATE_THRESHOLD = 0.8
_SHINGLE_WORDS = 3
_SEED = 1
_SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """The text as compared for exact duplicates: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    """Hex SHA-256 of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def article_id(source: str | None, text: str) -> str:
    """Short stable ID from the source and the normalised text: re-ingesting gives the same ID."""
    key = f"{source or ''}\x00{normalise(text)}"
    return "a_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _shingles(text: str) -> list[bytes]:
    words = _WORD.findall(normalise(text))
    if len(words) < _SHINGLE_WORDS:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + _SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - _SHINGLE_WORDS + 1)]


class MinHasher:
    """Computes MinHash signatures with one fixed set of permutations (stable across runs)."""

    def __init__(self):
        self._permutations = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations

    def signature(self, text: str) -> bytes:
        """The text's signature as bytes (NUM_PERM little-endian uint32), or b"" for a text with no words."""
        shingles = _shingles(text)
        if not shingles:
            return b""
        minhash = MinHash(
            num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashfunc=zlib.crc32, permutations=self._permutations
        )
        minhash.update_batch(shingles)
        return minhash.hashvalues.astype("<u4").tobytes()


def _lean(signature: bytes) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(signature, dtype="<u4"), scheme=_SCHEME)


class NearDuplicateIndex:
    """LSH over the stored articles' signatures, loaded from the store on first use.

    ``signatures`` is a zero-argument callable yielding (article ID, signature)
    pairs, e.g. ``store.minhash_signatures``.
    """

    def __init__(self, signatures, threshold: float = NEAR_DUPLICATE_THRESHOLD):
        self._load = signatures
        self.threshold = threshold
        self._lsh: MinHashLSH | None = None
        self._signatures: dict[str, bytes] = {}

    def _index(self) -> MinHashLSH:
        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)
            with self._lsh.insertion_session() as session:
                for article_id, signature in self._load():
                    if signature:
                        self._signatures[article_id] = signature
                        session.insert(article_id, _lean(signature), check_duplication=False)
        return self._lsh

    def find(self, signature: bytes) -> str | None:
        """The ID of the most similar indexed article at or above the threshold, if any."""
        if not signature:
            return None
        query = _lean(signature)
        best, best_score = None, 0.0
        for candidate in sorted(self._index().query(query)):
            # LSH only proposes candidates; confirm with the estimated Jaccard similarity.
            score = query.jaccard(_lean(self._signatures[candidate]))
            if score >= self.threshold and score > best_score:
                best, best_score = candidate, score
        return best

    def add(self, article_id: str, signature: bytes) -> None:
        """Index an article just committed (call only after its transaction succeeded)."""
        index = self._index()
        if signature and article_id not in self._signatures:
            self._signatures[article_id] = signature
            index.insert(article_id, _lean(signature))
