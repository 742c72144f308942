"""The words that introduce reported speech, per language, from the language profiles.

A ``Lexicon`` holds one language's compiled patterns and the small word sets
used when walking from a cue to its speaker; ``lexicon(language)`` builds it
once per process from ``rashomon/languages/<code>/quotes.py``, whose upper-case
constants fill the fields of the same name. Patterns are matched on text whose
quotations are masked, so a verb inside a quotation never counts as a cue. A
language without verbs of saying in its profile is read by its quotation marks
alone (``known`` is False).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from rashomon.languages import base_code, topic

_NONE: frozenset[str] = frozenset()
_NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class Lexicon:
    language: str
    # Verbs (and verb phrases) of saying and thinking, as finite forms.
    verbs: re.Pattern = _NEVER
    # Participles that continue the same speaker's words: "…, adding that …".
    participles: re.Pattern | None = None
    # "according to X", "за даними X": the source follows the phrase.
    according_prefix: re.Pattern | None = None
    # "X zufolge": the source precedes the phrase.
    according_suffix: re.Pattern | None = None
    # "CNN, citing a White House official, reported …": the cited source follows.
    citing: re.Pattern | None = None
    # Words that open the content clause: "that", "dass", "що".
    complementizers: frozenset[str] = _NONE
    # Lowercase words that end a speaker noun phrase when walking away from the cue.
    boundaries: frozenset[str] = _NONE
    # Lowercase words allowed between the speaker and the cue ("also", "has").
    between: frozenset[str] = _NONE
    # Parenthetical words between commas that do not name anyone ("in turn").
    parentheticals: frozenset[str] = _NONE
    # Personal pronouns -> the entity type they refer to.
    pronouns: dict[str, str] = dataclasses.field(default_factory=dict)
    # Heads of anonymous speakers ("official", "source", "джерела").
    anonymous: frozenset[str] = _NONE
    # Indefinite openers of anonymous speakers ("a", "an", "one of").
    indefinites: frozenset[str] = _NONE
    # Nouns of saying or thinking with a "that" clause: "Trump's claim that …", "the belief that …".
    nouns: re.Pattern | None = None
    # Any past-tense verb with a "that" clause reports a thought or a statement ("Clinton learned that"):
    # the pattern finds the "that"; the cue is the word before it.
    past_before_that: re.Pattern | None = None
    # Verb forms marking reported speech without a cue (German Konjunktiv I, "мовляв").
    reported_mood: re.Pattern | None = None
    # Inverted word order puts the speaker after the cue at clause start (German V2).
    inversion_after_adverbial: bool = False
    # Prepositions that put an institution in the speaker's place ("зазначили в МЗС", "говорится в заявлении").
    place_prepositions: frozenset[str] = _NONE
    # Sentence-initial pronouns that stand for the sentence before ("Das erklärte der Minister").
    anaphors: frozenset[str] = _NONE
    # Dialogue written with leading dashes.
    dialogue_dashes: bool = False
    # Without articles, a bare description ("міністр") may refer back to a name.
    bare_descriptions: bool = False
    # The content follows the comma or colon closing the cue's clause (German).
    content_after_comma: bool = False
    # Between cue and content: time words and settings ("told reporters Thursday", "said in a statement").
    time_words: frozenset[str] = _NONE
    setting: re.Pattern | None = None
    subordinators: frozenset[str] = _NONE  # "she said as she accepted her award"
    about_preposition: str = ""  # "he said of Trump,"
    # What ends or stays in a speaker's noun phrase.
    clause_openers: frozenset[str] = _NONE  # capitalised: "In", "After", "Speaking"
    not_in_phrase: frozenset[str] = _NONE
    past_suffix: str = ""  # lower-case verbs so ending end the phrase ("praised") …
    past_like_modifiers: frozenset[str] = _NONE  # … unless they are adjectives ("unnamed", "retired")
    speech_forms: frozenset[str] = _NONE
    phrase_prepositions: frozenset[str] = _NONE  # stay inside ("voters in six states said")
    adverb_suffix: str = ""  # adverbs so ending may stand between speaker and cue ("repeatedly")
    not_subjects: frozenset[str] = _NONE
    subject_links: tuple[str, ...] = ()  # words inside a subject's name besides capitalised ones
    passive_auxiliaries: frozenset[str] = _NONE  # "was told": no speaker before the cue
    naming_verbs: frozenset[str] = _NONE  # "a program called …" names, it does not quote
    indefinite_articles: frozenset[str] = _NONE
    subject_pronouns: frozenset[str] = _NONE  # an inverted pronoun is the whole speaker ("said he")
    inverted_openers: frozenset[str] = _NONE  # an inverted speaker opens like a name or with these
    # An inverted speaker ends with its names, before the words of the setting ("povedal Fico novinárom").
    inverted_ends_with_names: bool = False
    # "Asked (by X) whether …, Y said": the question cue, what may precede it, its question words and agent.
    question_cue: str = ""
    question_openers: frozenset[str] = _NONE
    question_words: frozenset[str] = _NONE
    agent_preposition: str = ""
    # Verb-second order (German): a participle's auxiliary, and who can be its subject.
    auxiliaries: frozenset[str] = _NONE
    auxiliary_barriers: frozenset[str] = _NONE
    not_nominative: frozenset[str] = _NONE
    articles: frozenset[str] = _NONE
    not_genitive: frozenset[str] = _NONE
    noun_phrase_words: frozenset[str] = _NONE
    source_compound: re.Pattern | None = None  # "nach Polizeiangaben": the compound names the source
    # False for languages read by their quotation marks alone.
    known: bool = True


_FILLED = tuple(f.name for f in dataclasses.fields(Lexicon) if f.name not in ("language", "known"))


def _build(language: str) -> Lexicon:
    module = topic(language, "quotes")
    values = {name: getattr(module, name.upper()) for name in _FILLED if hasattr(module, name.upper())}
    return Lexicon(language=language, known="verbs" in values, **values)


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The lexicon for a language code ("" reads as English); other languages get quotation marks only."""
    return _build(base_code(language) or "en")
