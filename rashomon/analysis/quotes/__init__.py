"""Quotations, speakers and attribution chains, in every language Rashomon reads.

``extract_quotes`` finds direct quotations by their marks (and dialogue
dashes), indirect and mixed ones by their verbs of saying, and attributions
without such a verb ("according to", "за даними", "laut"); each comes with
its cue, its speaker as written, the speaker's entity (from the mentions the
entities stage found) and, for chains such as "CNN, citing a White House
official, reported", the intermediaries in ``via``.
"""

from __future__ import annotations

from rashomon.analysis.quotes.attribution import find_attributions
from rashomon.analysis.quotes.lexicon import lexicon
from rashomon.analysis.quotes.marks import find_dialogue_lines, find_quotations
from rashomon.analysis.quotes.speakers import resolve_speakers
from rashomon.model import Mention, Quote, Sentence


def extract_quotes(text: str, language: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    """Every quotation in ``text`` with its kind, cue, speaker and chain, in text order."""
    if not text.strip():
        return []
    lex = lexicon(language)
    if not sentences:
        from rashomon.analysis.sentences import split_sentences

        sentences = split_sentences(text, language)
    quotations = find_quotations(text)
    if lex.dialogue_dashes:
        quotations += [d for d in find_dialogue_lines(text) if not any(s < d[1] and d[0] < e for s, e in quotations)]
        quotations.sort()
    attributions = find_attributions(text, sentences, quotations, lex)
    return resolve_speakers(text, attributions, mentions, sentences, lex)
