"""Normal forms (nominative) of names, per language.

Ukrainian and Russian go through pymorphy3, preferring the readings its
dictionaries mark as surname / first name / place / organisation (so
"Лавровим" is the surname Лавров, not the adjective "лавровий"); other
languages through simplemma, with suffix rules for names it does not know.
Analyzers are loaded once per process on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

PYMORPHY_LANGUAGES = ("uk", "ru")
SIMPLEMMA_LANGUAGES = frozenset(
    "bg cs de en es fr pl sl hr sk it pt nl sr".split()
)

_PREFERRED_TAGS = {
    "PER": ("Surn", "Name", "Patr"),
    "LOC": ("Geox",),
    "ORG": ("Orgn", "Abbr"),
}
_PROPER_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr"})

# Possessive-type surnames the dictionaries read as adjectives: Лавровим, Путиной, Медведєвим.
_EAST_SLAVIC_SURNAME = re.compile(r"^(.+(?:ов|ев|єв|ёв|ін|їн|ин))(?:им|ым|ому|ого|а|у|ові|ою|ої|ой|е|і)$")


@lru_cache(maxsize=2)
def _morph(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=300_000)
def _parses(word: str, language: str):
    return tuple(_morph(language).parse(word))


def proper_reading(word: str, language: str) -> str | None:
    """The proper-name tag (Surn, Name, Geox, …) of a uk/ru word's likeliest such reading, if any."""
    if language not in PYMORPHY_LANGUAGES:
        return None
    for parse in _parses(word, language):
        tags = _PROPER_TAGS.intersection(parse.tag.grammemes)
        if tags:
            return sorted(tags)[0]
    return None


_FUNCTION_POS = frozenset({"NPRO", "CONJ", "PREP", "PRCL", "INTJ", "ADVB", "NUMR", "PRED", "COMP"})


def is_common_word(word: str, language: str) -> bool:
    """True if ``word`` (lower-cased) is an ordinary dictionary word, not only a name."""
    lowered = word.lower()
    if language in PYMORPHY_LANGUAGES:
        parses = _parses(lowered, language)
        if not parses or not parses[0].is_known:
            return False
        if parses[0].tag.POS in _FUNCTION_POS:
            return True
        return not any(_PROPER_TAGS.intersection(p.tag.grammemes) for p in parses[:2])
    if language in SIMPLEMMA_LANGUAGES:
        import simplemma

        return simplemma.is_known(lowered, lang=language)
    return False


def _restore_case(lemma: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    parts = lemma.split("-")
    originals = original.split("-")
    if len(parts) == len(originals):
        return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, originals))
    return lemma[:1].upper() + lemma[1:] if original[:1].isupper() else lemma


def _east_slavic_word(word: str, language: str, type_: str) -> tuple[str, bool]:
    """(nominative, is_noun) for one uk/ru word."""
    parses = _parses(word, language)
    if not parses or word.isupper():
        return word, True
    preferred = _PREFERRED_TAGS.get(type_, ())
    chosen = next((p for p in parses if any(t in p.tag.grammemes for t in preferred)), None)
    if chosen is None and type_ == "PER":
        match = _EAST_SLAVIC_SURNAME.match(word)
        if match and word[:1].isupper():
            return match.group(1), True
    if chosen is None:
        if not parses[0].is_known:
            return word, True
        chosen = parses[0]
    if chosen.tag.POS in ("ADJF", "PRTF"):
        inflected = chosen.inflect({"nomn"} | ({"sing"} if "sing" in chosen.tag.grammemes else set()))
        return _restore_case((inflected or chosen).word, word), False
    return _restore_case(chosen.normal_form, word), True


def _simplemma_word(word: str, language: str) -> str:
    import simplemma

    if word.isupper() or language not in SIMPLEMMA_LANGUAGES:
        return word
    lemma = simplemma.lemmatize(word, lang=language)
    return _restore_case(lemma, word) if lemma else word


def lemmatize_name(words: list[str], language: str, type_: str) -> str:
    """Nominative form of a name given as its words.

    A person's every word is inflected ("Терези Мей" -> "Тереза Мей"); for other
    names only the head and the adjectives before it, the rest stays as a
    genitive complement ("Kancelarii Prezesa Rady Ministrów" -> "Kancelaria
    Prezesa Rady Ministrów").
    """
    lemmas = []
    for index, word in enumerate(words):
        if language in PYMORPHY_LANGUAGES:
            lemma, is_noun = _east_slavic_word(word, language, type_)
        else:
            lemma = _simplemma_word(word, language)
            is_noun = True
        lemmas.append(lemma)
        if type_ != "PER" and is_noun:
            lemmas.extend(words[index + 1 :])
            break
    return " ".join(lemmas)
