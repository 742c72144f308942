"""Names across scripts: folded spellings and the stems that anchor a statement to its translation."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Length of the transliterated prefix that stands for a name across inflections
# (Рубіо/Рубіо, Лавровим/Lavrov -> "lavro").
ANCHOR_STEM = 5
WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)


def name_stems(text: str, skip: list[tuple[int, int]] = ()) -> set[str]:
    """Transliterated stems of capitalised words and acronyms.

    Skips words that start a sentence or line (acronyms excepted), and words inside ``skip`` spans
    (time expressions: "Tuesday" is not a name).
    """
    stems = set()
    for i, match in enumerate(WORD.finditer(text)):
        word = match.group(0)
        line_start = text[: match.start()].rstrip(" \t\"“«„'").endswith("\n")
        acronym = len(word) >= 2 and word.isupper()
        if (i == 0 or line_start) and not acronym or not word[0].isupper() or any(a <= match.start() < b for a, b in skip):
            continue
        folded = fold(word)
        if len(folded) >= 2:
            stems.add(folded[:ANCHOR_STEM])
    return stems


_SPELLING_VARIANTS = (("ph", "f"), ("ia", "a"), ("ya", "a"), ("iu", "u"), ("yu", "u"), ("c", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("x", "ks"))


@lru_cache(maxsize=1 << 16)  # words recur across a story's statements; folding is most of aligning a large one
def fold(word: str) -> str:
    """A name in a script- and spelling-neutral form: Москви/Moscow -> moskvi/moskov, Росії/Russia -> rosi/rusia."""
    folded = re.sub(r"[^a-z0-9]", "", anyascii(word).lower())
    for written, spoken in _SPELLING_VARIANTS:
        folded = folded.replace(written, spoken)
    return re.sub(r"(.)\1+", r"\1", folded)


def anchors_match(a: str, b: str) -> bool:
    """Two anchors name the same thing: equal, or stems one letter apart (Tramp/Trump)."""
    if a == b:
        return True
    if a.startswith("e:") or b.startswith("e:") or len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a, b)) <= 1 and abs(len(a) - len(b)) <= 1


def shared_anchors(a: set[str], b: set[str]) -> int:
    """How many anchors of ``a`` match one of ``b`` (anchors_match): equal ones by set, the rest one letter apart."""
    exact = a & b
    spelled = {}
    for y in b:
        if not y.startswith("e:") and len(y) >= 4:
            spelled.setdefault(y[0], []).append(y)
    return len(exact) + sum(1 for x in a - exact if any(anchors_match(x, y) for y in spelled.get(x[0], ())))
