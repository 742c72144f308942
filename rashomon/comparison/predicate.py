"""Whether a unit of text is a clause: does it hold a predicate (a finite verb, or what stands for one)?

A unit without one is a fragment, not a claim: a byline ("An analysis by … for EURACTIV Germany"), a caption
("Bruck at the Peerie Voe at Spiggie"), a label ("Maseczki dla dzieci"), or a piece a splice cut off a sentence
("“Parkmed Eliza, 14, and a son Oscar, 10."). Each language's ``grammar`` module says what counts as a verb:

- ``FINITE_VERBS``: closed-class finite forms (auxiliaries, copulas, modals), and ``VERB_CLITICS``, pronouns
  that stand only before a verb ("se muestra", "si è");
- ``VERB_FORM``: endings of inflected verb forms (a noun with such an ending only makes the test lenient);
- ``INFINITIVE``: how a verb's lemma ends, for the word's simplemma lemma, and ``PROBES``, (ending, other
  ending) pairs that lead to another form of the same verb when simplemma reads the word as another word
  ("dosiert" -> "dosieren", "schicken" -> "schickte", whose lemma is the infinitive "schicken"), with the stem's
  ``STEM_ALTERNATIONS`` undone (French "relève" -> "relever");
- ``VERB_BASES`` (English): forms of a base that simplemma reads as that base ("walking" -> "walk"), so the
  base is a verb ("say", and "quest": lenient); an inflected word ("said", "runs", or a plural: lenient) is a
  verb form, but for the first form ("living" is no finite verb);
- ``NOUN_HOMOGRAPHS`` (German): a lower-case word that simplemma reads as a noun is a verb form ("stand"),
  and a capitalised first word is a verb only from ``FINITE_VERBS``;
- ``PYMORPHY_PREDICATES`` (Russian, Ukrainian): pymorphy3's predicate parts of speech;
- ``PREDICATE_MARK``: what stands for the copula a language leaves out (a dash between words, "это").

Capitalised words but the first are names (or German nouns): only FINITE_VERBS reads them ("Expertka: Je to
slibné"). A language without a ``grammar`` module is not judged: every unit holds a predicate; nor is a unit most of
whose words are not the language's (``_foreign``: a quoted tweet). The test errs towards a predicate: a real
sentence it misses is lost, a fragment it lets through costs what it did before.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rashomon.languages import base_code, topic, value

# Letters only: the tokeniser splits at apostrophes, so "c'est", "n'a", "they're" and "don't" leave the
# finite forms "est", "a", "re" and "t"; but for the Ukrainian apostrophe inside a word ("п'ють").
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][\u0400-\u04ff]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Words shorter than this are read as verbs only from FINITE_VERBS ("a", "è", "ha", "be").
_MIN_LETTERS = 3


# What a word can be: no verb, a finite form, or a bare form that equals the verb's lemma (an infinitive, or a
# finite form only where the language's word order makes it one: BARE_AFTER, BARE_NOT_LAST).
NO, FINITE, BARE = 0, 1, 2


def has_predicate(text: str, language: str | None) -> bool:
    """Whether ``text`` holds a predicate in ``language`` (True for a language without a grammar module)."""
    code = base_code(language)
    grammar = topic(code, "grammar")
    if grammar is None:
        return True
    mark = _pattern(code, "PREDICATE_MARK")
    if mark is not None and mark.search(text.lower()):
        return True
    words = _WORD.findall(text)
    read = [(index, word) for index, word in enumerate(words)
            # a name (or a German noun) is no verb, but a clause may start after a colon ("Expertka: Je to …")
            if not (index and word[0].isupper() and word.lower() not in getattr(grammar, "FINITE_VERBS", ()))]
    # The closed lists and endings first: most units hold such a word, and the dictionaries are not asked.
    if any(_listed_verb(word.lower(), code, grammar) for _, word in read):
        return True
    for index, word in read:
        kind = verb_kind(word.lower(), code, written_lower=word[0].islower())
        if kind == FINITE or (kind == BARE and _bare_is_finite(grammar, words, index)):
            return True
    return _foreign(words, code, grammar)


def _listed_verb(word: str, code: str, grammar) -> bool:
    """A form of FINITE_VERBS or VERB_CLITICS, or one with a VERB_FORM ending."""
    if word in getattr(grammar, "FINITE_VERBS", ()) or word in getattr(grammar, "VERB_CLITICS", ()):
        return True
    form = _pattern(code, "VERB_FORM")
    return len(word) >= _MIN_LETTERS and form is not None and form.fullmatch(word) is not None


def _foreign(words: list[str], code: str, grammar) -> bool:
    """Whether most of the unit's words are not the language's (a quoted tweet in English in a Czech or Russian
    report): such a unit is not judged. Words of at least _MIN_LETTERS letters count: in ru/uk those not in Cyrillic,
    elsewhere those simplemma's dictionary of the language does not know."""
    long = [word.lower() for word in words if len(word) >= _MIN_LETTERS]
    if getattr(grammar, "PYMORPHY_PREDICATES", None) is not None:
        foreign = sum(1 for word in long if not _CYRILLIC.search(word))
    else:
        dictionary = value(code, "names", "SIMPLEMMA")
        foreign = sum(1 for word in long if dictionary and _lemma(word, dictionary) is None)
    return foreign * 2 > len(long)


