"""Script- and inflection-independent keys for names.

Three keys, from strict to loose:

- ``stem_key``: Latin transliteration (anyascii), lower case, diacritics gone,
  each word stripped of its case ending ("Будапешті" -> "budapesht",
  "Londýna" -> "londyn"). Gazetteer aliases and mentions meet on it.
- ``phonetic_key``: the transliteration with spelling variants folded
  (Sergei/Serhiy/Sergey, Ryabkov/Rjabkov, Ławrow/Lavrov, Trump/Трамп differ
  only in vowels) and case endings stripped, for fuzzy comparison.
- ``skeleton``: the phonetic form without vowels, used as a blocking key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# The Bulgarian vowel "ъ" sounds like English "u" in "Trump"; soft signs and
# apostrophes inside words (Кар'єра, O'Brien) are not word breaks.
_SIGNS = str.maketrans({"ъ": "a", "Ъ": "A", "ь": "", "Ь": "", "'": "", "’": "", "ʼ": ""})

# Case endings of Slavic (and German/Latin) nouns and adjectives that end in a
# consonant, transliterated, longest first; after them, final vowels go too.
# "ov"/"ev"/"in" are surname stems, never stripped.
_ENDINGS = tuple(
    sorted("ogo ego omu emu ymi imi ami iakh ach akh ikh ykh ovi owi iem om em im ym oj ej at ut".split(), key=len, reverse=True)
)
_ENDING = re.compile("(?:" + "|".join(_ENDINGS) + ")$")
_FINAL_VOWELS = "aeiouyj"
_MIN_STEM = 3

# Transliteration variants folded together for fuzzy matching; order matters.
_PHONETIC_RULES = (
    # A hard Latin "c" sounds like "k" (Wisconsin / Висконсин); Cyrillic never gives a lone "c".
    # "Europ-" is "Evrop-" in most Slavic languages ("Europejska", "Evropská", "Европейская").
    ("eu", "ev"),
    ("ca", "ka"), ("co", "ko"), ("cu", "ku"), ("sc", "sk"), ("cl", "kl"), ("cr", "kr"),
    ("shch", "sh"), ("sch", "sh"), ("dzh", "j"), ("dz", "j"), ("zh", "j"), ("kh", "h"), ("ch", "c"),
    ("sz", "s"), ("cz", "c"), ("rz", "j"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("ts", "c"),
    ("tz", "c"), ("gh", "g"), ("ohn", "on"), ("w", "v"), ("x", "ks"), ("q", "k"), ("y", "i"), ("j", "i"),
    ("ie", "e"), ("g", "h"), ("z", "s"),
)
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]")
_H_AFTER_CONSONANT = re.compile(r"(?<=[bcdfgjklmnprstvz])h")


class _FoldTable(dict):
    """Code point -> its folded text: the sign rules above, then anyascii (which reads one character at a
    time), lower case, and a space for anything but a letter or digit. Filled as characters are met, so
    that ``str.translate`` does in C what anyascii does character by character in Python."""

    def __missing__(self, codepoint: int) -> str:
        folded = _NON_ALNUM.sub(" ", anyascii(chr(codepoint).translate(_SIGNS)).lower())
        self[codepoint] = folded
        return folded


_FOLD = _FoldTable()


@lru_cache(maxsize=200_000)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII transliteration; words separated by single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).split())


def strip_ending(word: str) -> str:
    match = _ENDING.search(word)
    if match and match.start() >= _MIN_STEM:
        word = word[: match.start()]
    return word[: max(_MIN_STEM, len(word.rstrip(_FINAL_VOWELS)))]


@lru_cache(maxsize=200_000)
def stem_key(name: str) -> str:
    return " ".join(map(strip_ending, ascii_fold(name).split()))


@lru_cache(maxsize=200_000)
def phonetic_key(name: str) -> str:
    """The phonetic form with case endings stripped: "Лавровим", "Lavrov", "Ławrowem" -> "lavrov"."""
    return " ".join(_word_keys(word)[0] for word in ascii_fold(name).split())


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Consonant skeleton of the stemmed phonetic form: "Trump", "Трампа" -> "trmp"."""
    return " ".join(filter(None, (_word_keys(word)[1] for word in ascii_fold(name).split())))


# The rules never reach across a space, so each word is folded once, whatever name it is met in.
@lru_cache(maxsize=200_000)
def _phonetic_word(word: str) -> str:
    for source, target in _PHONETIC_RULES:
        word = word.replace(source, target)
    word = _H_AFTER_CONSONANT.sub("", word)
    return _DOUBLE.sub(r"\1", word)


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[str, str]:
    """(phonetic key, consonant skeleton) of one folded word."""
    key = strip_ending(_phonetic_word(word))
    return key, key[:1] + _VOWELS.sub("", key[1:])


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_cyrillic(name: str) -> bool:
    """Whether a name is written in Cyrillic letters (any of them): the script a transliteration crosses."""
    return _CYRILLIC.search(name) is not None


def slug(text: str) -> str:
    return "-".join(ascii_fold(text).split())[:60] or "x"


def common_prefix(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return a[:size]
