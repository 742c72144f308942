"""Serbian is written in Cyrillic and in Latin letters, one to one: the profile lists each word once, in
Cyrillic, and reads it in both scripts."""

from __future__ import annotations

from rashomon.languages.patterns import words

_LATIN = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),
    )
)


def latin(text: str) -> str:
    """``text`` with its Serbian Cyrillic letters in Latin ones (regular expressions keep their syntax)."""
    out = []
    for char in text:
        letters = _LATIN.get(char.lower())
        if letters is None:
            out.append(char)
        else:
            out.append(letters[:1].upper() + letters[1:] if char.isupper() else letters)
    return "".join(out)


def both(text: str) -> frozenset[str]:
    """The words of ``text`` in Cyrillic and in Latin letters."""
    return words(text) | words(latin(text))


def either(pattern: str) -> str:
    """A regular expression matching ``pattern`` written in either script."""
    return pattern if latin(pattern) == pattern else f"{pattern}|{latin(pattern)}"
