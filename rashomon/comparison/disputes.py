"""Whether two statements about one fact cannot both hold, and what differs.

Checked in order, the first that applies wins: quantities (with their scale), dates
(years, and time expressions resolved to dates or, within one language, as
written), places, who said it, and polarity (one denies what the other
asserts; within one language, as translation moves negation around). Each
side must give its own value that the other lacks: a statement that only adds
a detail ("in Manhattan" beside "in New York") is no dispute. Callers decide
that the two statements are about one fact (a strong alignment); this module
only compares their values. Incompatible statuses of an event (postponed /
never planned / goes ahead) are found apart, per matter (``claims.py``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, wraps

from rashomon.comparison.alignment import Link, stems_of
from rashomon.comparison.cues import (
    affirmed, approximate, auxiliaries, continued, demonstratives, number_words, capital, directions, earlier, incompatible, is_conditional, is_negated, needed, negation, place_slot,
    provisional, future_tense, tells_future, upper_bound, venues, when_word,
)
from rashomon.comparison.names import ANCHOR_STEM as STEM
from rashomon.comparison.names import WORD, anchors_match, fold, shared_anchors
from rashomon.comparison.places import is_country, is_place, rank
from rashomon.comparison.statements import Statement
from rashomon.comparison.values import amounts, calendar_spans, nouns_capitalised, words_after


def _per_statement(function):
    """What a statement gives, whatever it is compared with, computed once per statement (``Statement.derived``):
    a story's statement meets many others."""
    key = function.__name__

    @wraps(function)
    def once(statement: Statement, *args):
        memo = statement.derived
        if (key, args) not in memo:
            memo[key, args] = function(statement, *args)
        return memo[key, args]

    return once


# Link probabilities (alignment.py) from which two statements are about one fact, so different values are a
# dispute: within one language, and (wording cannot confirm it) across languages. 0.35 with the link model refitted
# on the current features, which gives the claims-dev pairs about 0.05-0.14 more than the one 0.3 was chosen with.
DISPUTE_PROBABILITY = 0.35
CROSS_LINGUAL_DISPUTE_PROBABILITY = 0.7
# Weaker links that still make dispute candidates: two statements that are each other's nearest in the story
# (of other sources) from this probability on (across languages the higher one: in the real SlavicNER stories
# mutual nearest statements of two languages at 0.2-0.5 are mostly two facts, "60% of Russians" / "70% in the EU"), and near-copies in one language (this share of the shorter one's word stems
# in common, at least NEAR_COPY_STEMS of them) whatever the probability: a changed value lowers the link of two
# near-identical statements.
MUTUAL_DISPUTE_PROBABILITY = 0.2
# From this link probability, two statements of one language that name something in common are candidates of a place
# dispute (a long lead and a short sentence that place one accident apart link weakly: "has died in a skiing accident in
# Utah on New Year's Eve" / "suffered an accident in Vail, Colorado, on New Year's Eve").
PLACE_CANDIDATE_PROBABILITY = 0.1
# Stories of more sources than this take only one-fact candidates (Candidate.one_fact) for disputes of values.
MAX_SOURCES_ANY_LINK = 2
CROSS_LINGUAL_MUTUAL_PROBABILITY = 0.5
NEAR_COPY_OVERLAP = 0.5
NEAR_COPY_STEMS = 4
# From this link probability two mutually nearest statements are one fact so surely that the one count each gives
# and the other lacks count the same thing, though named by other nouns or in other languages ("157 Toten" /
# "149 Opfer"), and their speakers are compared whatever their wording. Dates keep their context test: in real
# stories strongly linked statements date two steps of one matter ("from 18 January" / "in early December").
STRONG_LINK = 0.5
# Statements giving incompatible statuses of an event are about one matter from this centred cosine on (the
# cue itself is strong evidence); within one language from STATUS_SAME_WORDS_COSINE on when they also share a
# word that is no name nor function word ("le tournage … a dû être reporté" / "le tournage a bien eu lieu").
STATUS_MATTER_COSINE = 0.3
STATUS_SAME_WORDS_COSINE = 0.2
# Families of where a decision stands (cues.py): about one matter only from STATUS_MATTER_COSINE on.
DECISIONS = frozenset({"considered", "decided", "denied"})
CROSS_LINGUAL_DECISION_COSINE = 0.5
# Statements of opposite polarity are a dispute only when this much of all their word stems are shared
# (near-copies: a negation elsewhere in a long sentence says nothing about the shared fact).
POLARITY_MIN_OVERLAP = 0.4
# Share of the words of a negated clause that the other statement must assert for a denial of what it says
# (``_clause_denied``): all but an adverb ("nie usłyszał jeszcze żadnych zarzutów" / "usłyszał zarzut").
DENIED_CLAUSE_SHARE = 2 / 3
# A negation denies the words this close after it ("nie usłyszał jeszcze żadnych zarzutów", "non è stato ancora accusato").
NEGATION_SCOPE = 4
# Share of words (of the shorter statement) two statements in one language must have in common to be in dispute.
SAME_LANGUAGE_MIN_OVERLAP = 0.4
# Below that share, down to this one, only dates among the same words and counts of the same noun are disputes.
VALUE_IN_CONTEXT_MIN_OVERLAP = 0.25
MAX_PLACE_WORDS = 4
# At most this many places of one side replaced by as many of the other make a dispute.
MAX_PLACES_REPLACED = 2
# Two quantities further apart than this factor are two different facts, not two accounts of one (on
# claims-dev every disputed quantity is within a factor 2 of the other, in all three folds; revenue of 363bn
# yen beside a loss of 53.1bn yen is 6.8; in a real story the 538 electors in all beside Biden's 264 are 2.04).
MAX_QUANTITY_RATIO = 2
# Two counts of two nouns are one count told twice only this close (on claims-dev every disputed quantity is within
# a factor 2 of the other; "ocho exresponsables" / "tres archivos" are two facts).
MAX_OTHER_NOUN_RATIO = 2
# Words on either side of a date that must share a stem with those around the other date (one language).
CONTEXT_WORDS = 4
# A date this many words or fewer from a speech cue dates the report.
REPORT_REACH = 3
# Word stems two statements must share in the rest of a statement that a fronted date opens ("We wtorek, …") and
# in the clause of the other's date, when the date's own words say nothing of the fact (``_fronted_main_clause``).
FRONTED_SHARED_WORDS = 2
# Word stems besides dates and names each side of a date dispute must have: a statement of its own.
MIN_FACT_WORDS = 3
# Words each side of a word of need ("needed", "нужно") whose quantities are requirements.
REQUIREMENT_REACH = 3
# A value that statements of third sources give in this many values or more is a series of facts (in_series).
SERIES_VALUES = 3
# Quantities within this relative difference are the same (rounding, currency conversion is not attempted).
SAME_QUANTITY = 0.02
# Quantities within this relative difference are the same where either statement gives its own as an estimate
# ("примерно на 193 тысячи человек" / "примерно на 189 тыс. человек": two estimates from other data).
APPROXIMATE_SPREAD = 0.05


@dataclass(frozen=True)
class Dispute:
    kind: str  # status, number, date, place, attribution, polarity
    values: tuple[str, ...]  # what each side gives


@dataclass(frozen=True)
class Candidate:
    link: Link
    # Each is the other's nearest statement of another source in the whole story, and the link is strong
    # (STRONG_LINK): the two state one fact for sure.
    one_fact: bool = False
    # A weak link between two statements of one language that name someone or something in common: only a place
    # dispute counts (PLACE_CANDIDATE_PROBABILITY).
    places_only: bool = False


def dispute_candidates(statements: list[Statement], links: list[Link]) -> list[Candidate]:
    """The links of statements of different sources that may be one fact told with different values: the aligned
    ones (DISPUTE_PROBABILITY, across languages CROSS_LINGUAL_DISPUTE_PROBABILITY) first, most probable first;
    then, apart from the shared-claim alignment, mutual nearest statements and near-copies (see above).

    Nearest is over the whole story, not per article: in a story of many articles every two articles have a
    closest pair of statements, and most of them state two facts."""
    nearest: dict[int, Link] = {}
    for link in links:
        if statements[link.i].source != statements[link.j].source:
            for end in (link.i, link.j):
                if end not in nearest or link.cosine > nearest[end].cosine:
                    nearest[end] = link
    aligned, weaker = [], []
    for link in links:
        a, b = statements[link.i], statements[link.j]
        if a.source == b.source:
            continue
        bar = DISPUTE_PROBABILITY if a.language == b.language else CROSS_LINGUAL_DISPUTE_PROBABILITY
        mutual = nearest[link.i] is link and nearest[link.j] is link
        candidate = Candidate(link, mutual and link.probability >= STRONG_LINK)
        mutual_bar = MUTUAL_DISPUTE_PROBABILITY if a.language == b.language else CROSS_LINGUAL_MUTUAL_PROBABILITY
        if link.probability >= bar:
            aligned.append(candidate)
        elif (mutual and link.probability >= mutual_bar and (a.language == b.language or _names_in_common(a, b))) or (
            a.language == b.language and _near_copies(a, b)
        ):
            weaker.append(candidate)
        elif a.language == b.language and link.probability >= PLACE_CANDIDATE_PROBABILITY and _names_in_common(a, b):
            weaker.append(Candidate(link, places_only=True))
    return aligned + weaker


