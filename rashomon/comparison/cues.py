"""Per-language cue lexicons: negation, quantity words, reader prompts, and the status of a planned event.

Status families say what a statement asserts about something planned (a
meeting, a vote, a deal): ``halted`` (postponed, put on hold, delayed,
cancelled), ``unscheduled`` (never scheduled, no agreement was reached, nothing
to postpone), ``proceeding`` (will take place, goes ahead as planned); or
where a decision stands: ``considered`` (is considering, weighs, "bierze pod
uwagę"), ``decided`` (has decided, announced it will), ``denied`` (denies a
report, calls it fake, "is not being considered"). Two families in
``INCOMPATIBLE`` cannot both be true of the same matter, so statements
carrying them are the sides of a contested claim. The words of
each language are in its profile, ``rashomon/languages/<code>/disputes.py``.
"""

from __future__ import annotations

import re
from functools import cache

from rashomon.languages import value

INCOMPATIBLE = {
    frozenset({"halted", "unscheduled"}),
    frozenset({"halted", "proceeding"}),
    frozenset({"unscheduled", "proceeding"}),
    frozenset({"considered", "decided"}),
    frozenset({"considered", "denied"}),
    frozenset({"decided", "denied"}),
}
# Words between a negation and a halted verb that still let the negation reach it.
_NEGATION_REACH = 4


_NEVER = re.compile(r"(?!)")


def _compiled(table_name: str, language: str) -> re.Pattern:
    """The language's cue pattern from its profile (rashomon/languages/<code>/disputes.py)."""
    return _profile_pattern("disputes", table_name.upper(), language, r"(?<!\w)(?:{})(?!\w)")


@cache
def _profile_pattern(topic: str, constant: str, language: str, template: str) -> re.Pattern:
    """The language's pattern ``constant`` of ``topic`` in its profile, set in ``template`` and matched ignoring
    case; one that never matches for a language without one, so no cue is guessed from another language."""
    pattern = value(language, topic, constant)
    if not pattern:
        return _NEVER
    return re.compile(template.format(pattern), re.IGNORECASE)


def scales(language: str) -> dict[str, int]:
    return value(language, "disputes", "SCALES", {})


def number_words(language: str) -> dict[str, int]:
    return value(language, "disputes", "NUMBER_WORDS", {})


def lower_bound(language: str) -> re.Pattern:
    return _compiled("lower_bound", language)


def approximate(language: str) -> re.Pattern:
    """Words giving a quantity as an estimate ("about", "около", "rund") right before a number or a currency sign:
    many are homographs elsewhere ("talked about", "unos" = "some", "порядка" = "of order", sr "око" = "eye")."""
    return _profile_pattern("disputes", "APPROXIMATE", language, r"(?<!\w)(?:{})(?!\w)" + _number_next(language))


@cache
def _number_next(language: str) -> str:
    """A lookahead (braces doubled for ``str.format``): a digit or one of the language's number words next, past
    signs, spaces and at most one short word ("about $5", "примерно на 193", "about two")."""
    words = "|".join(sorted(map(re.escape, number_words(language)), key=len, reverse=True))
    number = r"\d" + (rf"|(?:{words})(?!\w)" if words else "")
    return (r"(?=\W{0,3}(?:\w{1,3}\W{1,3})?(?:" + number + "))").replace("{", "{{").replace("}", "}}")


def demonstratives(language: str) -> re.Pattern:
    """Demonstratives ("these", "цих"): a count right after one counts what was named before."""
    return _compiled("demonstratives", language)


def upper_bound(language: str) -> re.Pattern:
    """Words giving a quantity as a ceiling ("less than", "poniżej"): a ceiling above another value is no dispute."""
    return _compiled("upper_bound", language)


def negation(language: str) -> re.Pattern:
    """Words that deny what follows them: clause negation ("not", "nie") and privative prepositions ("without")."""
    return _either("negation", "privative", language)


@cache
def _either(first: str, second: str, language: str) -> re.Pattern:
    patterns = [p for p in (value(language, "disputes", first.upper()), value(language, "disputes", second.upper())) if p]
    return re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(patterns)), re.IGNORECASE) if patterns else _NEVER