def _bare_is_finite(grammar, words: list[str], index: int) -> bool:
    """Whether a bare form at ``index`` is finite by its place: in English first (an imperative), after a
    subject (BARE_AFTER: "they say"; a name: "Police say"; a plural: "people want") or an adverb in "-ly", not
    after an article or adjective ("an important quest"); in German not as the unit's last word, where a main
    clause has no finite verb ("Update vom 10. April liefern"). Elsewhere (Romance and Slavic languages) the bare
    form is the infinitive, never finite: "Prestare attenzione nel 2020.", "Jak wybrać maseczkę", and the nouns
    that end like one ("lugar", "premier") hold no predicate."""
    after = getattr(grammar, "BARE_AFTER", None)
    if after is not None:
        if index == 0:
            return True  # an imperative ("Take a good multivitamin."): the page's prompts are PROMPTS' to find
        previous = words[index - 1]
        return previous.lower() in after or previous[0].isupper() or previous.endswith(("ly", "s"))
    if getattr(grammar, "BARE_NOT_LAST", False):
        return index < len(words) - 1
    return False


@lru_cache(maxsize=200_000)
def verb_kind(word: str, code: str, written_lower: bool = True) -> int:
    """What the lower-case ``word`` can be in the language: NO, FINITE or BARE (see the module's docstring);
    ``written_lower``: the text has it in lower case (a noun homograph says nothing of a capitalised first word)."""
    grammar = topic(code, "grammar")
    if _listed_verb(word, code, grammar):
        return FINITE
    if len(word) < _MIN_LETTERS or word in _function_words(code):
        return NO
    predicates = getattr(grammar, "PYMORPHY_PREDICATES", None)
    if predicates is not None:
        return FINITE if _pymorphy_predicate(word, code, predicates) else NO
    dictionary = value(code, "names", "SIMPLEMMA")
    if not dictionary:
        return NO
    if getattr(grammar, "VERB_BASES", ()):
        return _english_kind(word, dictionary, grammar)
    return _lemma_kind(word, code, dictionary, grammar, written_lower)


def _lemma_kind(word: str, code: str, dictionary: str, grammar, written_lower: bool) -> int:
    """A verb form by simplemma's reading of the word or of its probes: FINITE when the word is inflected, BARE
    when it is the infinitive itself (German "liefern", also the plural "sie liefern")."""
    lemma = _lemma(word, dictionary)
    infinitive = _pattern(code, "INFINITIVE")
    if getattr(grammar, "NOUN_HOMOGRAPHS", False):
        # Where nouns are capitalised, a capitalised first word is read as a verb from FINITE_VERBS only
        # ("Update", "Pell"), and a lower-case one that simplemma reads as a noun is a verb.
        if not written_lower:
            return NO
        if lemma is not None and lemma[:1].isupper():
            return FINITE
    if lemma is not None and infinitive is not None and infinitive.fullmatch(lemma):
        if lemma != word:
            return FINITE
        if len(word) >= 5:
            return BARE
    for ending, replacement in getattr(grammar, "PROBES", ()):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            for stem in _alternated(word[: len(word) - len(ending)], grammar):
                found = _lemma(stem + replacement, dictionary)
                if found is not None and infinitive is not None and infinitive.fullmatch(found):
                    return BARE if found == word else FINITE
    return NO


def _alternated(stem: str, grammar) -> list[str]:
    """The stem, and the stem with its last STEM_ALTERNATIONS letters put back as the infinitive has them (French
    "relèv" -> "relev", "répèt" -> "répét", "appell" -> "appel": the present alters the stem's vowel or consonant)."""
    stems = [stem]
    for present, infinitive in getattr(grammar, "STEM_ALTERNATIONS", ()):
        at = stem.rfind(present)
        if at > 0:
            stems.append(stem[:at] + infinitive + stem[at + len(present):])
    return stems


def _english_kind(word: str, dictionary: str, grammar) -> int:
    """FINITE for an inflected word ("said", "runs"; a plural too: lenient) but for the first of VERB_BASES
    ("living"); BARE for a verb's base ("say", "quest"), or a base less an ending of BASE_ENDINGS."""
    bases = grammar.VERB_BASES
    lemma = _lemma(word, dictionary)
    if word.endswith(bases[0]) and lemma not in (None, word):  # "living", not "bring" or "sing"
        return NO
    if lemma is not None and lemma != word:
        return FINITE
    if _is_base(word, dictionary, bases):
        return BARE
    stems = [word[: -len(e)] for e in getattr(grammar, "BASE_ENDINGS", ()) if word.endswith(e)]
    return FINITE if any(_is_base(stem, dictionary, bases) for stem in stems if len(stem) >= _MIN_LETTERS) else NO


def _is_base(stem: str, dictionary: str, forms: tuple[str, ...]) -> bool:
    """simplemma reads one of the stem's forms ("walk" + "ing", "mak(e)" + "ing", "hit" + "t" + "ing") as the stem
    itself."""
    candidates = [stem + form for form in forms] + [stem + stem[-1] + form for form in forms]
    if stem.endswith("e"):
        candidates += [stem[:-1] + form for form in forms]
    return any(_lemma(candidate, dictionary) == stem for candidate in candidates)


@lru_cache(maxsize=200_000)
def _lemma(word: str, dictionary: str) -> str | None:
    from rashomon.languages import lexicon

    return lexicon.lemmatize(word, dictionary) if lexicon.is_known(word, dictionary) else None


def _pymorphy_predicate(word: str, code: str, predicates: frozenset) -> bool:
    from rashomon.analysis.entities.morphology import _parses

    return any(parse.tag.POS in predicates or not predicates.isdisjoint(parse.tag.grammemes)
               for parse in _parses(word, code))


@cache
def _function_words(code: str) -> frozenset:
    """The language's function words (names.STOPWORDS: "and", "von"), which simplemma's dictionaries sometimes
    list as verb forms too."""
    return frozenset(value(code, "names", "STOPWORDS", frozenset()))


@cache
def _pattern(code: str, attribute: str) -> re.Pattern | None:
    pattern = value(code, "grammar", attribute)
    return re.compile(pattern) if pattern else None
