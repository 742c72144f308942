"""Sentence splitting with character offsets into the original text.

syntok's rule-based segmenter keeps abbreviations such as "U.S.", "т.в.о." and
"21 жовт. 2025 р." inside their sentence, in Latin and Cyrillic scripts alike.
"""

from __future__ import annotations

from rashomon.model import Sentence


def split_sentences(text: str, language: str = "") -> list[Sentence]:
    """Sentences of ``text`` in order; offsets are code points, end exclusive.

    Paragraph breaks always end a sentence. ``language`` is accepted for
    stage-interface symmetry; the segmenter is language-independent.
    """
    import syntok.segmenter as segmenter

    sentences: list[Sentence] = []
    for paragraph in segmenter.analyze(text):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            last = tokens[-1]
            end = min(len(text), last.offset + len(last.value))
            sentences.append(Sentence(start, end, text[start:end]))
    return sentences