# What ends the clause an "until" opens.
_CLAUSE_END = re.compile(r"[,;:.!?]|\s[–—-]\s")


def affirmed(text: str, language: str) -> str:
    """``text`` with each negation inside a clause of "until" blanked (as many spaces, so offsets hold): Slavic
    languages negate the verb after "until" without denying anything ("докато Върховният съд не я отмени", "dopóki
    wniosek nie zostanie rozpatrzony": until the court overturned it, until the request is heard)."""
    until = _compiled("until", language)
    if until is _NEVER or not until.search(text):
        return text
    blanked = list(text)
    for cue in until.finditer(text):
        end = _CLAUSE_END.search(text, cue.end())
        for match in _compiled("negation", language).finditer(text, cue.end(), end.start() if end else len(text)):
            blanked[match.start(): match.end()] = " " * (match.end() - match.start())
    return "".join(blanked)


def is_conditional(text: str, language: str) -> bool:
    """The statement is in the conditional mood, which Slavic languages mark by a particle ("gdyby", "бы", "bi")."""
    return bool(_compiled("conditional", language).search(text))


def auxiliaries(language: str) -> re.Pattern:
    """The language's auxiliary verbs ("been", "został"), which stand between a negation and what it denies."""
    return _profile_pattern("disputes", "AUXILIARIES", language, r"(?:{})")


@cache
def directions(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(compass point, pattern) of the language's directions from a place, longest first; matched in lower case
    only, so names ("North Korea", "West Bank") are none, and whole ("на севере-востоке" is no "на севере")."""
    table = value(language, "disputes", "DIRECTIONS", {})
    return tuple((point, re.compile(rf"(?<!\w)(?:{pattern})(?![\w-])")) for point, pattern in table.items())


def provisional(language: str) -> re.Pattern:
    """Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a snapshot."""
    return _compiled("provisional", language)


@cache
def venues(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, pattern) of where someone is or died by a common noun ("home", "hospital"), matched ignoring case."""
    table = value(language, "disputes", "VENUES", {})
    return tuple((kind, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)) for kind, pattern in table.items())


def capital(language: str) -> re.Pattern:
    """The common noun for a capital ("the capital", "столица"), which names no place by itself."""
    return _compiled("capital", language)


def future(language: str) -> re.Pattern:
    """Words that set a statement in the future ("will", "bo", "будет"): its profile's ``time.FUTURE_CONTEXT``."""
    return _profile_pattern("time", "FUTURE_CONTEXT", language, r"(?:{})")


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


def tells_future(text: str, language: str) -> bool:
    """``text`` tells what will be: a word of ``future``, or a verb in the future tense (``future_tense``)."""
    return bool(future(language).search(text)) or future_tense(text, language)


def future_tense(text: str, language: str) -> bool:
    """A verb of ``text`` whose likeliest pymorphy3 reading carries the profile's ``time.PYMORPHY_FUTURE`` grammeme,
    as the Russian and Ukrainian perfective present does ("8 октября пройдёт слушание", "розгляне"), which no list
    of words catches; False for a language without one."""
    grammeme = value(language, "time", "PYMORPHY_FUTURE")
    if not grammeme:
        return False
    from rashomon.analysis.entities.morphology import _parses

    return any(parses and parses[0].tag.POS == "VERB" and grammeme in parses[0].tag
               for parses in (_parses(word, language) for word in _CYRILLIC_WORD.findall(text)))


def when_word(language: str) -> re.Pattern:
    """A word that opens a clause of when something happened after a date ("when", "als", "когда")."""
    return _profile_pattern("disputes", "WHEN", language, r"(?:{})(?!\w)")


def needed(language: str) -> re.Pattern:
    """Words that make the quantity beside them a requirement ("270 needed to win", "для победы нужно 270")."""
    return _compiled("needed", language)


def continued(language: str) -> re.Pattern:
    """Words that tell a matter goes on ("continue", "продолжают", "trwają"): a date beside them is one of its days."""
    return _compiled("continued", language)


def earlier(language: str) -> re.Pattern:
    """Words that set what a statement tells before the time of the report ("earlier", "wcześniej", "zuvor")."""
    return _compiled("earlier", language)


