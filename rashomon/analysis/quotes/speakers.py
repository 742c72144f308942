"""Who the speaker is: the entity behind "Deputy Foreign Minister Sergei Ryabkov", "he", "the U.S. diplomat".

A speaker span that contains a name takes that name's entity. A pronoun takes
the entity of the latest speaker of a fitting type nearby, else the first
fitting name of the nearest sentence before it (the subject, usually). A
definite description ("the U.S. diplomat", "the ministry") takes the person
or organisation mentioned earlier whose surrounding words it shares most.
Anonymous speakers ("a White House official", "джерела видання") keep no
entity.
"""

from __future__ import annotations

import bisect
import re

from rashomon.analysis.quotes.attribution import Attribution
from rashomon.analysis.quotes.lexicon import Lexicon
from rashomon.languages import every, union
from rashomon.model import Mention, Party, Quote, Sentence, Span

# Pronoun type -> the entity types it can stand for.
_FITTING = {"PER": ("PER",), "ORG": ("ORG", "LOC", "PER")}
# Definite articles and role words of every language's profile, read in any text.
_DEFINITE = union("quotes", "DEFINITE_ARTICLES")
# Role words that describe a person whose title uses other words ("the diplomat" -> "Secretary of State").
_ROLES = {role: titles for roles in every("quotes", "ROLES").values() for role, titles in roles.items()}
# Words that link a title's capitalised words ("Secretary of State").
_TITLE_LINKS = union("quotes", "TITLE_LINKS")
_WORD = re.compile(r"[\w.’']+")
_CONTEXT_CHARS = 80
_PLACE_SHARE = 0.6
_PRONOUN_REACH = 600  # characters back to the latest speaker a pronoun may continue


def resolve_speakers(
    text: str, attributions: list[Attribution], mentions: list[Mention], sentences: list[Sentence], lex: Lexicon
) -> list[Quote]:
    mentions = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    contents = [(a.start, a.end) for a in attributions]
    sentence_starts = [s.start for s in sentences]
    resolved: list[tuple[int, str, str]] = []  # (position, entity, type) of speakers resolved so far

    def linked(party: Span) -> Party:
        """The party with its entity; a resolved one is what a later pronoun may continue."""
        entity = _resolve(text, party.start, party.end, party.text, mentions, starts, contents, sentences,
                          sentence_starts, resolved, lex)
        if entity:
            resolved.append((party.start, entity, _type_of(entity, mentions)))
        return Party(party.start, party.end, party.text, entity)

    quotes = []
    for attribution in attributions:
        via = [linked(party) for party in attribution.via]
        speaker = linked(attribution.speaker) if attribution.speaker is not None else None
        quotes.append(
            Quote(
                attribution.start,
                attribution.end,
                text[attribution.start : attribution.end],
                attribution.kind,
                attribution.cue,
                speaker,
                via,
            )
        )
    return quotes


def _type_of(entity: str, mentions: list[Mention]) -> str:
    return next((m.type for m in mentions if m.entity == entity), "")


def _resolve(
    text, start, end, words, mentions, starts, contents, sentences, sentence_starts, resolved, lex: Lexicon
) -> str | None:
    inside = [
        m
        for m in mentions[bisect.bisect_left(starts, start - 60) : bisect.bisect_left(starts, end)]
        if m.start < end and m.end > start
    ]
    tokens = _WORD.findall(words)
    lowered = [t.lower() for t in tokens]
    if not tokens or _anonymous(tokens, lowered, inside, lex):
        return None  # anonymous: "a White House official", "одне з джерел"
    named = _named_inside(inside, words)
    if named is not None:
        return named
    if len(tokens) == 1 and lowered[0] in lex.pronouns:
        return _pronoun(
            start, lex.pronouns[lowered[0]], mentions, starts, contents, sentences, sentence_starts, resolved
        )
    if lowered[0] in _DEFINITE or lex.bare_descriptions:
        return _description(text, start, lowered, mentions, starts)
    return None


def _anonymous(tokens: list[str], lowered: list[str], inside: list[Mention], lex: Lexicon) -> bool:
    """ "a White House official", "джерела видання": no person named, and an indefinite or anonymous head."""
    if any(m.type == "PER" for m in inside):
        return False
    definite = lowered[0] in _DEFINITE  # "the diplomat" refers back; "a diplomat", "diplomats" do not
    return lowered[0] in lex.indefinites or (
        not definite and any(t in lex.anonymous or t.lower() in lex.anonymous for t in tokens)
    )


def _named_inside(inside: list[Mention], words: str) -> str | None:
    """The entity of the person, else organisation, named in the speaker; a place only when it is most of it
    (in "держдепартаменту США", "a Russian official" the place is a modifier, not the speaker)."""
    inside = [m for m in inside if m.type in ("PER", "ORG") or (m.end - m.start) >= _PLACE_SHARE * len(words.strip())]
    if not inside:
        return None
    rank = {"PER": 0, "ORG": 1}
    return min(inside, key=lambda m: (rank.get(m.type, 2), -m.start)).entity


def _pronoun(position, kind, mentions, starts, contents, sentences, sentence_starts, resolved) -> str | None:
    fitting = _FITTING[kind]
    for where, entity, entity_type in reversed(resolved):
        if (
            where < position
            and position - where <= _PRONOUN_REACH
            and entity_type in fitting[: 1 if kind == "PER" else 2]
        ):
            return entity
    # The first fitting name, outside quotations, of this sentence (before the pronoun) or of the ones before it.
    index = bisect.bisect_right(sentence_starts, position) - 1
    for sentence in reversed(sentences[max(0, index - 3) : index + 1]):
        lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, min(sentence.end, position))
        for mention in mentions[lo:hi]:
            if mention.type in fitting[: 1 if kind == "PER" else 2] and not any(
                s <= mention.start < e for s, e in contents
            ):
                return mention.entity
    return None


def _description(text, position, lowered, mentions, starts) -> str | None:
    """The person or organisation named earlier whose title shares most with the description.

    A modifier of the description found in the title ("U.S." in "the U.S. diplomat") weighs 2, the
    description's head itself 3, a title that fits the head's role ("Secretary of State" for
    "diplomat") 1; ties go to the most recent name.
    """
    words = [w for w in lowered if w not in _DEFINITE]
    if not words:
        return None
    head, modifiers = words[-1], words[:-1]
    scores: dict[str, float] = {}
    order: dict[str, int] = {}
    for mention in mentions[: bisect.bisect_left(starts, position)]:
        if mention.type not in ("PER", "ORG"):
            continue
        title = (_title_before(text, mention.start) + " " + mention.text).lower()
        score = 2 * sum(1 for w in modifiers if len(w) > 1 and w in title)
        score += 3 * (head in title) + sum(1 for role in _ROLES.get(head, ()) if role in title)
        scores[mention.entity] = max(scores.get(mention.entity, 0), score)
        order[mention.entity] = mention.start
    if not scores:
        return None
    best = max(scores, key=lambda e: (scores[e], order[e]))
    return best if scores[best] > 0 else None


def _title_before(text: str, position: int) -> str:
    """The capitalised words (and "of", "the") right before a name: "U.S. Secretary of State" before "Marco Rubio"."""
    words = _WORD.findall(text[max(0, position - _CONTEXT_CHARS) : position])
    kept: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in _TITLE_LINKS):
            break
        kept.append(word)
    return " ".join(reversed(kept))