def value_candidates(statements: list[Statement], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates whose values are compared: all of them between two sources; among more (a story of many
    reports, where each statement has many close ones, most of them parallel facts: "29 electors of Florida" / "all
    three of Vermont", "the referendum in 2016" / "the exit set for 2019") only the strongly linked (STRONG_LINK)
    pairs that are each other's nearest in the story (``Candidate.one_fact``) or in their two articles (``Link.mutual``:
    two reports that copy one account are each other's nearest, the third that differs is nearest to both)."""
    if len({s.source for s in statements}) > MAX_SOURCES_ANY_LINK:
        return [c for c in candidates if c.one_fact or c.link.mutual and c.link.probability >= STRONG_LINK]
    return candidates


def status_disputes(statements: list[Statement], vectors) -> list[tuple[list[list[int]], Dispute]]:
    """Statements that give incompatible statuses of one event ("put on hold" / "never scheduled") or of a decision
    ("rozważa dymisję" / "Dymisja? To fejk dnia"; a denial is a dispute of polarity), grouped by
    matter (see ``_one_matter``), as (sides, dispute): one side per status. Statements of a status close to a
    contested one of the same status join its side."""
    framed = [i for i, s in enumerate(statements) if s.family]
    parent = {i: i for i in framed}

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def one_matter(i, j):
        return _one_matter(statements[i], statements[j], float(vectors[i] @ vectors[j]))

    contested = set()
    for x, i in enumerate(framed):
        for j in framed[x + 1:]:
            a, b = statements[i], statements[j]
            if a.source != b.source and incompatible(a.family, b.family) and one_matter(i, j):
                parent[root(i)] = root(j)
                contested.update((i, j))
    for i in framed:
        for j in list(contested):
            if i not in contested and statements[i].family == statements[j].family and one_matter(i, j):
                parent[root(i)] = root(j)
                contested.add(i)
                break
    matters: dict[int, list[int]] = defaultdict(list)
    for i in sorted(contested):
        matters[root(i)].append(i)
    found = []
    for members in matters.values():
        by_family: dict[str, list[int]] = defaultdict(list)
        for i in members:
            by_family[statements[i].family].append(i)
        sides = sorted(by_family.values(), key=min)
        families = tuple(statements[side[0]].family for side in sides)
        found.append((sides, Dispute("polarity" if "denied" in families else "status", families)))
    return found


def _one_matter(a: Statement, b: Statement, cosine: float) -> bool:
    if a.family in DECISIONS or b.family in DECISIONS:
        # Decisions are everywhere ("zdecydowali" / "bierzemy pod uwagę"): one matter needs both its meaning and
        # what is decided ("dymisję" / "dymisji"; across languages, where no word is shared, a name and a closer
        # meaning: "eine starke Regierung einrichten, die gut für Israel ist" is not "Les rivaux de Netanyahu
        # envisagent un nouveau gouvernement").
        if _common_words(a, b):
            return cosine >= STATUS_MATTER_COSINE
        return cosine >= CROSS_LINGUAL_DECISION_COSINE and _names_in_common(a, b)
    if cosine >= STATUS_MATTER_COSINE:
        return True
    return a.language == b.language and cosine >= STATUS_SAME_WORDS_COSINE and bool(_common_words(a, b))


@_per_statement
def _conditional(statement: Statement) -> bool:
    """A statement in the conditional mood or of a condition asserts no value of its own ("bi imel v najslabšem primeru
    zagotovljenih 273 glasov" beside the 306 counted)."""
    return is_conditional(statement.text, statement.language)


def _common_words(a: Statement, b: Statement) -> set[str]:
    """Stems of the lower-case words both statements have, function words left out."""
    def words(statement):
        return stems_of(" ".join(w for w in WORD.findall(statement.text) if w[:1].islower()))

    return (words(a) & words(b)) - _function_words(a.language)


def dispute(a: Statement, b: Statement, one_fact: bool = False) -> Dispute | None:
    """What differs between two statements that cannot both hold, or None; ``one_fact``: their link says
    they state one fact (``Candidate.one_fact``).

    Within one language two accounts of one fact share their wording for the most part; long sentences
    that share a topic carry different numbers and dates as different facts. A date or a place among the
    same words, or a count of the same noun, is evidence enough with less wording in common. When the link
    says the two are one fact, their counts need no common noun, their speakers no common wording.
    """
    overlap = _overlap(a, b) if a.language == b.language else 1.0
    if overlap < VALUE_IN_CONTEXT_MIN_OVERLAP or _conditional(a) or _conditional(b):
        return None
    found = _dates(a, b, one_fact) or _numbers(a, b, overlap, one_fact)
    if found or (overlap < SAME_LANGUAGE_MIN_OVERLAP and not one_fact):
        return found or _places(a, b)
    found = _places(a, b) or (_speakers(a, b) if one_fact else None)
    if found:
        return found
    if (a.language == b.language and a.negated != b.negated and _shared_share(a, b) >= POLARITY_MIN_OVERLAP
            and _denies(a, b) and _clause_denied(a, b)):
        return Dispute("polarity", ("negated" if a.negated else "affirmed", "negated" if b.negated else "affirmed"))
    return None


def candidate_dispute(statements: list[Statement], candidate: Candidate) -> Dispute | None:
    """The dispute of a candidate's two statements (``dispute``), no dispute of numbers between two occasions
    (``_two_occasions``); of a places-only candidate only a dispute of places that both name after a locative word
    ("in Utah" / "in Vail, Colorado"; not "на спасение Америки")."""
    a, b = statements[candidate.link.i], statements[candidate.link.j]
    found = dispute(a, b, candidate.one_fact)
    if found is not None and found.kind == "number" and _two_occasions(a, b):
        return None  # (third accounts of other occasions still count towards a series: ``in_series``)
    if found is None or not candidate.places_only:
        return found
    slotted = [set(_slotted_names(a).values()), set(_slotted_names(b).values())]
    in_slots = found.kind == "place" and all(name in slotted[k] for k in (0, 1) for name in found.values[k].split(", "))
    return found if in_slots else None


def in_series(statements: list[Statement], partners: dict[int, set[int]], link: Link, found: Dispute) -> bool:
    """Whether the value in dispute varies across a series: statements of third sources linked to either end
    (``partners``: aligned to it) give it SERIES_VALUES or more values in all ("29 electors of Florida" / "all three of Vermont" /
    "Michigan's 16"; running counts "82 to 56" / "202 to 177" / "306 to 232"). A story of many reports tells
    such parallel facts side by side; two accounts of one fact give two values. In a story of more than two sources
    (MAX_SOURCES_ANY_LINK), so are the two values when the article of either end states the other's value too
    (``_told_together``); between two sources that is one account changed in one place, not everywhere."""
    ends = (link.i, link.j)
    if len({s.source for s in statements}) > MAX_SOURCES_ANY_LINK and _told_together(statements, ends, found):
        return True
    sources = {statements[end].source for end in ends}
    values = {_value_key(found.kind, value) for value in found.values}
    for end in ends:
        for m in partners.get(end, ()):
            if statements[m].source in sources:
                continue
            other = dispute(statements[m], statements[end])
            if other and other.kind == found.kind:
                values |= {_value_key(found.kind, value) for value in other.values}
            if len(values) >= SERIES_VALUES:
                return True
    return False


def sides_apart(statements: list[Statement], sides: list[list[int]]) -> bool:
    """Whether no article stands on two sides of a dispute. In a story of more than two sources (MAX_SOURCES_ANY_LINK)
    an article whose statements take two sides tells both values, as two facts ("В 2011 году он был застрелен" and "В
    2010 году Биби … приговорили"), as ``_told_together`` finds of a dispute's two ends; between two sources that is
    one account changed in one place, not everywhere."""
    if len({s.source for s in statements}) <= MAX_SOURCES_ANY_LINK:
        return True
    seen: set[str] = set()
    for side in sides:
        articles = {statements[i].article for i in side}
        if articles & seen:
            return False
        seen |= articles
    return True


def _told_together(statements: list[Statement], ends: tuple[int, int], found: Dispute) -> bool:
    """Whether another statement of one end's article gives the other end's value: the article tells both values, as
    two facts ("В 2010 году Биби … приговорили" and "в 2011 году он был застрелен"; "osiem lat w celi śmierci" beside
    "10 lat"), which no account disputes."""
    for k, end in enumerate(ends):
        for m, statement in enumerate(statements):
            if m != end and statement.article == statements[end].article:
                given = _given(statement, found.kind)
                other = found.values[1 - k]
                if given is not None and given(other) and not _reported_on(statement, found.kind, other):
                    return True
    return False


def told_apart(statements: list[Statement], link: Link, found: Dispute, probabilities: dict[tuple[int, int], float]) -> bool:
    """Whether the article of one end gives the other end's value in another statement that is linked to that other
    end as one fact (DISPUTE_PROBABILITY): it tells that fact with the same value, so the two ends state two facts
    ("Готові до безкоштовної вакцинації 43% громадян" / "39% громадян на вакцинацію згодні" beside "43% респондентів
    висловили згоду піти на щеплення за умови, що за неї не треба буде платити": free vaccination, any)."""
    ends = (link.i, link.j)
    for k, end in enumerate(ends):
        other = ends[1 - k]
        for m, statement in enumerate(statements):
            if m == end or statement.article != statements[end].article:
                continue
            given = _given(statement, found.kind)
            if (given is not None and given(found.values[1 - k]) and not given(found.values[k])
                    and probabilities.get((m, other), 0.0) >= DISPUTE_PROBABILITY):
                return True
    return False


def of_other_settings(statements: list[Statement], link: Link) -> bool:
    """Whether the ends are near copies of one sentence beside near copies of another (the statements right before
    them, or right after) that give other numbers, or name other places where the ends name none: a template filled
    in at two moments of a count ("W 21 z nich … wygrał Biden, czym zapewnił sobie głosy 253 elektorów. Trump wygrał
    w 24 stanach składających się na 217 głosów" / "W 19. z nich … 224 elektorów. Trump wygrał w 23. stanach
    składających się na 213 głosów") or for two places ("Michigan to jeden ze swing states … Stan, w którym Donald
    Trump wygrał w 2016 r., dysponuje 16 głosami elektorskimi" / "Wisconsin to jeden … 10 głosami"), not two
    accounts of one fact."""
    a, b = statements[link.i], statements[link.j]
    if not _near_copies(a, b):
        return False
    for step in (-1, 1):
        at_a, at_b = link.i + step, link.j + step
        if not (0 <= at_a < len(statements) and 0 <= at_b < len(statements)):
            continue
        beside_a, beside_b = statements[at_a], statements[at_b]
        if beside_a.article != a.article or beside_b.article != b.article or not _near_copies(beside_a, beside_b):
            continue
        if beside_a.numbers and beside_b.numbers and beside_a.numbers != beside_b.numbers:
            return True
        places_a, places_b = {anchor for _, anchor in beside_a.places}, {anchor for _, anchor in beside_b.places}
        if not (a.places or b.places) and places_a and places_b and not places_a & places_b:
            return True
    return False


def _reported_on(statement: Statement, kind: str, value: str) -> bool:
    """The statement gives the date ``value`` as the day of a report ("Об этом в понедельник, 9 июля, сообщает
    пресс-служба"), not of a fact: an article that reports on the day another gives for the fact tells no two facts
    ("с позднего вечера 8 июля, когда в отставку подал Дэвис" / "Дэвиса, который подал в отставку 9 июля")."""
    if kind != "date":
        return False
    spans = _calendar_offsets(statement)
    return _dates_a_report(statement, _date_offsets(spans, value) or _date_offsets(spans, f"year:{value}"))


def _value_key(kind: str, value: str) -> str:
    """A disputed value as one key whatever its inflection ("Вермонт" / "Вермонте")."""
    return ",".join(fold(name)[:STEM] for name in value.split(", ")) if kind == "place" else value


def gives(statement: Statement, found: Dispute, side: int) -> bool:
    """Whether a statement gives side ``side``'s value of a dispute of numbers, dates, places or speakers, and not
    the other side's (a third account of one side: "un mercado de Ocosingo" twice against "en Palenque")."""
    given = _given(statement, found.kind)
    return given is not None and given(found.values[side]) and not given(found.values[1 - side])


def may_join(statement: Statement, found: Dispute, side: int) -> bool:
    """Whether a statement that disputes the other side's value may stand on side ``side``: it gives that side's
    value, where the dispute's kind has one to find in a text; one that gives a third value takes neither side
    ("zbral 306 elektorskih glasov" against "224 elektorów" is no account of the "253 elektorów" beside it)."""
    given = _given(statement, found.kind)
    return given is None or gives(statement, found, side)


def _given(statement: Statement, kind: str):
    """A test whether the statement gives a value of ``kind`` as a dispute writes it, or None for other kinds."""
    if kind == "number":
        return lambda value: any(_same_quantity(float(value), x) for x in statement.numbers)
    if kind == "date":
        keys = set(_calendar_offsets(statement)) | statement.dates
        return lambda value: value in keys or f"year:{value}" in keys
    if kind == "place":
        return lambda value: all(fold(w)[:STEM] in statement.anchors for w in WORD.findall(value))
    if kind == "attribution":
        return lambda value: bool(statement.speaker) and value in statement.speaker
    return None


def _names_in_common(a: Statement, b: Statement) -> bool:
    """Across languages, below the aligned bar only a name both give ties two statements to one fact ("Tom Moore";
    "60% of the country" / "70% in the EU" name none)."""
    return shared_anchors(a.anchors, b.anchors) > 0


def _near_copies(a: Statement, b: Statement) -> bool:
    common = len(stems_of(a.text) & stems_of(b.text))
    return common >= NEAR_COPY_STEMS and _overlap(a, b) >= NEAR_COPY_OVERLAP


def _denies(a: Statement, b: Statement) -> bool:
    """One statement negates a word the other asserts ("nie usłyszał zarzutów" / "usłyszał zarzut"): a negation
    elsewhere ("does not satisfy the constitution" / "lost their seats under the constitution") denies nothing."""
    negated_a, negated_b = _negated_stems(a), _negated_stems(b)
    stems_a, stems_b = stems_of(a.text), stems_of(b.text)
    return bool((negated_a - negated_b) & stems_b or (negated_b - negated_a) & stems_a)


def _clause_denied(a: Statement, b: Statement) -> bool:
    """One statement denies a clause the other asserts: of the word stems from a negation to the end of its clause
    (function words, negations and names left out, ``_negated_clauses``) DENIED_CLAUSE_SHARE or more, one at least,
    stand in the other statement, which negates none of them ("will not resume on Friday" / "will resume on Friday").
    A negation in a clause of other words ("в случай, че не бъде постигнато никакво споразумение и втората по
    големина икономика излезе от Съюза" beside a copy without that clause) denies nothing the other says. (Two
    statements that share little but a denied clause are mostly two facts in real stories: "Трамп перемагає Байдена
    у всіх шести ключових штатах" / "Байден не був визнаний переможцем у жодному з ключових штатів", "Zawrócić z
    brexitowej drogi nie chce 47 proc." / "47 proc. nadal chce opuścić UE".)"""
    for denier, asserter in ((a, b), (b, a)):
        stems = stems_of(asserter.text) - _negated_stems(asserter)
        for clause in _negated_clauses(denier):
            asserted = len(clause & stems)
            if asserted and asserted >= DENIED_CLAUSE_SHARE * len(clause):
                return True
    return False


@_per_statement
def _affirmed(statement: Statement) -> str:
    """The statement's text with the negations that deny nothing blanked (``cues.affirmed``), once per statement."""
    return affirmed(statement.text, statement.language)


@_per_statement
def _negated_clauses(statement: Statement) -> list[frozenset[str]]:
    """The word stems of each clause a negation opens, from the word after it to the clause's end (``_denied``),
    function words, negations and (where only names are capitalised) names left out: names tie two facts about the
    same people ("ни отставка Дэвида Дэвиса" / "прокомментировал отставку … Дэвида Дэвиса")."""
    text, language = _affirmed(statement), statement.language
    names = set() if nouns_capitalised(language) else _name_words(statement)
    clauses = []
    for start, end in _denied(text, language):
        words = [w for w in text[start:end].split()[1:] if not is_negated(w, language)]
        clauses.append(frozenset(stems_of(" ".join(words)) - _function_words(language) - names))
    return clauses


@_per_statement
def _negated_stems(statement: Statement) -> set[str]:
    """Stems of the words a negation denies: the first word after it, within NEGATION_SCOPE words, that is no
    negation, no auxiliary and has a stem ("nie usłyszał jeszcze żadnych zarzutów", "has not yet been charged").
    The words after that one are not denied: "Sondaże nie przewidziały tu wygranej Trumpa" does not deny that Trump
    won, "не ранее, чем через 2-4 недели" not the weeks, "не вистачає 6 голосів" not the votes."""
    words, language = _affirmed(statement).split(), statement.language
    denied = set()
    for k, word in enumerate(words):
        if not is_negated(word, language):
            continue
        for following in words[k + 1: k + 1 + NEGATION_SCOPE]:
            stems = stems_of(following)
            if stems and not is_negated(following, language) and not auxiliaries(language).fullmatch(following.strip(_PUNCTUATION).lower()):
                denied |= stems
                break
    return denied


_PUNCTUATION = ".,;:!?\"'«»„“”()"


def _shared_share(a: Statement, b: Statement) -> float:
    """Share of all the fact words of two statements that both have (a long sentence and a short one share little):
    their word stems less names and function words, which tie two facts about the same people ("Туск прокомментировал
    отставку Дэвиса" / "Туск отметил, что проблему не разрешит ни уход Джонсона, ни отставка Дэвиса")."""
    stems_a, stems_b = _polarity_stems(a), _polarity_stems(b)
    return len(stems_a & stems_b) / max(1, len(stems_a | stems_b))


@_per_statement
def _polarity_stems(statement: Statement) -> set[str]:
    """The statement's word stems less function words and, where only names are capitalised, names."""
    stems = stems_of(statement.text) - _function_words(statement.language)
    return stems if nouns_capitalised(statement.language) else stems - _name_words(statement)


def _overlap(a: Statement, b: Statement) -> float:
    stems_a, stems_b = stems_of(a.text), stems_of(b.text)
    return len(stems_a & stems_b) / max(1, min(len(stems_a), len(stems_b)))


def _apart(values_a, values_b, same) -> tuple[list, list] | None:
    """Each side's values the other has no match for, when both have some; None otherwise."""
    only_a = [x for x in values_a if not any(same(x, y) for y in values_b)]
    only_b = [y for y in values_b if not any(same(x, y) for x in values_a)]
    return (only_a, only_b) if only_a and only_b else None


def _same_quantity(x: float, y: float) -> bool:
    return abs(x - y) <= SAME_QUANTITY * max(abs(x), abs(y))


def _numbers(a: Statement, b: Statement, overlap: float = 1.0, one_fact: bool = False) -> Dispute | None:
    """A quantity of one side and a different one of the other that count the same thing (see ``_counterparts``),
    of one order of magnitude (3 and $76m are two facts), neither a floor the other stays above."""
    pairs = _counterparts(a, b, overlap, one_fact)
    required = (_required(a), _required(b)) if pairs else ((), ())
    for x, y in pairs:
        if x <= 0 or y <= 0 or max(x, y) / min(x, y) > MAX_QUANTITY_RATIO or x in required[0] or y in required[1]:
            continue  # two orders of magnitude; a requirement ("270 needed to win") against an account
        if (_estimate(a) or _estimate(b)) and abs(x - y) <= APPROXIMATE_SPREAD * max(x, y):
            continue  # an estimate and a value this close agree
        if _counted_apart(a, b, x, y):
            continue
        floor_below = (a.lower_bound and x < y) or (b.lower_bound and y < x)
        ceilings = _ceiling(a), _ceiling(b)
        ceiling_above = (ceilings[0] and x > y) or (ceilings[1] and y > x)
        if (floor_below or ceiling_above or (a.lower_bound and b.lower_bound) or all(ceilings) or _calendar_differs(a, b)
                or _provisional(a) or _provisional(b) or _places_apart(a, b) or _capital_and_place(a, b)):
            # "at least 2" and "7" agree, as "more than 30 million" and "more than 90 million" do, and "poniżej 36
            # procent" and "28 procent"; counts of two different days or places ("Wisconsin, 10 votes" /
            # "Illinois gave 20 votes") are two facts, and a running count ("na razie 220") one snapshot of many.
            return None
        return Dispute("number", (f"{x:g}", f"{y:g}"))
    return None


def _counted_apart(a: Statement, b: Statement, x: float, y: float) -> bool:
    """Two percentages of two things, which the first word after each tells, both in one language ("40 proc. naszego
    eksportu" / "60 proc. niemieckiego eksportu"): parallel facts, not two accounts of one. A percentage that ends
    its clause tells nothing more. (After a count of a noun come other words of one fact: "costó la vida a 43
    personas y causó 47 heridos" / "a 34 personas y provocó heridas a otras 47".)"""
    if a.language != b.language or not _unit_of(a, x) == _unit_of(b, y) == "percent":
        return False
    after_a, after_b = _counted_word(a, x), _counted_word(b, y)
    return bool(after_a and after_b and after_a != after_b)


def _counted_word(statement: Statement, value: float) -> str | None:
    """The stem of the first content word after a quantity (``words_after``), or None; a function word, a word of
    two or three letters and a number word pass."""
    words = _words_after(statement).get(value) or []
    skipped = _function_words(statement.language)
    for word in words:
        stems = stems_of(word)
        if stems and not stems & skipped and word.lower() not in number_words(statement.language):
            return next(iter(stems))
    return None


def _unit_of(statement: Statement, value: float) -> str | None:
    return next((u for x, u in _amounts(statement) if x == value), None)


@_per_statement
def _words_after(statement: Statement) -> dict[float, list[str]]:
    return words_after(statement.text, statement.language)


def _two_occasions(a: Statement, b: Statement) -> bool:
    """Each statement gives two figures or more and they share none: two occasions told alike (the counts of two
    days, two votes: "V Rusku přibylo 24.150 infikovaných, na Ukrajině 4576" / "V Rusku přibylo 26.301 infikovaných,
    na Ukrajině 5038"; "potrdili s 311 glasovi proti 293" / "glasovalo 322, proti pa 306"), not one account with a
    value changed. A sum and the same sum in another currency change together: "35,1 Milliarden Yen (gut 300 Mio
    Euro)" / "53,1 Milliarden Yen (gut 450 Mio Euro)" stays one account."""
    if len(a.numbers) < 2 or len(b.numbers) < 2 or any(u and u.startswith("currency:") for _, u in _amounts(a) + _amounts(b)):
        return False
    return not a.numbers & b.numbers  # written figures, each exact: "311" and "306" are two


def _counterparts(a: Statement, b: Statement, overlap: float = 1.0, one_fact: bool = False) -> list[tuple[float, float]]:
    """Pairs of different quantities, one of each side, that count the same thing.

    Quantities both sides give are set aside. A quantity pairs with the only one of the other side in
    the same currency or percentage, or (within one language) counting the same word ("43 personas" / "34
    personas"); sums in two different currencies are not compared. What is left pairs when one quantity is
    left on each side, neither counting another thing than the other; counts of two nouns (or in two languages) only
    when the link says one fact and they are close (``_close``: "157 Toten" / "149 Opfer", not "ocho exresponsables" /
    "tres archivos"). Below SAME_LANGUAGE_MIN_OVERLAP of
    shared wording (``overlap``) only a clean substitution of sums or percentages ties two quantities.
    """
    counts = overlap >= SAME_LANGUAGE_MIN_OVERLAP
    values_a, values_b = _amounts(a), _amounts(b)
    only_a = [(x, u) for x, u in values_a if not any(_same_quantity(x, y) for y, _ in values_b)]
    only_b = [(y, u) for y, u in values_b if not any(_same_quantity(x, y) for x, _ in values_a)]
    pairs = []
    for x, unit in list(only_a):
        if not unit or unit.startswith("word:") and (a.language != b.language or not counts):
            continue
        partners = [(y, u) for y, u in only_b if u == unit]
        if len(partners) == 1 and sum(1 for _, v in only_a if v == unit) == 1:
            pairs.append((x, partners[0][0]))
            only_a.remove((x, unit))
            only_b.remove(partners[0])
    # A sum in a currency the other side does not give may be the same sum converted.
    currencies_a = {u for _, u in only_a if u and u.startswith("currency:")}
    currencies_b = {u for _, u in only_b if u and u.startswith("currency:")}
    if currencies_a and currencies_b:
        only_a = [(x, u) for x, u in only_a if u not in currencies_a]
        only_b = [(y, u) for y, u in only_b if u not in currencies_b]
    if len(only_a) == len(only_b) == 1 and counts and (
        not _other_units(only_a[0][1], only_b[0][1]) or one_fact and _close(only_a[0][0], only_b[0][0])
    ):
        pairs.append((only_a[0][0], only_b[0][0]))
    elif overlap < SAME_LANGUAGE_MIN_OVERLAP and (only_a or only_b):
        return []  # with little wording in common, only a clean substitution of values ties two quantities
    return pairs


def _close(x: float, y: float) -> bool:
    """Two counts close enough to be one count, named by two nouns: within MAX_OTHER_NOUN_RATIO of each other."""
    return x > 0 and y > 0 and max(x, y) / min(x, y) <= MAX_OTHER_NOUN_RATIO


def _other_units(unit_a: str | None, unit_b: str | None) -> bool:
    """Two quantities count different things ("16 штатах" / "десять голосов"; a percentage, a sum and a count);
    two nouns in two languages cannot be compared either."""
    return bool(unit_a and unit_b and unit_a != unit_b)


def _quantities_differ(a: Statement, b: Statement) -> bool:
    """Each side gives a quantity the other does not."""
    return _apart([x for x, _ in _amounts(a)], [y for y, _ in _amounts(b)], _same_quantity) is not None


@_per_statement
def _amounts(statement: Statement) -> list[tuple[float, str | None]]:
    """The statement's quantities (``numbers``: time expressions left out) with their units."""
    return sorted({(x, u) for x, u in amounts(statement.text, statement.language) if x in statement.numbers},
                  key=lambda item: (item[0], item[1] or ""))


@_per_statement
def _required(statement: Statement) -> set[float]:
    """The statement's quantities that it does not give as what happened: requirements (see ``_requirements``),
    quantities a negation denies (``_denied``: "nie wpłacił poręczenia w wysokości 500 tys. zł") and counts of what
    was named before (``_referred``: "У цих трьох штатах триває підрахунок" / "лідирує в чотирьох великих штатах")."""
    text, language = statement.text, statement.language
    every = {x for x, _ in amounts(text, language)}
    skipped = _requirements(text, language) + _denied(_affirmed(statement), language) + _referred(text, language)
    return every - {x for x, _ in amounts(text, language, skipped)}


def _referred(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of a demonstrative and the word after it ("цих трьох", "these three")."""
    spans = []
    for cue in demonstratives(language).finditer(text):
        following = re.match(r"\s+\S+", text[cue.end():])
        spans.append((cue.start(), cue.end() + (following.end() if following else 0)))
    return spans


# The end of a clause a negation reaches to.
_CLAUSE_END = re.compile(r"[,;:.!?](?:\s|$)")


def _denied(text: str, language: str) -> list[tuple[int, int]]:
    """Spans from a negation to the end of its clause (the next comma, colon, semicolon or full stop)."""
    spans = []
    for cue in negation(language).finditer(text):
        end = _CLAUSE_END.search(text, cue.end())
        spans.append((cue.start(), end.start() if end else len(text)))
    return spans


def _requirements(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of the words around a word of need (REQUIREMENT_REACH each side): a quantity there is what is
    required ("для победы нужно 270", "the 270 votes needed"), not what happened, so no account of the fact."""
    spans = []
    for cue in needed(language).finditer(text):
        before = list(re.finditer(r"\S+", text[: cue.start()]))[-REQUIREMENT_REACH:]
        after = list(re.finditer(r"\S+", text[cue.end():]))[:REQUIREMENT_REACH]
        spans.append((before[0].start() if before else cue.start(), cue.end() + (after[-1].end() if after else 0)))
    return spans


def _calendar_differs(a: Statement, b: Statement) -> bool:
    """The two statements date their counts differently: other days, other months ("im März 2808" / "im Mai
    3160"), other years, or one says it was earlier ("Wcześniej … 43,76 proc." / "38,94 proc.")."""
    for kinds in (("weekday", "day"), ("month",)):
        days_a = {k for k in a.calendar if k.startswith(kinds)}
        days_b = {k for k in b.calendar if k.startswith(kinds)}
        if days_a and days_b and not days_a & days_b:
            return True
    if a.years and b.years and not a.years & b.years:
        return True
    if a.dates and b.dates and not a.dates & b.dates:
        return True  # resolved days ("на сегодняшний день" / "на 14 января"): counts of two days
    return _earlier(a) != _earlier(b)


@_per_statement
def _ceiling(statement: Statement) -> bool:
    """The statement gives a quantity as a ceiling ("less than", "poniżej", "bis zu")."""
    return bool(upper_bound(statement.language).search(statement.text))


@_per_statement
def _estimate(statement: Statement) -> bool:
    """The statement gives a quantity as an estimate ("about", "примерно", "rund")."""
    return bool(approximate(statement.language).search(statement.text))


@_per_statement
def _provisional(statement: Statement) -> bool:
    """The statement gives its count as it stands so far ("na razie 220 głosów", "пока", "bisher")."""
    return bool(provisional(statement.language).search(statement.text))


@_per_statement
def _future(statement: Statement) -> bool:
    """The statement tells what will be ("will", "bo", "будет", "пройдёт"), not what was."""
    return tells_future(statement.text, statement.language)


@_per_statement
def _earlier(statement: Statement) -> bool:
    return bool(earlier(statement.language).search(statement.text))


def _dates(a: Statement, b: Statement, one_fact: bool = False) -> Dispute | None:
    """Different years, resolved days, days of a month, weekdays, months or clock times (each compared with its own kind).

    The two dates must stand among the same words ("die 2009 eröffnete Botschaft" / "die 2011 eröffnete
    Botschaft"; across languages the same names), and their clauses share a word: a long sentence dates several
    events ("sold in 2017" / "signed in 2014"; "została w 2010 roku skazana za bluźnierstwo" / "jako
    bluźnierstwo, doszło w roku 2009"). Each statement must say something besides its date and names ("Rizví byl zatčen v
    pátek", "The Guardian reported on Tuesday" date a report, not a fact).
    """
    if _quantities_differ(a, b):
        return None  # other dates and other counts: two events ("zwei Leichen am Montag" / "drei am Dienstag")
    if min(_fact_words(a), _fact_words(b)) < MIN_FACT_WORDS:
        return None
    spans_a, spans_b = _calendar_offsets(a), _calendar_offsets(b)
    kinds = [({k for k in spans_a if k.startswith("year")}, {k for k in spans_b if k.startswith("year")}), (a.dates, b.dates)]
    for kind in ("day", "weekday", "month", "clock"):
        kinds.append(({k for k in spans_a if k.startswith(kind)}, {k for k in spans_b if k.startswith(kind)}))
    for values_a, values_b in kinds:
        if len(values_a) == len(values_b) == 1 and not values_a & values_b:
            (x,), (y,) = values_a, values_b
            if x[4:] == y[4:] and x[:4] != y[:4] and x[:4].isdigit():
                continue  # one day of two years: a year inferred ("Jan 1"), written years are compared as years
            if _future(a) != _future(b) and (_by_weekday(spans_a) or _by_weekday(spans_b)):
                continue  # a weekday to come and one gone date two events ("V torek bo izšla" / "v četrtek objavil")
            at_a, at_b = _date_offsets(spans_a, x), _date_offsets(spans_b, y)
            if not (at_a and at_b and _as_precise(x, spans_a, spans_b)):
                continue
            if _future_clause(a, at_a) != _future_clause(b, at_b):
                continue  # an event to come and one gone are two ("8 октября пройдёт слушание" / "30 января состоялось слушание")
            if _continued(a, at_a) or _continued(b, at_b):
                continue  # a day of a matter that goes on against the day it began ("продолжают 1 ноября акции протеста")
            fronted = _fronted_main_clause(a, at_a, b, at_b)
            if fronted is None and not (_same_clause(a, at_a, b, at_b) and (one_fact or _same_context(a, at_a, b, at_b))):
                continue
            if fronted is not None and len(fronted) < FRONTED_SHARED_WORDS:
                continue
            if _dates_a_report(a, at_a) or _dates_a_report(b, at_b) or _capital_and_place(a, b):
                return None
            return Dispute("date", (x.removeprefix("year:"), y.removeprefix("year:")))
    return None


def _fronted_main_clause(a: Statement, offsets_a: list[int], b: Statement, offsets_b: list[int]) -> set[str] | None:
    """The stems two dated statements of one language share in the clauses their dates stand for, when a date is
    fronted (``_fronted``): it dates the whole rest of its statement, whose words stand far from it ("We wtorek, około
    godz. 19.40, policjanci zostali zaalarmowani o ataku mężczyzny na kierowcę busa" / "mężczyznę, który w środę
    zaatakował kierowcę busa"); None when neither date is fronted. Dates, function words and names are left out."""
    if a.language != b.language:
        return None
    rest_a, rest_b = _fronted(a, tuple(offsets_a)), _fronted(b, tuple(offsets_b))
    if rest_a is None and rest_b is None:
        return None
    stems_a = rest_a if rest_a is not None else _clause_stems(a, offsets_a)
    stems_b = rest_b if rest_b is not None else _clause_stems(b, offsets_b)
    left_out = _date_words(a) | _date_words(b) | _function_words(a.language) | _auxiliary_words(a) | _auxiliary_words(b)
    shared = (stems_a & stems_b) - left_out
    return shared if nouns_capitalised(a.language) else shared - _name_words(a) - _name_words(b)


@_per_statement
def _fronted(statement: Statement, offsets: tuple[int, ...]) -> set[str] | None:
    """The stems of what follows a date that opens its statement as a clause of its own, set off by a comma ("We
    wtorek, …", "On Tuesday, …", "Am Dienstag, …"): a fronted date dates the rest; None for any other date."""
    text = statement.text
    first = _CLAUSE_MARK.search(text)
    if first is None or not first.group(0).startswith(",") or any(at >= first.start() for at in offsets):
        return None
    if stems_of(text[: first.start()]) - _date_words(statement) - _function_words(statement.language):
        return None  # the clause says more than its date
    return set(stems_of(text[first.end():]))


def _by_weekday(spans: dict[str, list[int]]) -> bool:
    """The statement dates by a weekday, with no day of the month ("в понедельник", not "в понедельник, 9 июля")."""
    return any(k.startswith("weekday") for k in spans) and not any(k.startswith("day") for k in spans)


def _as_precise(key: str, spans_a: dict[str, list[int]], spans_b: dict[str, list[int]]) -> bool:
    """Both statements date as precisely: two months where one gives a day of its month are two steps of one matter
    ("С 18 января … началась вакцинация" / "в начале декабря распорядился начать вакцинацию"; "6 июля кабинет
    министров согласовал позицию" / "В июне основные направления были согласованы"), not one date twice."""
    return not key.startswith("month") or not any(k.startswith("day") for k in [*spans_a, *spans_b])


def _date_offsets(spans: dict[str, list[int]], value: str) -> list[int]:
    """Where a date stands in its statement: its own words, else (a day resolved from "w czwartek") those of the
    statement's days, weekdays and months; none for a date written in digits only ("15.06.2020"), whose words
    cannot be compared, so it is no dispute."""
    found = spans.get(value) or spans.get(_day_key(value))
    if found:
        return found
    return [at for key, ats in spans.items() if key.startswith(("day", "weekday", "month")) for at in ats]


def _dates_a_report(statement: Statement, offsets: list[int] | None) -> bool:
    """The date stands by a speech cue ("сообщает во вторник", "said on Monday"): when a source reported,
    which differs from source to source, not when the fact happened."""
    if not offsets or not statement.cues:
        return False
    words = list(re.finditer(r"\S+", statement.text))

    def indices(ats):
        return {n for n, w in enumerate(words) for at in ats if w.start() <= at < w.end()}

    # The whole date phrase ("в понедельник, 9 июля"): the calendar words next to the disputed one.
    date = indices(offsets)
    date |= {n for n in indices([a for ats in _calendar_offsets(statement).values() for a in ats])
             if any(abs(n - d) <= 2 for d in date)}
    cues = {n for n, w in enumerate(words) for s, e in statement.cues
            if w.start() < e - statement.start and s - statement.start < w.end()}
    return any(abs(i - c) <= REPORT_REACH for i in date for c in cues)


def _day_key(resolved: str) -> str:
    """The calendar key of a resolved date ("2020-11-04" -> "day:11-4"), to find it in the text."""
    parts = resolved.split("-")
    return f"day:{int(parts[1])}-{int(parts[2])}" if len(parts) == 3 and all(p.isdigit() for p in parts) else ""


# A numeric date just before a clock time makes it a timestamp ("12.03.2020, 10:32", "2020-03-12 10:32").
_NUMERIC_DATE_BEFORE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\W{0,3}$")
_CLOCK_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}")
_TIMESTAMP_MARKS = " \t\n|–-—•·"


@_per_statement
def _calendar_offsets(statement: Statement) -> dict[str, list[int]]:
    """Offsets of each calendar value in the statement; a clock time that opens or closes it, or follows a
    numeric date, is a timestamp of the page (a teaser "10:32 …"), not a time of the event."""
    text = statement.text
    offsets: dict[str, list[int]] = {}
    for key, at in calendar_spans(text, statement.language):
        if key.startswith("clock:"):
            before, after = text[:at], _CLOCK_TIME.sub("", text[at:], count=1)
            if not before.strip(_TIMESTAMP_MARKS) or not after.strip() or _NUMERIC_DATE_BEFORE.search(before):
                continue
        offsets.setdefault(key, []).append(at)
    return offsets


def _same_context(a: Statement, offsets_a: list[int], b: Statement, offsets_b: list[int], names_tie: bool = True) -> bool:
    """Whether the words around a value in one statement and around one in the other share a stem (dates, function
    words and auxiliaries left out, and with ``names_tie`` false names too, where only names are capitalised);
    across languages, a name."""
    names = a.language != b.language
    dates = _date_words(a, names) | _date_words(b, names) | _function_words(a.language) | _function_words(b.language)
    dates |= _auxiliary_words(a) | _auxiliary_words(b)
    if not (names or names_tie or nouns_capitalised(a.language)):
        dates |= _name_words(a) | _name_words(b)
    return bool((_words_at(a, offsets_a, CONTEXT_WORDS, names) & _words_at(b, offsets_b, CONTEXT_WORDS, names)) - dates)


@_per_statement
def _auxiliary_words(statement: Statement) -> set[str]:
    """Stems of the statement's auxiliary verbs ("byla", "беше"): they tie no two values to one fact ("byla
    odsouzena v roce 2010" / "byla zatčena v roce 2009": sentenced, arrested)."""
    pattern = auxiliaries(statement.language)
    return {stem for word in WORD.findall(statement.text) if pattern.fullmatch(word.lower()) for stem in stems_of(word)}


# What ends a clause: punctuation before a space or the end, and brackets; not the dot of an ordinal number of one
# or two digits ("am 3. Oktober", "3. października", "3. října"), which a year's or a figure's full stop is not.
_CLAUSE_MARK = re.compile(r"[,;:!?]+(?=\s|$)|(?:(?<!\d)|(?<=\d{3}))\.+(?=\s|$)|[()«»„“”\"]|\s[–—-]\s")


def _same_clause(a: Statement, offsets_a: list[int], b: Statement, offsets_b: list[int]) -> bool:
    """Two statements of one fact date it when the clauses of their dates share a word stem (dates and function
    words left out: "discovered the vandalism on Dec. 19" / "found by a caretaker … on Dec. 12" share "caretaker");
    across languages, where only names compare, when the statements share a name. A date in another clause than
    the words both share ("am 4. März vor Gericht erscheinen, weil sie … angegriffen haben soll" / "Im Dezember soll
    sie … attackiert haben") or in a dateline ("1 de enero (EFE)") dates another fact."""
    if a.language != b.language:
        return _names_in_common(a, b)
    dates = _date_words(a) | _date_words(b) | _function_words(a.language) | _auxiliary_words(a) | _auxiliary_words(b)
    shared = (_clause_stems(a, offsets_a) & _clause_stems(b, offsets_b)) - dates
    # Names are no shared fact where only names are capitalised ("skazana za bluźnierstwo przeciwko Mahometowi" /
    # "doszło w roku 2009, gdy Asia Bibi spytała, co Mahomet zrobił"); in German they are its nouns.
    return bool(shared if nouns_capitalised(a.language) else shared - _name_words(a) - _name_words(b))


def _clause_stems(statement: Statement, offsets: list[int]) -> set[str]:
    """Stems of the clause of each date (``_date_clauses``)."""
    return {stem for clause in _date_clauses(statement, offsets) for stem in stems_of(clause)}


def _future_clause(statement: Statement, offsets: list[int]) -> bool:
    """A clause of the date has a verb in the future tense (``future_tense``): the date is when something is to
    happen, not when it did, though the statement's other clause may tell what was ("сменит Дэвиса, который подал в
    отставку 9 июля"). Not the words of ``future``, which also set plans and modals ("hätte erscheinen sollen",
    "launched in October 2017 that will have travelled"): a day planned and a day held may be one event told twice."""
    return any(future_tense(clause, statement.language) for clause in _date_clauses(statement, offsets))


def _continued(statement: Statement, offsets: list[int]) -> bool:
    """A clause of the date tells that a matter goes on (``continued``): the date is one day of it, which agrees with
    another day it went on or began ("продолжают 1 ноября акции протеста" / "31 октября … вышли на массовые акции
    протеста")."""
    cue = continued(statement.language)
    return any(cue.search(clause) for clause in _date_clauses(statement, offsets))


def _date_clauses(statement: Statement, offsets: list[int]) -> list[str]:
    """The clause of each date, with the clause right after it that opens with "when" (``WHEN``: "с позднего
    вечера 8 июля, когда в отставку подал Дэвис")."""
    text = statement.text
    marks = [0] + [m.end() for m in _CLAUSE_MARK.finditer(text)] + [len(text)]
    when = when_word(statement.language)
    clauses = []
    for at in offsets:
        start = max(m for m in marks if m <= at)
        end = min((m for m in marks if m > at), default=len(text))
        if when.match(text, end) or when.match(text, end + 1):
            end = min((m for m in marks if m > end), default=len(text))
        clauses.append(text[start:end])
    return clauses


def _words_at(statement: Statement, offsets: list[int], reach: int, names: bool = False) -> set[str]:
    """Stems of the words (or only the capitalised ones, folded across scripts) within ``reach`` words of those
    at ``offsets`` (reach 0: those words themselves)."""
    words = list(re.finditer(r"\S+", statement.text))
    found = set()
    for at in offsets:
        k = next((n for n, w in enumerate(words) if w.start() <= at < w.end()), None)
        if k is None:
            continue
        window = " ".join(w.group(0) for w in words[max(0, k - reach): k + reach + 1])
        found |= {fold(w)[:STEM] for w in WORD.findall(window) if w[:1].isupper()} if names else stems_of(window)
    return found


@_per_statement
def _date_words(statement: Statement, names: bool = False) -> set[str]:
    """Stems of a statement's date words and of the year words beside them ("2020 года", "w 2010 roku")."""
    offsets = [at for ats in _calendar_offsets(statement).values() for at in ats]
    prefixes = _year_word_prefixes(statement.language)
    beside = {stem for stem in _words_at(statement, offsets, 1) if fold(stem).startswith(tuple(prefixes))}
    return _words_at(statement, offsets, 0, names) | beside


@cache
def _function_words(language: str) -> frozenset[str]:
    """Stems of the language's function words ("през", "около", "with"): no shared context."""
    from rashomon.languages import value

    return frozenset(stems_of(" ".join(value(language, "names", "STOPWORDS", frozenset()))))


@cache
def _year_word_prefixes(language: str) -> frozenset[str]:
    """The first letters of the language's words for "year" (CLDR: "год", "года", "лет"; "rok", "lat")."""
    from babel import UnknownLocaleError
    from babel.units import format_unit

    try:
        forms = [format_unit(count, "duration-year", locale=language) for count in (1, 2, 5)]
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    return frozenset(fold(word)[:3] for form in forms for word in WORD.findall(form) if len(fold(word)) >= 2)


@_per_statement
def _fact_words(statement: Statement) -> int:
    """How many of a statement's word stems are neither dates nor names."""
    return len(stems_of(statement.text) - _date_words(statement) - _name_words(statement))


@_per_statement
def _name_words(statement: Statement) -> set[str]:
    """Stems of the statement's capitalised words after its first, which any sentence capitalises ("Встреча
    министров прошла 3 февраля"); where every noun is capitalised (German), all of them: its nouns do not tell
    a fact of its own ("Die EZB setzte den Referenzkurs auf 1,1193 (Dienstag: 1,1234) Dollar fest")."""
    first = 0 if nouns_capitalised(statement.language) else 1
    return {fold(m.group(0))[:STEM] for k, m in enumerate(WORD.finditer(statement.text)) if k >= first and m.group(0)[:1].isupper()}


def _places(a: Statement, b: Statement) -> Dispute | None:
    """Places each side names that the other does not, one against one, or all of them two against two
    ("in China and Malaysia" / "in Japan and Thailand"); a city and its country are no alternatives. Each pair
    must stand among the same words ("un incendio en un mercado de Ocosingo" / "en Palenque Un incendio"), as
    dates must: "il regalo di Natale" is no place where "la costa di Orange County" is."""
    pairs = _places_apart(a, b)
    if not pairs and not _quantities_differ(a, b):
        return _directions(a, b) or _venues(a, b)
    if not pairs or _quantities_differ(a, b):
        return None  # other places and other counts ("Wisconsin, 10 votes" / "Illinois, 20 votes"): two facts
    if not all(_same_context(a, _offsets(a.text, x), b, _offsets(b.text, y), names_tie=False) for x, y in pairs):
        return None  # names around two places tie no fact: "pomoc Británii, USA a Kanadu" / "z Británie do Pákistánu"
    return Dispute("place", (", ".join(x for x, _ in pairs), ", ".join(y for _, y in pairs)))


def _directions(a: Statement, b: Statement) -> Dispute | None:
    """One compass direction on each side, another one, among the same words ("südöstlich der Hauptstadt Addis
    Abeba" / "nordwestlich der Hauptstadt Addis Abeba")."""
    found_a, found_b = _direction(a), _direction(b)
    if not (found_a and found_b) or found_a[0] == found_b[0]:
        return None
    if not _same_context(a, [found_a[1].start()], b, [found_b[1].start()]):
        return None
    return Dispute("place", (found_a[1].group(0), found_b[1].group(0)))


def _venues(a: Statement, b: Statement) -> Dispute | None:
    """One venue by a common noun on each side, another one, among the same words besides names ("died on Monday at his
    home in Manhattan" / "died Dec. 30 at a hospital in Manhattan"), in one language; a statement that gives both
    (treated in hospital, died at home) gives neither."""
    found_a, found_b = _venue(a), _venue(b)
    if not (found_a and found_b) or found_a[0] == found_b[0] or a.language != b.language:
        return None
    around = _words_at(a, [found_a[1].start()], CONTEXT_WORDS) & _words_at(b, [found_b[1].start()], CONTEXT_WORDS)
    names = set() if nouns_capitalised(a.language) else _name_words(a) | _name_words(b)
    if not around - _function_words(a.language) - names - _date_words(a) - _date_words(b):
        # the same place or day is no same fact: "died at his home in Manhattan" / "treated at a hospital in
        # Manhattan", "at home on Sunday" / "in hospital on Sunday"
        return None
    return Dispute("place", (found_a[1].group(0), found_b[1].group(0)))


@_per_statement
def _venue(statement: Statement) -> tuple[str, re.Match] | None:
    """The statement's only kind of venue and where it stands, or None."""
    found = [(kind, match) for kind, pattern in venues(statement.language) for match in pattern.finditer(statement.text)]
    return found[0] if len({kind for kind, _ in found}) == 1 else None


@_per_statement
def _direction(statement: Statement) -> tuple[str, re.Match] | None:
    """The statement's only compass direction (its point and where it stands), or None."""
    found = []
    for point, pattern in directions(statement.language):
        found += [(point, match) for match in pattern.finditer(statement.text)
                  if not any(m.start() <= match.start() < m.end() for _, m in found)]
    return found[0] if len({point for point, _ in found}) == 1 else None


def _offsets(text: str, name: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(name), text)]


def _places_apart(a: Statement, b: Statement) -> list[tuple[str, str]]:
    """The (name, name) pairs of places one side names instead of the other's, or an empty list."""
    places_a, places_b = _place_names(a, b), _place_names(b, a)
    apart = _apart(sorted(places_a), sorted(places_b), anchors_match)
    if not apart or len(apart[0]) != len(apart[1]) or len(apart[0]) > MAX_PLACES_REPLACED:
        return []
    if len(apart[0]) > 1 and len(apart[0]) < max(len(places_a), len(places_b)):
        return []  # several places apart are a dispute only when no place is shared
    if _shared_town(a, b):
        return []  # beside a town both name, each side adds a detail ("тюрьму в городе Мултан в провинции Перждаб" /
        # "из тюрьмы в городе Мултан в аэропорт Исламабада"); a shared country leaves room for two towns in it
    pairs = list(zip(apart[0], apart[1]))
    if not all(_alternative_places(a, b, places_a[x], places_b[y], x, y) for x, y in pairs):
        return []
    return [(places_a[x], places_b[y]) for x, y in pairs]


def _shared_town(a: Statement, b: Statement) -> bool:
    """Both statements name one place, linked to one entity, that is no country."""
    names_a = {anchor: a.text[s - a.start: e - a.start] for (s, e), anchor in a.places if anchor.startswith("e:")}
    return any(anchor in names_a and not is_country(names_a[anchor]) for _, anchor in b.places)


def _capital_and_place(a: Statement, b: Statement) -> bool:
    """One side sets its fact only in "the capital", the other in a named place: as far as the words tell, two places
    ("вакцинация … в столице" с 5 декабря / "в Казахстане с 1 февраля")."""
    return any(capital(s.language).search(s.text) and not _place_names(s, o) and _place_names(o, s) for s, o in ((a, b), (b, a)))


def _place_names(statement: Statement, other: Statement) -> dict[str, str]:
    """{folded stem: name} of the places where the statement says something happened: its places and the
    capitalised names in a place slot (``_slotted_names``), less the places that stand in no slot (a dateline
    "BOSTON –", "Americans are", a headline's "Face Same Civil Rights"), those in one name with a person or a body
    ("Азию Биби", "Samaa TV") and those whose entity the other statement names too (the linker's "Соединенное
    Королевство" is "Великобритания")."""
    slotted, in_names = _slotted_names(statement), _in_names(statement)
    names = {fold(name)[:STEM]: name for at, name in slotted.items() if at not in in_names}
    for (s, e), anchor in statement.places:
        at, name = s - statement.start, statement.text[s - statement.start: e - statement.start]
        if at not in in_names and (at in slotted or _in_running_text(statement.text, at, name)):
            names.setdefault(fold(name)[:STEM], name)
    linked = {fold(statement.text[s - statement.start: e - statement.start])[:STEM]
              for (s, e), anchor in statement.places if anchor.startswith("e:") and anchor in other.anchors}
    regions = {fold(name)[:STEM] for name in _regions(statement).values()}
    return {stem: name for stem, name in names.items()
            if stem not in linked | regions and _cyrillic(name) == _cyrillic_text(statement)}


# A letter of the Cyrillic script.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _cyrillic(text: str) -> bool:
    """Most of the letters of ``text`` are Cyrillic. A place written in another script than its statement is a
    foreign body's own name ("съобщава радио Vaticana"): a text writes the places it tells of in its own script."""
    letters = [c for c in text if c.isalpha()]
    return 2 * sum(1 for c in letters if _CYRILLIC.match(c)) > len(letters)


@_per_statement
def _cyrillic_text(statement: Statement) -> bool:
    return _cyrillic(statement.text)


@_per_statement
def _in_names(statement: Statement) -> set[int]:
    """Offsets of the capitalised words that are part of a name of a body or a person: a word the tagger typed a
    body ("в Тwitter", "из Евросоюза"), or one in a run of capitalised words with another word it typed a person or
    a body ("Азию Биби", "Доминика Рааба", "Samaa TV"). A word typed a person on its own may be a town the tagger
    does not know ("de Ocosingo")."""
    names = [(s - statement.start, e - statement.start, kind) for s, e, kind in statement.names]
    text, found = statement.text, set()
    for run_start, run_end in _capitalised_runs(text):
        held = [(s, e, kind) for s, e, kind in names if s < run_end and run_start < e]
        for word in WORD.finditer(text, run_start, run_end):
            if any(kind == "ORG" or not (s < word.end() and word.start() < e) for s, e, kind in held):
                found.add(word.start())
    return found


def _in_running_text(text: str, at: int, name: str) -> bool:
    """A known place inside a sentence: not its first word, not in capitals ("BOSTON –", a dateline), not in a run
    of capitalised words (a headline's "Face Same Civil Rights"), not the region after a place and a comma."""
    before = text[:at].rstrip()
    if not before or name.isupper():
        return False
    previous = WORD.findall(before[-40:])
    if before[-1] == ",":
        return not (previous and previous[-1][:1].isupper())  # the region of the place before ("Vail, Colorado")
    return before[-1] in ";:" or bool(previous) and not previous[-1][:1].isupper()


# What stands between a place and its region ("Ocosingo, Chiapas"), and after a region that is no region but
# the owner of what follows ("Erdogan, Turkey's president").
_REGION = re.compile(r"\s*,\s*")
_REGION_OWNER = re.compile(r"['’]s?\b")
# What may stand between a slotted place and the next one of a list ("in China und Malaysia").
_PLACE_LIST = re.compile(r"\s+(?:and|und|y|et|e|i|и|і|та|oraz|sowie)\s+", re.IGNORECASE)


@_per_statement
def _slotted_names(statement: Statement) -> dict[int, str]:
    """{offset in the statement: name} of the capitalised names that stand right after a locative word ("in
    Palenque", "w Chorzowie", "près de Lyon"), after such a name and a list word ("in China und Malaysia"), or
    before a comma and a known place, their region ("un mercado de Ocosingo, Chiapas"). A name after a comma is
    the region of the name before it ("Vail, Colorado"): not a place of its own. Calendar words ("in January")
    and words in capitals (a dateline "BOSTON") are no places."""
    text, slot = statement.text, place_slot(statement.language)
    calendar_at = {at for ats in _calendar_offsets(statement).values() for at in ats}
    places_at = {s - statement.start for (s, _), _ in statement.places}
    capitalised_nouns = nouns_capitalised(statement.language)
    runs, regions = _capitalised_runs(text), _regions(statement)
    known = {start for start, end in runs if start in places_at or is_place(text[start:end].split()[0])}
    found: dict[int, str] = {}
    last_end = None  # where the last slotted name ends
    for k, (start, end) in enumerate(runs):
        if start in calendar_at or text[start:end].isupper() or capitalised_nouns and start not in known:
            last_end = None  # in German "bei Blaumeisen", "im DFB-Pokal" are nouns: only known places count
            continue
        listed = last_end is not None and _PLACE_LIST.fullmatch(text[last_end:start])
        if slot.search(text[:start]) or listed or k + 1 < len(runs) and runs[k + 1][0] in regions:
            found[start] = " ".join(text[start:end].split()[:MAX_PLACE_WORDS])
            last_end = end
        else:
            last_end = None
    return found


@_per_statement
def _regions(statement: Statement) -> dict[int, str]:
    """{offset: name} of the known places a statement names after another name and a comma: the region of that
    place ("Ocosingo, Chiapas", "Vail, Colorado"), not one of its own; not an owner ("Erdogan, Turkey's")."""
    text = statement.text
    places_at = {s - statement.start for (s, _), _ in statement.places}
    runs = _capitalised_runs(text)
    return {
        start: text[start:end]
        for (_, before_end), (start, end) in zip(runs, runs[1:])
        if (start in places_at or is_place(text[start:end].split()[0]))
        and _REGION.fullmatch(text[before_end:start]) and not _REGION_OWNER.match(text, end)
    }


def _capitalised_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words apart only by spaces ("Park City", "Addis Abeba"); a word of
    two letters opens a run of its own: an article that opens a sentence run on from a headline ("en Palenque Un
    incendio")."""
    runs: list[list[int]] = []
    for match in WORD.finditer(text):
        if not match.group(0)[:1].isupper():
            continue
        joins = len(match.group(0)) > 2 or match.group(0).isupper()
        if runs and joins and not text[runs[-1][1]: match.start()].strip():
            runs[-1][1] = match.end()
        else:
            runs.append([match.start(), match.end()])
    return [(start, end) for start, end in runs]


def _alternative_places(a: Statement, b: Statement, name_a: str, name_b: str, x: str, y: str) -> bool:
    """Two place names that cannot both be where the fact happened (neither names the other nor holds a word of it,
    both cities or both countries): "Азія" (a person's name read as a place) is no alternative to "Південній Азії"."""
    if _mentions(b, x, a.language) or _mentions(a, y, b.language) or is_country(name_a) != is_country(name_b):
        return False
    if _names_in_any_form(b, name_a) or _names_in_any_form(a, name_b):
        return False  # "do nowej fabryki w mieście Nitra" names the place of "Nowy zakład w Nitrze"
    if any(_one_word(u, v) for u in WORD.findall(name_a) for v in WORD.findall(name_b)):
        return False
    if a.language != b.language and not (is_place(name_a) and is_place(name_b)):
        return False  # across scripts a name's spelling drifts (Mohameda / Мохаммеда): only known places count
    if _known_place(a, name_a) != _known_place(b, name_b):
        # A place no gazetteer knows may lie in the known one ("Ocosingo" in the state of "Chiapas"), unless its region
        # is another region of the known one's rank ("Vail, Colorado" / "Utah").
        region = _region_of(a, name_a) if _known_place(b, name_b) else _region_of(b, name_b)
        known = name_b if _known_place(b, name_b) else name_a
        return bool(region and rank(region) and rank(region) == rank(known)
                    and not any(_one_word(u, v) for u in WORD.findall(region) for v in WORD.findall(known)))
    # A long "place" is a misread phrase; an abbreviation ("U.S.") is too short to compare.
    return max(len(name_a.split()), len(name_b.split())) <= MAX_PLACE_WORDS and min(len(x), len(y)) >= 4


def _names_in_any_form(statement: Statement, name: str) -> bool:
    """The statement writes a word of the place ``name`` capitalised, in another case form, also where it stands in no
    place slot ("w mieście Nitra" / "w Nitrze"), so it names that place too. A case form keeps all of the shorter
    word's letters but its last, four at least ("Nitr-a", "Nitr-ze"); "Palenque" is no form of "Palestina"."""
    words = [fold(w) for w in WORD.findall(statement.text) if w[:1].isupper()]
    for u in map(fold, WORD.findall(name)):
        for v in words:
            shorter, longer = sorted((u, v), key=len)
            if len(shorter) > _MIN_FORM_STEM and longer.startswith(shorter[:-1]):
                return True
    return False


# Letters a word keeps in all its case forms, at the fewest ("Nitr").
_MIN_FORM_STEM = 4


def _region_of(statement: Statement, name: str) -> str | None:
    """The region the statement names after a place and a comma ("Vail, Colorado"), or None."""
    at = statement.text.find(name)
    if at < 0:
        return None
    after = at + len(name)
    return next((region for offset, region in _regions(statement).items()
                 if offset > after and _REGION.fullmatch(statement.text[after:offset])), None)


def _known_place(statement: Statement, name: str) -> bool:
    """A place the entity linker or the gazetteer knows, not only a name in a place slot."""
    known = {statement.text[s - statement.start: e - statement.start] for (s, e), _ in statement.places}
    return name in known or is_place(name)


def _one_word(u: str, v: str) -> bool:
    """Two written words that are forms of one name: the same first four letters, or the shorter (three letters
    or more) opening the longer ("Азія" / "Азії", "York" / "Yorku")."""
    u, v = sorted((fold(u), fold(v)), key=len)
    return len(u) >= 3 and (v.startswith(u) or len(u) >= 4 and u[:4] == v[:4] or _transposed(u, v))


def _transposed(u: str, v: str) -> bool:
    """One word written with two neighbouring letters swapped ("Evorpi" / "Evropi"), the first kept."""
    apart = [k for k in range(len(u)) if len(u) == len(v) and u[k] != v[k]]
    return len(apart) == 2 and apart[0] > 0 and apart[1] == apart[0] + 1 and u[apart[0]] == v[apart[1]] and u[apart[1]] == v[apart[0]]


def _mentions(statement: Statement, anchor: str, language: str) -> bool:
    """The statement names ``anchor`` (a place's stem in ``language``): in its own language by the same stem
    ("Palestina" is not "Palenque"), across languages also by one spelled a letter apart (Tramp / Trump)."""
    if statement.language == language:
        return anchor in statement.anchors
    return any(anchors_match(anchor, other) for other in statement.anchors)


def _speakers(a: Statement, b: Statement) -> Dispute | None:
    """Two different named speakers ("Philippe Close" / "Jesse O'Donaghey"), resolved to different entities.

    A description ("a caretaker", "the minister", "he") may name either, and one
    person is often written two ways, so both must give a full name (two or more
    capitalised words: "its national chairman, Uche Secondus") of two surnames.
    """
    if not (a.speaker and b.speaker and a.speaker_entity and b.speaker_entity and a.speaker_entity != b.speaker_entity):
        return None
    if f"e:{a.speaker_entity}" in b.anchors or f"e:{b.speaker_entity}" in a.anchors:
        return None  # the statement names the other's speaker itself ("Тереза Мей розповіла …", its quote "… Daily Mail")
    if a.speaker_type != "PER" or b.speaker_type != "PER":
        return None  # "a caretaker at Camp Miriam", "New Delhi": the phrase names no person
    name_a, name_b = _full_name(a.speaker, a.speaker_entity), _full_name(b.speaker, b.speaker_entity)
    if not (name_a and name_b):
        return None
    if _one_word(name_a.split()[-1], name_b.split()[-1]):
        return None  # one surname: one person written two ways ("Uche Secondus" / "Prince Uche Secondus")
    return Dispute("attribution", (name_a, name_b))


# Particles that may stand inside a name ("Ursula von der Leyen", "Juan de la Cruz").
_PARTICLES = frozenset("de da del della di la le van von der den du dos".split())
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")


def _full_name(speaker: str, entity: str) -> str | None:
    """The last run of two or more capitalised words in a speaker's phrase ("its chairman, Uche Secondus")
    that names its linked entity (shares a word with the entity's ID), no place ("New Delhi", "the North
    Korean leader": the quote's speaker was misread) and is no complement of a common noun ("a caretaker at
    Camp Miriam", "the head of Chancellor Merkel's party"), or None."""
    entity_stems = {fold(w)[:STEM] for w in re.split(r"[_\-]", entity.removeprefix("e_")) if w}
    tokens = _TOKEN.findall(speaker) + [","]
    runs, run, start = [], [], 0
    for k, token in enumerate(tokens):
        if token[:1].isupper() or (run and token in _PARTICLES):
            start = k if not run else start
            run.append(token)
            continue
        while run and not run[-1][:1].isupper():
            run.pop()
        named = sum(1 for word in run if word[:1].isupper()) >= 2 and {fold(w)[:STEM] for w in run} & entity_stems
        if named and not is_place(" ".join(run)) and not _complement(tokens[max(0, start - 2): start]):
            runs.append(" ".join(run))
        run = []
    return runs[-1] if runs else None


def _complement(before: list[str]) -> bool:
    """The two tokens before a name are a common noun and a short lowercase word: "caretaker at", "head of"."""
    return len(before) == 2 and all(w[:1].islower() for w in before) and len(before[1]) <= 3 < len(before[0])