def place_slot(language: str) -> re.Pattern:
    """A locative word that ends the text ("… in ", "… w ", "… près de "): a name after it is in a place slot."""
    return _profile_pattern("disputes", "LOCATIVE", language, r"(?<!\w)(?:{})\s+$")


def addresses_reader(text: str, language: str) -> bool:
    return bool(_compiled("reader", language).search(text))


def _prompt(language: str) -> re.Pattern:
    """The language's reader prompts (its profile's ``boilerplate.PROMPTS``) at the start of a sentence or clause."""
    return _profile_pattern("boilerplate", "PROMPTS", language, r"(?:^|[,:;–—]\s)[\W_]*(?:{})(?!\w)")


def prompts_reader(text: str, language: str) -> bool:
    """Whether a sentence or one of its clauses opens with a reader prompt ("Read also", "Ne ratez aucun article")."""
    return bool(_prompt(language).search(text))


def is_negated(text: str, language: str) -> bool:
    """A clause negation in ``text``; a privative preposition ("without a customs union", "без митнически съюз")
    denies only its noun, no statement's polarity."""
    return bool(_compiled("negation", language).search(text))


# The first of these cues a statement gives decides its family: (cue table, the family it asserts, the family when
# a negation stands just before it; None: it asserts none and the next cues are read).
_FAMILY_CUES = (
    ("unscheduled", "unscheduled", "unscheduled"),  # outranks the "postpone" it often contains
    ("halted", "halted", "unscheduled"),  # "there was no meeting to postpone", "неможливо відкласти"
    ("proceeding", "proceeding", None),  # "якщо не відбудеться нічого надзвичайного" asserts no event going ahead
    ("denied", "denied", "denied"),  # "Dymisja? To fejk dnia"
    ("considered", "considered", "denied"),  # "nie jest brana pod uwagę" denies it
    ("decided", "decided", None),  # "has not decided" asserts no decision
)


def status_family(text: str, language: str) -> str | None:
    """The status family a statement asserts (``_FAMILY_CUES``), or None. A decision announced in the negative
    ("zapowiedział, że „nie będzie kolejnego referendum”", "decided not to") is no family: it is neither the
    decision it negates nor a denial of a report ("władze nie pozwolą Bibi opuścić kraju" disputes neither "zdecydował
    się opuścić Pakistan" nor a denial). Only a clause negation counts: "decided without delay" is a decision."""
    for table, family, negated in _FAMILY_CUES:
        cue = _compiled(table, language).search(text)
        if cue and _compiled("privative", language).search(" ".join(text[:cue.start()].split()[-1:])):
            continue  # "without delay" halts nothing
        if cue and _compiled("conditional", language).search(_clause_at(text, cue.start(), cue.end())):
            continue  # "53 proc. osób byłoby za odwołaniem Brexitu" cancels nothing
        if cue and table == "halted" and _compiled("rulings", language).search(_clause_at(text, cue.start(), cue.end())):
            continue  # "отменил приговор", "присъдата беше отменена": a court annuls a ruling, no planned event is halted
        found = cue and (negated if _negated_near(text[:cue.start()].split()[-_NEGATION_REACH:], language) else family)
        if found == "decided" and _negated_near(text[cue.end():].split()[:_NEGATION_REACH], language):
            return None
        if found:
            return found
    return None


# What ends a clause: punctuation and dashes.
_CLAUSE_MARK = re.compile(r"[,;:.!?]|\s[–—-]\s")


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: a status in the conditional mood is none, but one beside a conditional
    clause is ("rozważa dymisję prezydenta, co miałoby umożliwić rozpisanie wyborów")."""
    before = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)]
    after = _CLAUSE_MARK.search(text, end)
    return text[before[-1] if before else 0: after.start() if after else len(text)]


def _negated_near(words: list[str], language: str) -> bool:
    return bool(_compiled("negation", language).search(" ".join(words)))


def incompatible(family_a: str | None, family_b: str | None) -> bool:
    return bool(family_a and family_b and frozenset({family_a, family_b}) in INCOMPATIBLE)
