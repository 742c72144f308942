"""Exact and near-duplicate detection.

Exact: a hash of the normalised text (Unicode NFKC, case-folded, whitespace
collapsed), so re-reading the same report in a different encoding or layout
hashes the same. Near: MinHash signatures of word 3-shingles in an LSH index
(datasketch); two texts whose shingle sets overlap by Jaccard >= 0.7 are
copies (syndication, a re-edited headline, a different footer). On the
SemEval-2022 Task 8 dev pairs no two independent reports of the same story
come near that (the highest is 0.60), while 94% of simulated syndicated
copies of their short openings reach it (benchmarks/dedup_semeval.py). Signatures
are stored with the articles, so the index survives across runs: it is
rebuilt from the store the first time it is needed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
NEAR_DUPLICATE_THRESHOLD = 0.7
_SHINGLE_WORDS = 3
_SEED = 1
_SCHEME = "affine32"
_BASE = 0x01000193  # odd, so it has an inverse mod 2**32 (FNV's prime)


def normalise(text: str) -> str:
    """The text as compared for exact duplicates: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@dataclass(frozen=True)
class Fingerprint:
    """What deduplication needs of one text, computed from its normalised form once."""

    normalised: str
    content_hash: str

    @classmethod
    def of(cls, text: str) -> "Fingerprint":
        normalised = normalise(text)
        return cls(normalised, hashlib.sha256(normalised.encode("utf-8")).hexdigest())

    def article_id(self, source: str | None) -> str:
        """Short stable ID from the source and the text: re-ingesting gives the same ID."""
        key = f"{source or ''}\x00{self.normalised}"
        return "a_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def content_hash(text: str) -> str:
    """Hex SHA-256 of the normalised text."""
    return Fingerprint.of(text).content_hash


def article_id(source: str | None, text: str) -> str:
    return Fingerprint.of(text).article_id(source)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser: spreads the bits of combined shingle hashes (uint32 in, uint32 out)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


class MinHasher:
    """MinHash signatures of word 3-shingles with one fixed set of permutations (stable across runs).

    Vectorised end to end, with no Python loop over words: words are runs of
    UTF-8 bytes between separators (spaces, punctuation); each word's hash is
    a polynomial over its bytes taken from prefix sums; shingle hashes
    combine three word hashes; the permutations (datasketch's affine32
    parameters) are applied to all shingles at once.
    """

    def __init__(self):
        a, b = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations
        self._a, self._b = a.astype(np.uint32), b.astype(np.uint32)
        self._powers = np.ones(1, dtype=np.uint32)  # _BASE ** i, grown on demand
        self._inverse_powers = np.ones(1, dtype=np.uint32)  # _BASE ** -i (mod 2**32)

    def signature(self, fingerprint: Fingerprint) -> bytes:
        """The text's signature as bytes (NUM_PERM little-endian uint32), or b"" for a text with no words."""
        hashes = self._word_hashes(np.frombuffer(fingerprint.normalised.encode("utf-8"), dtype=np.uint8))
        if not len(hashes):
            return b""
        if len(hashes) >= _SHINGLE_WORDS:
            hashes = hashes[:-2] * np.uint32(0x9E3779B1) + _fmix32(hashes[1:-1] ^ np.uint32(0x27D4EB2F)) + _fmix32(hashes[2:])
        shingles = _fmix32(np.unique(hashes))
        permuted = shingles[:, None] * self._a[None, :] + self._b[None, :]
        return permuted.min(axis=0).astype("<u4").tobytes()

    def _word_hashes(self, data: np.ndarray) -> np.ndarray:
        """Hash of every word in ``data`` (UTF-8): runs of bytes between separators (see _separators)."""
        separator = _separators(data)
        word = ~separator
        previous_separator = np.concatenate(([True], separator[:-1]))
        next_separator = np.concatenate((separator[1:], [True]))
        starts = np.flatnonzero(word & previous_separator)
        ends = np.flatnonzero(word & next_separator) + 1
        if not len(starts):
            return np.empty(0, dtype=np.uint32)
        self._grow(len(data) + 1)
        # prefix[i] = sum of data[j] * BASE**j for j < i, wrapping mod 2**32.
        prefix = np.zeros(len(data) + 1, dtype=np.uint32)
        np.cumsum(data * self._powers[: len(data)], dtype=np.uint32, out=prefix[1:])
        # Shift each word's sum to start at BASE**0, so equal words hash equal wherever they are.
        return _fmix32((prefix[ends] - prefix[starts]) * self._inverse_powers[starts])

    def _grow(self, length: int) -> None:
        if len(self._powers) >= length:
            return
        length = max(length, 2 * len(self._powers))
        self._powers = _power_table(_BASE, length)
        self._inverse_powers = _power_table(pow(_BASE, -1, 2**32), length)


def _separators(data: np.ndarray) -> np.ndarray:
    """Which bytes of UTF-8 ``data`` separate words: ASCII other than letters and digits, and the
    encodings of Latin-1 punctuation (U+00A0-U+00BF: « » ¡ ¿ ·) and General Punctuation
    (U+2000-U+206F: “ ” ‘ ’ — … and odd spaces), so quote styles and dashes do not matter."""
    separator = _ASCII_SEPARATOR[data]
    lead_c2 = np.flatnonzero((data[:-1] == 0xC2) & (data[1:] >= 0xA0) & (data[1:] <= 0xBF))
    lead_e2 = np.flatnonzero((data[:-2] == 0xE2) & ((data[1:-1] == 0x80) | (data[1:-1] == 0x81)))
    for offset in (0, 1):
        separator[lead_c2 + offset] = True
    for offset in (0, 1, 2):
        separator[lead_e2 + offset] = True
    return separator


_ASCII_SEPARATOR = np.array([b < 128 and not chr(b).isalnum() for b in range(256)], dtype=bool)


def _power_table(base: int, length: int) -> np.ndarray:
    """base ** i mod 2**32 for i in range(length)."""
    table = np.empty(length, dtype=np.uint32)
    table[0] = 1
    if length > 1:
        table[1:] = np.cumprod(np.full(length - 1, base, dtype=np.uint32), dtype=np.uint32)
    return table


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
            # Bands tuned against missed copies: every candidate is confirmed by its estimated Jaccard anyway.
            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM, weights=(0.1, 0.9))
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
        index = self._index()
        if signature and article_id not in self._signatures:
            self._signatures[article_id] = signature
            index.insert(article_id, _lean(signature))

    def remove(self, article_id: str) -> None:
        """Forget an article, e.g. one whose write failed."""
        if self._signatures.pop(article_id, None) is not None:
            self._index().remove(article_id)
