"""From cues to attributions: the speaker, the cue and the content of each quotation.

The text is cut into *units*: sentences, merged where a quotation runs across
them. Inside a unit the quotations are masked, so verbs inside them never act
as cues, and the unit is tokenised once. Each cue then looks for its speaker
(the noun phrase before it, or after it when the order is inverted: "…,” said
Ryabkov", "– зазначив він") and for its content (what follows it, or the
clause before it when the speaker and cue close the sentence). Quotations no
cue claimed are attached to the speaker of a neighbouring quotation, and
German sentences in the reported mood (Konjunktiv I) that follow an
attribution carry its speaker on as free indirect speech.

The result is a list of ``Attribution``: spans only; resolving speakers to
entities is done afterwards (speakers.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rashomon.analysis.quotes.lexicon import Lexicon, lexicon
from rashomon.languages import union
from rashomon.model import Sentence, Span

_MASK = "\x01"
_TOKEN = re.compile(r"\x01+|(?:\w\.){2,}|\w+(?:[’'\-&.]\w+)*|[^\w\s]")
# Titles and initials written with a full stop that ends no sentence ("Sen.", "Paul R.").
_ABBREVIATIONS = union("quotes", "ABBREVIATIONS") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DASHES = frozenset("–—-")
_SENTENCE_AFTER_QUOTE = re.compile(r"[.!?…][“”\"»«’']\s+[A-ZÄÖÜА-ЯІЇЄҐ0-9]")
_ENDS_IN_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z]|" + "|".join(sorted(_ABBREVIATIONS)) + r")\.$")
_CLAUSE_END = frozenset(".;!?")
# How many sentences on a speaker's reported-mood words may carry on without a new cue.
_FREE_INDIRECT_REACH = 5
# Word sets of every language's profile, read in any text: quotations and names cross languages.
_RELATIVE = union("quotes", "RELATIVES")
_TITLE_SMALL_WORDS = union("quotes", "TITLE_SMALL_WORDS")
_POSSESSIVES = union("quotes", "POSSESSIVES")
_COORDINATORS = union("quotes", "COORDINATORS")
_NAME_CONJUNCTIONS = union("quotes", "NAME_CONJUNCTIONS")  # "Lavrov and Rubio said"
_DETERMINERS = union("quotes", "DETERMINERS")
# Labels before a colon that do not name a speaker.
_NOT_SPEAKERS = union("quotes", "NOT_SPEAKERS")
_OBJECT_VERBS = union("quotes", "OBJECT_VERBS")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    is_quote: bool = False
    starts_line: bool = False
    is_word: bool = False


@dataclass
class Attribution:
    """One attribution before entity resolution; ``kind`` as in model.Quote."""

    start: int
    end: int
    kind: str
    cue: Span | None = None
    speaker: Span | None = None
    via: list[Span] = field(default_factory=list)


@dataclass
class _Cue:
    start: int
    end: int
    kind: str  # verb, according, participle, suffix, noun


@dataclass
class _Unit:
    start: int
    end: int
    tokens: list[Token]
    masked: str  # the unit's text with quotations masked (same length)
    paragraph: int
    cues: list[_Cue]


@dataclass
class _Reading:
    """What reading a text has found so far, unit by unit."""

    results: list[Attribution] = field(default_factory=list)
    consumed: set[tuple[int, int]] = field(default_factory=set)  # quotations already given to an attribution
    last_speaker: Attribution | None = None
    last_speaker_unit: int = -10


def find_attributions(
    text: str, sentences: list[Sentence], quotations: list[tuple[int, int]], lex: Lexicon
) -> list[Attribution]:
    quotations = _split_interrupted(text, quotations, lex)
    units = _units(text, sentences, quotations, lex)
    reading = _Reading()
    for index, unit in enumerate(units):
        found = _complete_deferred(_attribute_unit(text, unit, lex), units, index, reading.consumed)
        for attribution in found:
            reading.consumed.update((q.start, q.end) for q in _quotes_in(unit, attribution.start, attribution.end))
        _attach_unclaimed(text, unit, index, found, reading, lex)
        if not found and _carries_free_indirect(text, units, index, found, reading, lex):
            continue
        found.sort(key=lambda a: a.start)
        for attribution in found:
            if attribution.speaker is not None:
                reading.last_speaker, reading.last_speaker_unit = attribution, index
        reading.results.extend(found)
    return reading.results


def _complete_deferred(
    found: list[Attribution], units: list[_Unit], index: int, consumed: set[tuple[int, int]]
) -> list[Attribution]:
    """Give content to the attributions whose words stand in a neighbouring unit; drop those left empty."""
    # "X said:" ending one unit introduces the quotation opening the next.
    if found and found[-1].end <= found[-1].start and index + 1 < len(units):
        nxt = units[index + 1]
        if nxt.tokens and nxt.tokens[0].is_quote:
            found[-1].start, found[-1].end, found[-1].kind = nxt.tokens[0].start, nxt.tokens[0].end, "direct"
    for attribution in found:
        if attribution.kind == "anaphoric":
            # "Das erklärte General Winai": the content is the sentence before, up to the pronoun.
            attribution.start, attribution.kind = (
                (units[index - 1].start, "indirect") if index else (attribution.end, "indirect")
            )
        elif attribution.end <= attribution.start and index > 0:
            # "He said." after a unit that ended with a quotation.
            prev = units[index - 1].tokens
            quote = next((t for t in prev[-2:][::-1] if t.is_quote), None)
            if quote is not None and (quote.start, quote.end) not in consumed:
                attribution.start, attribution.end, attribution.kind = quote.start, quote.end, "direct"
    return [a for a in found if a.end > a.start]


def _attach_unclaimed(
    text: str, unit: _Unit, index: int, found: list[Attribution], reading: _Reading, lex: Lexicon
) -> None:
    """Quotations no cue claimed: continuations of a speaker, or words the sentence's subject said."""
    recent = (
        reading.last_speaker if reading.last_speaker is not None and index - reading.last_speaker_unit <= 2 else None
    )
    for token in unit.tokens:
        if not token.is_quote or (token.start, token.end) in reading.consumed:
            continue
        if not lex.known:
            if _sounds_spoken(token.text):  # a language without cues: the words, unattributed
                found.append(Attribution(token.start, token.end, "direct"))
                reading.consumed.add((token.start, token.end))
            continue
        owner = _continued_speaker(found, token) or (
            recent if recent is not None and _stands_alone(unit, token) else None
        )
        if owner is None and _sounds_spoken(token.text):
            # Words in quotation marks with no verb of saying: the sentence's subject, else the latest speaker,
            # said them.
            owner = _subject(text, unit, lex)
            if (
                (owner is None or owner.speaker.start >= token.start)
                and reading.last_speaker is not None
                and index - reading.last_speaker_unit <= 3
            ):
                owner = reading.last_speaker
        if owner is not None and owner.speaker is not None:
            # A continuation has the speaker of the quotation it continues, but not its cue.
            found.append(Attribution(token.start, token.end, "direct", None, owner.speaker, list(owner.via)))
            reading.consumed.add((token.start, token.end))


def _carries_free_indirect(
    text: str, units: list[_Unit], index: int, found: list[Attribution], reading: _Reading, lex: Lexicon
) -> bool:
    """A sentence in the reported mood after an attribution goes on with its speaker's words.

    Appends a free indirect attribution to ``found``, or returns True when the
    sentence extends the free indirect passage just before it.
    """
    speaker, unit = reading.last_speaker, units[index]
    if lex.reported_mood is None or speaker is None or index - reading.last_speaker_unit > _FREE_INDIRECT_REACH:
        return False
    if not lex.reported_mood.search(unit.masked) or unit.paragraph - units[reading.last_speaker_unit].paragraph > 1:
        return False
    end = _trim_end(text, unit.start, unit.end)
    previous = reading.results[-1] if reading.results else None
    if (
        previous is not None
        and previous.kind == "free_indirect"
        and previous.speaker is speaker.speaker
        and reading.last_speaker_unit == index - 1
    ):
        previous.end = end  # one passage of reported speech over consecutive sentences
        reading.last_speaker_unit = index
        return True
    found.append(Attribution(unit.start, end, "free_indirect", None, speaker.speaker, list(speaker.via)))
    return False


# --------------------------------------------------------------------------- units


def _split_interrupted(text: str, quotations: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Cut "“Part one, – заявила Анна Келлі. – Part two”" into its two parts around the narrator's words."""
    result = []
    for start, end in quotations:
        inner = text[start:end]
        match = re.search(r"[,!?…]\s+[–—-]\s+([^\n]{3,160}?[.,])\s+[–—-]\s+", inner)
        if match and lex.verbs.search(match.group(1)):
            result.append((start, start + match.start() + 1))
            result.append((start + match.end(), end))
        else:
            result.append((start, end))
    return result


def _units(text: str, sentences: list[Sentence], quotations: list[tuple[int, int]], lex: Lexicon) -> list[_Unit]:
    pieces, last = [], 0
    for s, e in quotations:
        pieces.append(text[last:s])
        pieces.append(_MASK * (e - s))
        last = e
    pieces.append(text[last:])
    masked = "".join(pieces)
    cues = _cues(masked, lex)
    cue_starts = [c.start for c in cues]
    spans: list[list[int]] = []
    q = 0
    for sentence in sentences:
        # Merge sentences a quotation runs across.
        while q < len(quotations) and quotations[q][1] <= sentence.start:
            q += 1
        crosses = (
            q < len(quotations) and spans and quotations[q][0] < spans[-1][1] and quotations[q][1] > sentence.start
        )
        # A sentence "ending" in a title or an initial ("Rep.", "Paul R.") was cut too early.
        cut_short = (
            spans
            and _ENDS_IN_ABBREVIATION.search(text, max(spans[-1][0], spans[-1][1] - 6), spans[-1][1])
            and "\n" not in text[spans[-1][1] : sentence.start]
        )
        if crosses or cut_short:
            spans[-1][1] = sentence.end
        else:
            spans.append([sentence.start, sentence.end])
        # A quotation closing its own sentence ("…Musik zu machen.“ Auf dem Konzert …") ends the unit.
        for match in _SENTENCE_AFTER_QUOTE.finditer(text, spans[-1][0], spans[-1][1]):
            if any(qe == match.start() + 2 for _, qe in quotations):
                spans[-1][1], rest_start = match.start() + 2, match.end() - 1
                spans.append([rest_start, sentence.end])
    units = []
    paragraph, previous_end, q = 0, 0, 0
    for start, end in spans:
        if "\n" in text[previous_end:start]:
            paragraph += 1
        previous_end = end
        while q < len(quotations) and quotations[q][0] < start:
            q += 1
        inside = []
        while q < len(quotations) and quotations[q][1] <= end:
            inside.append(quotations[q])
            q += 1
        unit_cues = cues[bisect.bisect_left(cue_starts, start) : bisect.bisect_left(cue_starts, end)]
        masked_text = masked[start:end]
        # Only units that may hold an attribution are tokenised.
        tokens = _tokenize(text, masked, start, end, inside) if unit_cues or inside or ":" in masked_text[:80] else []
        units.append(_Unit(start, end, tokens, masked_text, paragraph, unit_cues))
    return units


def _tokenize(text: str, masked: str, start: int, end: int, quotations: list[tuple[int, int]]) -> list[Token]:
    """The tokens of text[start:end]; each quotation inside is one token."""
    tokens = []
    previous_end = start
    for match in _TOKEN.finditer(masked, start, end):
        word, token_start = match.group(), match.start()
        if word[0] == _MASK:
            # Adjacent quotations are masked into one run; split them back.
            for qs, qe in quotations:
                if qs >= token_start and qe <= match.end():
                    tokens.append(Token(qs, qe, text[qs:qe], True))
        else:
            starts_line = masked.find("\n", previous_end, token_start) >= 0
            tokens.append(
                Token(token_start, match.end(), word, False, starts_line, word[0].isalnum() or word[0] == "_")
            )
        previous_end = match.end()
    return tokens


# --------------------------------------------------------------------------- one unit


def _cues(masked: str, lex: Lexicon) -> list[_Cue]:
    """Every cue in the masked text; where two overlap, the kind found first in this order wins."""
    found: list[_Cue] = []

    def add(matches, kind: str) -> None:
        taken = sorted((c.start, c.end) for c in found)
        for start, end in matches:
            i = bisect.bisect_left(taken, (end, end))
            if not (i and taken[i - 1][1] > start):
                found.append(_Cue(start, end, kind))

    for pattern, kind in (
        (lex.according_prefix, "according"),
        (lex.according_suffix, "suffix"),
        (lex.participles, "participle"),
        (lex.verbs, "verb"),
        (lex.nouns, "noun"),
    ):
        if pattern is not None:
            add(((m.start(), m.end()) for m in pattern.finditer(masked)), kind)
    if lex.past_before_that is not None:
        words = ((_word_start(masked, m.start()), m.start()) for m in lex.past_before_that.finditer(masked))
        add(((start, end) for start, end in words if masked[start].islower()), "verb")
    found.sort(key=lambda c: c.start)
    return found


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def _attribute_unit(text: str, unit: _Unit, lex: Lexicon) -> list[Attribution]:
    tokens = unit.tokens
    found: list[Attribution] = []
    claimed_until = unit.start
    headline = _headline(text, unit, lex) if ":" in unit.masked[:80] else None
    if headline is not None:
        found.append(headline)
        claimed_until = headline.end
    for cue in unit.cues:
        first = _index_at(tokens, cue.start)
        after = _index_at(tokens, cue.end)
        limit = claimed_until
        if cue.start < claimed_until and cue.kind != "participle":
            if _after_quotation(tokens, first, lex):
                # "X declared: “…,” she said.": the quotation belongs to the later cue.
                limit = found[-1].cue.end if found and found[-1].cue is not None else unit.start
            elif not _coordinated(tokens, first, lex):
                continue
        if cue.kind == "according":
            attribution = _according(text, unit, lex, cue, first, after)
        elif cue.kind == "suffix":
            attribution = _according_suffix(text, unit, lex, cue, first, after)
        elif cue.kind == "noun":
            attribution = _noun(text, unit, cue, first, after)
        elif cue.kind == "participle":
            attribution = _participle(
                text, unit, lex, cue, first, after, found[-1] if found else _subject(text, unit, lex)
            )
        else:
            attribution = _verb(text, unit, lex, cue, first, after, limit, found[-1] if found else None)
        if attribution is None:
            continue
        # A new attribution in the same unit ends the content of the one before ("…, adding that …").
        if found and found[-1].end > attribution.start and found[-1].start < attribution.start:
            cut = min(cue.start, attribution.start)
            if attribution.speaker is not None and found[-1].start < attribution.speaker.start < cue.start:
                cut = attribution.speaker.start
            found[-1].end = _trim_end(text, found[-1].start, _before_coordinator(tokens, cut, lex))
            if found[-1].end <= found[-1].start:
                found.pop()
        found.append(attribution)
        claimed_until = max(claimed_until, attribution.end, cue.end)
    for attribution in found:
        _classify(attribution, unit)
    return found


def _after_quotation(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """The cue's speaker follows a quotation: "“…,” she said", "“…,” said Ryabkov"."""
    i = _skip_between(tokens, first - 1, lex)
    start = _noun_phrase_left(tokens, i, lex, limit=6)
    before = start - 1
    if before >= 0 and tokens[before].text == ",":
        before -= 1
    return before >= 0 and tokens[before].is_quote


def _coordinated(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """ "… praised Rubio and said …": a second verb of the same subject."""
    i = _skip_between(tokens, first - 1, lex)
    if i >= 0 and tokens[i].text.lower() in _COORDINATORS:
        return True
    # "… asked for a photo and Clinton said, …": a new subject after the conjunction.
    start = _noun_phrase_left(tokens, i, lex, limit=4)
    return (
        0 < start <= i
        and tokens[start - 1].text.lower() in _COORDINATORS
        and (tokens[start].text[:1].isupper() or tokens[start].text.lower() in lex.pronouns)
    )


def _before_coordinator(tokens: list[Token], position: int, lex: Lexicon) -> int:
    """Move a cut back over "and"/"but" and commas that join the next attribution."""
    i = _index_at(tokens, position) - 1
    while i >= 0 and (
        tokens[i].text in ",;" or tokens[i].text.lower() in _COORDINATORS or tokens[i].text.lower() in lex.between
    ):
        position = tokens[i].start
        i -= 1
    return position


def _index_at(tokens: list[Token], position: int) -> int | None:
    for i, token in enumerate(tokens):
        if token.end > position:
            return i
    return len(tokens)


def _span(text: str, tokens: list[Token], first: int, last: int) -> Span | None:
    """Tokens first..last inclusive as a Span, or None when empty."""
    if first > last or first < 0 or last >= len(tokens):
        return None
    start, end = tokens[first].start, tokens[last].end
    return Span(start, end, text[start:end])


def _is_boundary(token: Token, lex: Lexicon) -> bool:
    if token.is_quote:
        return True
    if not token.is_word:
        return token.text not in "&’'/"
    word = token.text
    if word in lex.clause_openers or word in lex.not_in_phrase:
        return True
    if word.islower() and (_past_form(word, lex) or word in lex.speech_forms):
        return True  # a verb: "Swanson praised evangelist Franklin Graham"
    if word in lex.phrase_prepositions:
        return False  # "voters in six states said"
    return word.lower() in lex.boundaries


def _past_form(word: str, lex: Lexicon) -> bool:
    return bool(lex.past_suffix) and word.endswith(lex.past_suffix) and word not in lex.past_like_modifiers


def _noun_phrase_left(tokens: list[Token], last: int, lex: Lexicon, limit: int = 12) -> int:
    """Index of the first token of the noun phrase ending at ``last`` (last + 1 when there is none)."""
    i = last
    while i >= 0 and last - i < limit:
        token = tokens[i]
        if token.text == ".":
            if i > 0 and tokens[i - 1].text in _ABBREVIATIONS:
                i -= 1
                continue
            break
        if i < last and tokens[i + 1].starts_line:
            break
        if token.text == ")":
            # "Sen. Elizabeth Warren (D-MA) said": a parenthesis inside the phrase.
            opening = next((k for k in range(i - 1, max(-1, i - 8), -1) if tokens[k].text == "("), None)
            if opening is not None and opening > 0:
                i = opening - 1
                continue
            break
        if _is_boundary(token, lex):
            # "Lavrov and Rubio said": a conjunction between two names stays in the phrase.
            if (
                token.text.lower() in _NAME_CONJUNCTIONS
                and i > 0
                and tokens[i - 1].text[:1].isupper()
                and tokens[i + 1].text[:1].isupper()
            ):
                i -= 1
                continue
            break
        i -= 1
    return i + 1


def _noun_phrase_right(tokens: list[Token], first: int, lex: Lexicon, limit: int = 12) -> int:
    """Index of the last token of the noun phrase starting at ``first`` (first - 1 when there is none)."""
    i = first
    while i < len(tokens) and i - first < limit:
        token = tokens[i]
        if token.text == "." and i > 0 and tokens[i - 1].text in _ABBREVIATIONS:
            i += 1
            continue
        if _is_boundary(token, lex) or token.text.lower() in lex.complementizers or (i > first and token.starts_line):
            break
        i += 1
    return i - 1


def _skip_between(tokens: list[Token], i: int, lex: Lexicon) -> int:
    while (
        i >= 0
        and tokens[i].is_word
        and (
            tokens[i].text.lower() in lex.between
            or (bool(lex.adverb_suffix) and tokens[i].text.endswith(lex.adverb_suffix) and tokens[i].text.islower())
        )
    ):
        i -= 1
    return i


@dataclass
class _Speaker:
    """A cue's speaker, the parties it speaks through, and the tokens speaker and cue take together."""

    span: Span
    via: list[Span]
    group_start: int
    group_end: int


def _verb(
    text: str,
    unit: _Unit,
    lex: Lexicon,
    cue: _Cue,
    first: int,
    after: int,
    claimed_until: int,
    earlier: Attribution | None,
) -> Attribution | None:
    """A verb of saying: its speaker (before it, inverted after it, or the sentence before for an anaphor), then
    its content (the clause before the speaker, or what follows the cue)."""
    tokens = unit.tokens
    if _asked_question(tokens, first, lex):
        return _asked(text, tokens, first, after, lex)
    # "Jüttner hatte seine Position damit begründet": the speaker stands around the auxiliary, not the participle.
    anchor = _german_auxiliary(tokens, first, lex) if lex.inversion_after_adverbial else first
    end_of_left = _skip_between(tokens, anchor - 1, lex)
    if any(t.text.lower() in lex.passive_auxiliaries for t in tokens[end_of_left + 1 : first]):
        return None  # passive: "was told", "is expected"
    if end_of_left >= 1 and tokens[end_of_left].text.lower() in _RELATIVE:
        return _relative(text, unit, lex, cue, end_of_left, after)
    left_start = _skip_leading_date(tokens, _noun_phrase_left(tokens, end_of_left, lex), end_of_left)
    if _names_not_quotes(tokens, first, left_start, end_of_left, lex):
        return None  # "a program called Sandy Hook Promise" names, it does not quote
    before_cue = _span(text, tokens, left_start, end_of_left)
    if before_cue is not None and before_cue.start < claimed_until:
        return None
    inverted, right_first, right_last = _inverted_speaker(text, tokens, lex, first, anchor, after)
    cue_span = Span(cue.start, cue.end, text[cue.start : cue.end])
    if inverted is not None and _opens_with_anaphor(tokens, first, anchor, lex):
        return _anaphoric(text, unit, lex, cue_span, first, inverted, right_first)
    speaker = _speaker_before(text, unit, lex, before_cue, left_start, after, inverted is None, earlier)
    if inverted is not None and _prefers_inverted(tokens, lex, speaker, left_start, end_of_left):
        speaker = _inverted(text, tokens, lex, inverted, right_first, right_last, anchor, after)
    if speaker is None:
        return None
    return _content(text, unit, lex, cue_span, first, after, claimed_until, speaker)


def _asked_question(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """ "Asked whether …", "when asked about …": the cue puts a question, it does not quote."""
    if not lex.question_cue or tokens[first].text.lower() != lex.question_cue:
        return False
    return first == 0 or tokens[first - 1].text.lower() in lex.question_openers


def _names_not_quotes(tokens: list[Token], first: int, left_start: int, end_of_left: int, lex: Lexicon) -> bool:
    """ "a program called Sandy Hook Promise": a naming verb after an indefinite noun phrase."""
    if tokens[first].text.lower() not in lex.naming_verbs or left_start > end_of_left:
        return False
    return tokens[left_start].text.lower() in lex.indefinite_articles


def _inverted_speaker(
    text: str, tokens: list[Token], lex: Lexicon, first: int, anchor: int, after: int
) -> tuple[Span | None, int, int]:
    """The speaker after the cue ("…,” said Ryabkov", "– зазначив він", "bestätigte Stoiber heute"), if one
    stands there: (span or None, its first token, the last token of its plain noun phrase)."""
    right_first = after if anchor == first else anchor + 1
    while right_first < len(tokens) and (
        tokens[right_first].text in lex.between or _place_preposition(tokens, right_first, lex)
    ):
        right_first += 1  # "äußerte sich auch der Vorsitzende", "зазначили в МЗС"
    right_last = _noun_phrase_right(tokens, right_first, lex) if right_first < len(tokens) else right_first - 1
    right = _span(text, tokens, right_first, right_last)
    if anchor < first:
        # "hatte Koch-Mehrin damals gesagt": the names after the auxiliary.
        right = _span(
            text, tokens, right_first, _german_noun_phrase_end(tokens, right_first, min(right_last, first - 1), lex)
        )
    elif right is not None and lex.inverted_ends_with_names:
        # "povedal Fico novinárom po stretnutí", "рекао је Вучић новинарима": the speaker ends with its names.
        right = _span(text, tokens, right_first, _names_end(tokens, right_first, right_last, lex))
    elif right is not None and not _plausible_inverted(tokens, right_first, right_last, lex):
        right = None
    elif right is not None and lex.inversion_after_adverbial:
        # "bestätigte Stoiber heute selbst", "gab Karsai an": the speaker ends with its names, before adverbs and
        # particles (which still stand between the cue and the content).
        right = _span(text, tokens, right_first, _german_noun_phrase_end(tokens, right_first, right_last, lex))
    return right, right_first, right_last


def _names_end(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """The last token of an inverted speaker that ends with its names: a pronoun alone, else the last capitalised
    word of the first run of them (after lower-case titles: "povedal minister Juraj Blanár"); first - 1 when
    no name stands there."""
    if tokens[first].text.lower() in lex.pronouns:
        return first
    end = first - 1
    for i in range(first, last + 1):
        if tokens[i].text[:1].isupper():
            end = i
        elif end >= first:
            break
    return end


def _opens_with_anaphor(tokens: list[Token], first: int, anchor: int, lex: Lexicon) -> bool:
    """ "Das erklärte General Winai", "Про це в четвер, 20 листопада, заявив …": the words point back."""
    if first == 0:
        return False
    if anchor <= 3 and all(t.text.lower() in lex.anaphors for t in tokens[:anchor]):
        return True
    # A two-word anaphor, then when.
    two = tokens[:2]
    return (
        first <= 12
        and len(tokens) > 1
        and all(t.text.lower() in lex.anaphors for t in two)
        and two[0].text.lower() != two[1].text.lower()
    )


def _anaphoric(
    text: str, unit: _Unit, lex: Lexicon, cue_span: Span, first: int, right: Span, right_first: int
) -> Attribution:
    """The content is the sentence before (filled in by the caller), up to the anaphor."""
    tokens = unit.tokens
    if tokens[right_first].text.lower() in lex.pronouns:
        right = _span(text, tokens, right_first, right_first)
    anaphor_end = next(
        t.end for t, nxt in zip(tokens, tokens[1:] + [tokens[first]]) if nxt.text.lower() not in lex.anaphors
    )
    return Attribution(unit.start, anaphor_end, "anaphoric", cue_span, right)


def _speaker_before(
    text: str,
    unit: _Unit,
    lex: Lexicon,
    before_cue: Span | None,
    left_start: int,
    after: int,
    alone: bool,
    earlier: Attribution | None,
) -> _Speaker | None:
    """The speaker before the cue: its noun phrase, a chain of commas ("CNN, citing …, reported"), or, for a
    verb ``alone`` in its clause after "and"/"but", the subject of the verb before ("Carson admitted …, but said")."""
    tokens = unit.tokens
    if before_cue is not None:
        return _Speaker(before_cue, [], left_start, after)
    if left_start > 0 and tokens[left_start - 1].text == ",":
        chained, via, chain_start = _chain_before(text, tokens, left_start - 1, lex)
        if chained is not None:
            return _Speaker(chained, via, chain_start, after)
    if alone and left_start > 0 and tokens[left_start - 1].text.lower() in _COORDINATORS:
        subject = earlier if earlier is not None and earlier.speaker is not None else _subject(text, unit, lex)
        if subject is not None and subject.speaker.end <= tokens[left_start - 1].start:
            return _Speaker(subject.speaker, [], left_start, after)
    return None


def _prefers_inverted(
    tokens: list[Token], lex: Lexicon, speaker: _Speaker | None, left_start: int, end_of_left: int
) -> bool:
    """Whether the speaker after the cue wins: there is none before it, or (verb-second order) what stands
    before is one word opening the clause, or no subject at all ("Am Montag sagte …")."""
    if speaker is None:
        return True
    if not lex.inversion_after_adverbial:
        return False
    opens_clause = left_start == 0 or not tokens[left_start - 1].is_word
    lone_word = end_of_left == left_start and opens_clause and tokens[left_start].text.lower() not in lex.pronouns
    return lone_word or not _german_subject_before(tokens, left_start, end_of_left, lex)


def _inverted(
    text: str,
    tokens: list[Token],
    lex: Lexicon,
    right: Span,
    right_first: int,
    right_last: int,
    anchor: int,
    after: int,
) -> _Speaker:
    """The inverted speaker: a pronoun alone ("сказал он журналистам"), else with its apposition
    (", senior counsel at the Brennan Center")."""
    if tokens[right_first].text.lower() in lex.pronouns:
        right_last = right_first
        right = _span(text, tokens, right_first, right_first)
    group_end = max(right_last + 1, after)
    apposition_end = _apposition_after(tokens, group_end, lex)
    if apposition_end > group_end:
        group_end = apposition_end
        right = Span(right.start, tokens[group_end - 1].end, text[right.start : tokens[group_end - 1].end])
    return _Speaker(right, [], anchor, group_end)


def _content(
    text: str, unit: _Unit, lex: Lexicon, cue_span: Span, first: int, after: int, claimed_until: int, speaker: _Speaker
) -> Attribution | None:
    """Where the content is: the clause before the speaker when speaker and cue close it, else after the cue."""
    tokens = unit.tokens
    group_start, group_end = speaker.group_start, speaker.group_end
    before = tokens[group_start - 1] if group_start > 0 else None
    takes_object = tokens[first].text.lower() in _OBJECT_VERBS
    tail, closes_clause = _clause_tail(text, tokens, lex, group_start, group_end, takes_object)
    if before is not None and (before.is_quote or before.text in "," or before.text in _DASHES) and closes_clause:
        content_start, content_end = _clause_before(tokens, group_start, claimed_until, lex)
        if content_start > content_end:
            return None
        if not _short_lead_in(tokens, tail, tokens[content_start : content_end + 1]):
            end = tokens[content_end].end
            return Attribution(tokens[content_start].start, end, "indirect", cue_span, speaker.span, speaker.via)
        group_end = tail  # "Of course, he said, “…”": a short lead-in; the words come after.
    if group_start == 0 and (
        after >= len(tokens) or tokens[group_end if group_end < len(tokens) else -1].text in _CLAUSE_END
    ):
        # "He said." alone: the content is the quotation just before (filled in by the caller).
        return Attribution(unit.start, unit.start, "direct", cue_span, speaker.span, speaker.via)
    content_first = _content_start(text, tokens, group_end, lex, takes_object)
    if content_first >= len(tokens):
        return Attribution(unit.start, unit.start, "direct", cue_span, speaker.span, speaker.via)
    start = tokens[content_first].start
    return Attribution(start, _trim_end(text, start, unit.end), "indirect", cue_span, speaker.span, speaker.via)


def _clause_tail(
    text: str, tokens: list[Token], lex: Lexicon, group_start: int, group_end: int, takes_object: bool
) -> tuple[int, bool]:
    """(the token after the cue's own words, whether the clause ends there so the content is before)."""
    if lex.setting is not None:
        tail = _content_start(text, tokens, group_end, lex, takes_object)
        tail = tail - 1 if tail > group_end and tokens[tail - 1].text == "," else tail
    else:
        tail = group_end
        while (
            tail < len(tokens)
            and tokens[tail].is_word
            and tokens[tail].text.lower() not in lex.complementizers
            and tail - group_end < 8
        ):
            tail += 1
    closes_clause = tail >= len(tokens) or tokens[tail].text in _CLAUSE_END or tokens[tail].text in _DASHES
    if lex.setting is None or closes_clause:
        return tail, closes_clause
    if group_start > 0 and (
        tokens[group_start - 1].is_quote
        or (tokens[group_start - 1].text == "," and group_start > 1 and tokens[group_start - 2].is_quote)
    ):
        tail, closes_clause = _setting_after_quote(tokens, group_end, lex, tail)
    if not closes_clause and tokens[tail].text == ",":
        # "“…,” he said, stressing that …" closes; "he said, that …" does not.
        closes_clause = tail + 1 < len(tokens) and tokens[tail + 1].text.lower() not in lex.complementizers
    return tail, closes_clause


def _setting_after_quote(tokens: list[Token], group_end: int, lex: Lexicon, tail: int) -> tuple[int, bool]:
    """ "“…,” Sanders said to cheers at a rally": after a quotation, whatever follows the cue is its setting."""
    rest = tokens[group_end:]
    clause = rest[
        : next((k for k, t in enumerate(rest) if t.text in _CLAUSE_END or t.is_quote or t.text == ":"), len(rest))
    ]
    # "…,” Christie said when asked whether …": a "that"/"whether" past "when" is the question's, not the content's.
    clause = clause[: next((k for k, t in enumerate(clause) if t.text.lower() in lex.subordinators), len(clause))]
    closes = not any(t.text.lower() in lex.complementizers for t in clause) and not any(
        lex.participles is not None and lex.participles.fullmatch(t.text) for t in clause
    )
    return (group_end + len(clause), True) if closes else (tail, False)


def _clause_before(tokens: list[Token], group_start: int, claimed_until: int, lex: Lexicon) -> tuple[int, int]:
    """The first and last token of the clause before a speaker ("“…,” she said": the quotation)."""
    content_end = group_start - 1
    while content_end >= 0 and not tokens[content_end].is_quote and tokens[content_end].text in ",–—-:":
        content_end -= 1
    content_start = _clause_start(tokens, content_end, claimed_until, lex)
    while content_start < content_end and not tokens[content_start].is_quote and not tokens[content_start].is_word:
        content_start += 1  # a dialogue dash or an opening bracket
    return content_start, content_end


def _short_lead_in(tokens: list[Token], tail: int, region: list[Token]) -> bool:
    """ "Of course, he said, “…”": a few words before the speaker, and the sentence resumes after the cue."""
    resumes = (
        tail < len(tokens)
        and tokens[tail].text == ","
        and tail + 1 < len(tokens)
        and (tokens[tail + 1].is_quote or sum(t.is_word for t in tokens[tail + 1 :]) >= 3)
    )
    return resumes and not any(t.is_quote for t in region) and sum(t.is_word for t in region) <= 5


def _asked(text: str, tokens: list[Token], first: int, after: int, lex: Lexicon) -> Attribution | None:
    """ "Asked (by Stephanopoulos) whether …, Carson said": the question, put by someone often unnamed."""
    i, asker = after, None
    if lex.agent_preposition and i < len(tokens) and tokens[i].text == lex.agent_preposition:
        last = _noun_phrase_right(tokens, i + 1, lex, limit=5)
        asker = _span(text, tokens, i + 1, last)
        i = last + 1
    while i < len(tokens) and tokens[i].is_word and tokens[i].text.lower() not in lex.question_words and i - after < 6:
        i += 1  # "Asked on Fox News who leads the party"
    if i >= len(tokens) or tokens[i].text.lower() not in lex.question_words:
        return None
    end = next((t.start for t in tokens[i:] if t.text == "," or t.text in _CLAUSE_END), tokens[-1].end)
    return Attribution(
        tokens[i].start,
        _trim_end(text, tokens[i].start, end),
        "indirect",
        Span(tokens[first].start, tokens[first].end, tokens[first].text),
        asker,
    )


def _relative(text: str, unit: _Unit, lex: Lexicon, cue: _Cue, relative: int, after: int) -> Attribution | None:
    """ "Barkley, who said he votes Democratic, …": the antecedent speaks; the content ends with the clause."""
    tokens = unit.tokens
    antecedent_last = relative - 1
    if tokens[antecedent_last].text == ",":
        antecedent_last -= 1
    antecedent_first = _noun_phrase_left(tokens, antecedent_last, lex)
    speaker = _span(text, tokens, antecedent_first, antecedent_last)
    if speaker is None or after >= len(tokens):
        return None
    content_first = _content_start(text, tokens, after, lex, tokens[relative + 1].text.lower() in _OBJECT_VERBS)
    if content_first >= len(tokens):
        return None
    end = unit.end
    if tokens[relative - 1].text == ",":
        closing = next((t for t in tokens[content_first:] if t.text == ","), None)
        end = closing.start if closing is not None else end
    start = tokens[content_first].start
    return Attribution(
        start, _trim_end(text, start, end), "indirect", Span(cue.start, cue.end, text[cue.start : cue.end]), speaker
    )


def _apposition_after(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """After an inverted speaker, take in ", senior counsel at the Brennan Center" or ", who runs the NRA's
    lobbying arm," up to the end of the clause or the next comma."""
    if i + 1 >= len(tokens) or tokens[i].text != ",":
        return i
    opener = tokens[i + 1].text
    if (
        not tokens[i + 1].is_word
        or opener.lower() in lex.complementizers
        or (lex.participles is not None and lex.participles.fullmatch(opener))
    ):
        return i  # "said Kasich, adding that …" goes on with a new attribution
    j = i + 1
    while (
        j < len(tokens)
        and j - i <= 24
        and not tokens[j].is_quote
        and tokens[j].text not in ",;"
        and not (tokens[j].text in _CLAUSE_END and tokens[j - 1].text not in _ABBREVIATIONS)
    ):
        j += 1
    if j < len(tokens) and (tokens[j].is_quote or j - i > 24):
        return i
    if lex.reported_mood is not None and any(lex.reported_mood.fullmatch(t.text) for t in tokens[i + 1 : j]):
        # "sagte der Minister, die Gespräche seien schwierig": a clause in the reported mood is the content
        # (as after a subject before the cue), not an apposition to the speaker.
        return i
    return j


def _place_preposition(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """ "в МЗС", "у Кремлі": a preposition of place before a speaking institution."""
    return i + 1 < len(tokens) and tokens[i].text.lower() in lex.place_prepositions and tokens[i + 1].is_word


def _skip_leading_date(tokens: list[Token], first: int, last: int) -> int:
    """ "13 січня глава МОЗ Максим Степанов": a date before the speaker is not part of it."""
    i = first
    while i < last and (
        tokens[i].text.isdigit() or (i > first and tokens[i - 1].text.isdigit() and tokens[i].text.islower())
    ):
        i += 1
    return i


def _german_auxiliary(tokens: list[Token], cue: int, lex: Lexicon) -> int:
    """The auxiliary of a German participle cue in the same clause ("hat … bekräftigt"), else the cue itself."""
    for i in range(cue - 1, max(-1, cue - 16), -1):
        if not tokens[i].is_word or tokens[i].text.lower() in lex.auxiliary_barriers:
            break
        if tokens[i].text.lower() in lex.auxiliaries:
            return i
    return cue


def _german_subject_before(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether the words before a German verb can be its subject: not the tail of a prepositional
    phrase ("Am Montag sagte …", "In der Begründung zum Urteil äußerten …") nor a dative or
    accusative phrase ("Den Unmut der CDU brachte …"), which put the subject after the verb (V2)."""
    if first > last:
        return False
    if first > 0 and tokens[first - 1].is_word:
        return False
    return tokens[first].text.lower() not in lex.not_nominative


def _plausible_inverted(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """An inverted speaker ("said Ryabkov", "зазначив він") ends the clause and starts like a name."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if lex.inversion_after_adverbial and following is not None and following.is_word:
        return following.text.lower() in lex.boundaries  # "bestätigte Stoiber heute in München"
    if lex.inversion_after_adverbial and following is not None and following.is_quote:
        return True  # "äußerten die Richter „gravierende Bedenken“"
    if following is not None and following.is_word:
        return False
    if following is not None and following.text not in ".,;:!?" and following.text not in _DASHES:
        return False
    head = tokens[first].text
    if lex.inverted_openers:
        if head.lower() in lex.subject_pronouns:
            return last == first
        return last - first < 6 and (head[:1].isupper() or head.lower() in lex.inverted_openers)
    return True


def _chain_before(text: str, tokens: list[Token], comma: int, lex: Lexicon) -> tuple[Span | None, list[Span], int]:
    """ "CNN, citing a White House official, reported": (speaker, via, first token) from the commas before a cue."""
    i = comma - 1
    while i >= 0 and tokens[i].text != "," and not tokens[i].is_quote and tokens[i].text not in _CLAUSE_END:
        i -= 1
    if i < 0 or tokens[i].text != ",":
        return None, [], comma
    segment_first, segment_last = i + 1, comma - 1
    if segment_first > segment_last:
        return None, [], comma
    segment = text[tokens[segment_first].start : tokens[segment_last].end]
    outer_last = _skip_between(tokens, i - 1, lex)
    outer_first = _noun_phrase_left(tokens, outer_last, lex)
    outer = _span(text, tokens, outer_first, outer_last)
    if outer is None:
        return None, [], comma
    citing = lex.citing.match(segment) if lex.citing is not None else None
    if citing:
        cited_first = _index_at(tokens, tokens[segment_first].start + citing.end())
        cited = _span(text, tokens, cited_first, segment_last)
        if cited is not None:
            return cited, [outer], outer_first
        return None, [], comma
    if segment.lower() in lex.parentheticals or all(
        t.text.lower() in lex.parentheticals for t in tokens[segment_first : segment_last + 1]
    ):
        return outer, [], outer_first
    if tokens[segment_first].text.lower() in _RELATIVE:
        return outer, [], outer_first  # "Barkley, who …, said"
    # An apposition: "Sergei Ryabkov, the deputy foreign minister, said".
    plain_outer = outer_last - outer_first < 10 and not tokens[outer_first].text.endswith("ing")
    if (
        plain_outer
        and (outer_first == 0 or not tokens[outer_first - 1].is_word)
        and segment_last - segment_first < 15
        and (
            tokens[segment_first].text.lower() in _DETERMINERS
            or tokens[segment_first].text[:1].isupper()
            or tokens[segment_first].text.isdigit()
            or tokens[segment_first].text.islower()
        )
    ):
        return (
            Span(outer.start, tokens[segment_last].end, text[outer.start : tokens[segment_last].end]),
            [],
            outer_first,
        )
    return None, [], comma


def _clause_start(tokens: list[Token], last: int, claimed_until: int, lex: Lexicon) -> int:
    i = last
    while i > 0 and tokens[i - 1].end > claimed_until and tokens[i - 1].text not in ";:":
        i -= 1
    return i


def _content_start(text: str, tokens: list[Token], i: int, lex: Lexicon, takes_object: bool) -> int:
    """The first token of the content after a cue (and its object or time words)."""
    complementizer = _complementizer_ahead(tokens, i, lex)
    if complementizer is not None:
        return complementizer
    j = i
    if j < len(tokens) and tokens[j].text in ",:" + "".join(_DASHES):
        return j + 1
    if lex.content_after_comma:
        # "teilte dessen Stellvertreter mit: „…“", "empfahl dem Gericht, …": the content follows the clause's
        # comma or colon.
        for k in range(j, min(len(tokens), j + 12)):
            if tokens[k].text in ",:":
                return k + 1
            if tokens[k].is_quote or tokens[k].text in _CLAUSE_END:
                break
    if lex.setting is not None:
        j = _past_setting(text, tokens, j, lex, takes_object)
    if j < len(tokens) and tokens[j].text in ",:":
        j += 1
    return j


def _complementizer_ahead(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """The index of a "that" opening the content within the cue's clause, if there is one."""
    for j in range(i, min(len(tokens), i + 16)):
        token = tokens[j]
        if token.is_word and token.text.lower() in lex.complementizers:
            return j
        if (
            token.is_quote
            or token.text == ","
            or (token.text in _CLAUSE_END and not (token.text == "." and tokens[j - 1].text in _ABBREVIATIONS))
        ):
            return None
    return None


def _past_setting(text: str, tokens: list[Token], j: int, lex: Lexicon, takes_object: bool) -> int:
    """Past the object of "told" and the settings after a cue: "told reporters Thursday in a statement"."""
    if takes_object:
        j = _noun_phrase_right(tokens, j, lex, limit=4) + 1
    while j < len(tokens) and tokens[j].is_word:
        skipped = _past_setting_word(text, tokens, j, lex)
        if skipped is None:
            break
        j = skipped
    return j


def _past_setting_word(text: str, tokens: list[Token], j: int, lex: Lexicon) -> int | None:
    """The index past one time word, setting, subordinate clause or "of X" at ``j``; None when none stands there."""
    if tokens[j].text.lower() in lex.time_words:
        return j + 1
    setting = lex.setting.match(text, tokens[j].start)
    if setting is not None:
        return _index_at(tokens, setting.end())
    if tokens[j].text in lex.subordinators:  # "she said as she accepted her award," / "he said when asked."
        k = j
        while (
            k < len(tokens)
            and tokens[k].text != ","
            and not tokens[k].is_quote
            and not (tokens[k].text in _CLAUSE_END and tokens[k - 1].text not in _ABBREVIATIONS)
        ):
            k += 1
        if k >= len(tokens) or tokens[k].text in _CLAUSE_END or tokens[k].text == ",":
            return k
    if tokens[j].text == lex.about_preposition:  # "he said of Trump,"
        last = _noun_phrase_right(tokens, j + 1, lex, limit=5)
        if last > j and (last + 1 >= len(tokens) or tokens[last + 1].text in ",."):
            return last + 1
    return None


def _according(text: str, unit: _Unit, lex: Lexicon, cue: _Cue, first: int, after: int) -> Attribution | None:
    tokens = unit.tokens
    cue_span = Span(cue.start, cue.end, text[cue.start : cue.end])
    source, source_last = _according_source(text, tokens, lex, first, after)
    if source is None:
        return None
    nxt = source_last + 1
    via: list[Span] = []
    cited = _cited_after(text, tokens, nxt, lex)
    if cited is not None:
        # "за даними CNN з посиланням на джерела", "according to CNN, citing sources": the sources speak through CNN.
        via, source, nxt = [source], cited[0], cited[1]
    if first == 0 or (tokens[first - 1].text == "," and _only_connectives(tokens, first - 1, lex)):
        # "According to X, CONTENT." / "Однак, за даними CNN, CONTENT."
        if nxt < len(tokens) and tokens[nxt].text == ",":
            nxt += 1
        if nxt >= len(tokens):
            return None
        start = tokens[nxt].start
        return Attribution(start, _trim_end(text, start, unit.end), "according_to", cue_span, source, via)
    if tokens[first - 1].text == "," and nxt < len(tokens) and tokens[nxt].text == ",":
        # "Рубіо, згідно з повідомленням держдепу, «…»": the clause's subject speaks, through the source.
        subject_last = first - 2
        subject_first = _noun_phrase_left(tokens, subject_last, lex)
        if subject_first == 0 and subject_first <= subject_last and nxt + 1 < len(tokens):
            speaker = _span(text, tokens, subject_first, subject_last)
            start = tokens[nxt + 1].start
            return Attribution(start, _trim_end(text, start, unit.end), "according_to", cue_span, speaker, [source])
    if tokens[first - 1].text not in ",–—-(":
        # "Eine Tupolew hat nach Angaben des Ministeriums … notlanden müssen": the whole sentence is reported.
        return Attribution(
            tokens[0].start, _trim_end(text, tokens[0].start, unit.end), "according_to", cue_span, source
        )
    # "CONTENT, according to X."
    content_last = first - 1
    while content_last >= 0 and tokens[content_last].text in ",–—-":
        content_last -= 1
    if content_last < 0:
        return None
    return Attribution(tokens[0].start, tokens[content_last].end, "according_to", cue_span, source)


def _according_source(text: str, tokens: list[Token], lex: Lexicon, first: int, after: int) -> tuple[Span | None, int]:
    """The source after "according to" and the index of its last token."""
    pronoun = next((t for t in tokens[first:after] if t.text.lower() in lex.pronouns), None)
    compound = (
        tokens[after - 1]
        if lex.source_compound is not None and lex.source_compound.fullmatch(tokens[after - 1].text)
        else None
    )
    if pronoun is not None or compound is not None:
        # "За його словами": the pronoun; "nach Polizeiangaben": the compound names its source.
        named = pronoun or compound
        return Span(named.start, named.end, named.text), after - 1
    if _place_preposition(tokens, after, lex):
        after += 1  # "як зазначили в Міноборони"
    source_last = _noun_phrase_right(tokens, after, lex)
    opens_clause = first == 0 or (tokens[first - 1].text == "," and _only_connectives(tokens, first - 1, lex))
    swallowed = source_last + 1 >= len(tokens) or tokens[source_last + 1].text in _CLAUSE_END
    if lex.inversion_after_adverbial or (opens_clause and swallowed):
        # No comma closes the source ("Laut Reuters ist …", "Według PAP ustawa …"): it ends with its names.
        # German's rule for where a noun phrase ends serves languages that have none of their own.
        phrase_lex = lex if lex.noun_phrase_words else lexicon("de")
        source_last = _german_noun_phrase_end(tokens, after, source_last, phrase_lex)
    if lex.citing is not None:
        # "за даними CNN з посиланням на джерела": the source ends where the citation begins.
        source_last = next(
            (k - 1 for k in range(after + 1, source_last + 1) if lex.citing.match(text, tokens[k].start)),
            source_last,
        )
    return _span(text, tokens, after, source_last), source_last


def _german_noun_phrase_end(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """ "Laut Reuters ist …", "Nach Angaben der Polizei wurden …": the phrase ends before the verb (lowercase,
    not an article).

    German capitalises every noun, so this fits German best; elsewhere it serves when no comma closes a source."""
    i, noun_seen = first, False
    while i <= last:
        word = tokens[i].text
        if word[:1].isupper():
            noun_seen = True
        elif noun_seen and word in lex.not_genitive and tokens[i - 1].text not in lex.noun_phrase_words:
            break  # "laut el-Baradei die Bearbeitung …": past a noun, only "der"/"des" (genitive) go on with it
        elif not (
            word in lex.noun_phrase_words
            or i == first
            or (not noun_seen and word.endswith(("e", "en", "er", "es", "em")))
        ):
            break  # past the noun, a lowercase word is the verb; before it, an adjective ("der offiziellen … Agentur")
        i += 1
    return i - 1


def _german_noun_phrase_start(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """ "der Schweiz waren dem Bericht zufolge", "Sie entstammen Zeitungsberichten": the phrase ending at
    ``last`` starts at its article, or at its nouns, not at the verb before them.

    Walking left from the noun: capitalised words, genitive and prepositional links after a noun
    ("Angaben des Instituts von Athen"), then lowercase adjectives, which count only after an article
    (included, it ends the phrase), a boundary word or the clause start. ``first`` is where the plain
    walk to the left stopped."""
    i = last
    while i > first:
        word, before = tokens[i - 1].text, tokens[i - 2] if i - 2 >= 0 else None
        capitalised_before = before is not None and (before.text[:1].isupper() or before.text == ")")
        if word[:1].isupper() or word[:1].isdigit() or word in "()":
            i -= 1
        elif word in lex.noun_phrase_words and word not in lex.not_genitive and capitalised_before:
            i -= 1
        else:
            break
    k = i
    # Adjectives only: an article ("dem", "den", "einem" end like them) closes the walk and opens the phrase.
    while (
        k > first
        and tokens[k - 1].is_word
        and tokens[k - 1].text.endswith(("e", "en", "er", "es", "em"))
        and tokens[k - 1].text.islower()
        and tokens[k - 1].text not in lex.articles
    ):
        k -= 1
    if k > first and tokens[k - 1].text in lex.articles:
        return k - 1
    if k == first or not tokens[k - 1].is_word:
        return (
            k  # the walk to the cue's left stopped at a boundary word or punctuation: the adjectives are the phrase's
        )
    return i


def _cited_after(text: str, tokens: list[Token], i: int, lex: Lexicon) -> tuple[Span, int] | None:
    """ "(, ) citing a White House official" right after a source: the cited party and the index after it."""
    if lex.citing is None:
        return None
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    if i >= len(tokens):
        return None
    citing = lex.citing.match(text, tokens[i].start)
    if citing is None:
        return None
    cited_first = _index_at(tokens, citing.end())
    cited_last = _noun_phrase_right(tokens, cited_first, lex)
    if lex.inversion_after_adverbial:
        cited_last = _german_noun_phrase_end(tokens, cited_first, cited_last, lex)
    cited = _span(text, tokens, cited_first, cited_last)
    return (cited, cited_last + 1) if cited is not None else None


def _noun(text: str, unit: _Unit, cue: _Cue, first: int, after: int) -> Attribution | None:
    """ "Trump's claim that …", "the belief that …": the owner, if named, speaks; the clause is the content."""
    tokens = unit.tokens
    if after >= len(tokens):
        return None
    owner = tokens[first - 1] if first > 0 else None
    speaker = None
    if owner is not None and (owner.text.lower() in _POSSESSIVES or owner.text.endswith(("’s", "'s"))):
        end = owner.end - 2 if owner.text.endswith(("’s", "'s")) else owner.end
        speaker = Span(owner.start, end, text[owner.start : end])
    end = next((t.start for t in tokens[after + 1 :] if t.text in ",;" or t.text in _CLAUSE_END), tokens[-1].end)
    start = tokens[after].start
    return Attribution(
        start, _trim_end(text, start, end), "indirect", Span(cue.start, cue.end, text[cue.start : cue.end]), speaker
    )


def _according_suffix(text: str, unit: _Unit, lex: Lexicon, cue: _Cue, first: int, after: int) -> Attribution | None:
    """German "X zufolge": the source stands before the phrase."""
    tokens = unit.tokens
    source_first = _noun_phrase_left(tokens, first - 1, lex)
    if lex.inversion_after_adverbial:
        source_first = _german_noun_phrase_start(tokens, source_first, first - 1, lex)
    source = _span(text, tokens, source_first, first - 1)
    if source is None:
        return None
    cue_span = Span(cue.start, cue.end, text[cue.start : cue.end])
    if after < len(tokens) and tokens[after].text not in _CLAUSE_END:
        start_index = after + 1 if tokens[after].text == "," else after
        if start_index >= len(tokens):
            return None
        start = tokens[start_index].start
        return Attribution(start, _trim_end(text, start, unit.end), "according_to", cue_span, source)
    content_last = source_first - 1
    while content_last >= 0 and tokens[content_last].text in ",–—-":
        content_last -= 1
    if content_last < 0:
        return None
    return Attribution(tokens[0].start, tokens[content_last].end, "according_to", cue_span, source)


def _subject(text: str, unit: _Unit, lex: Lexicon) -> Attribution | None:
    """The noun phrase opening the unit, as the speaker of a participle ("Trump hit back, saying …")."""
    tokens = unit.tokens
    first = 0
    if len(tokens) > 2 and tokens[1].text == "," and tokens[0].text.lower() in lex.boundaries | lex.parentheticals:
        first = 2  # "However, he held his fire …"
    if len(tokens) <= first or not tokens[first].is_word or tokens[first].text.lower() in lex.boundaries:
        return None
    if not (tokens[first].text[:1].isupper() or tokens[first].text.lower() in lex.pronouns):
        return None
    last = _noun_phrase_right(tokens, first, lex, limit=6)
    if lex.inversion_after_adverbial:
        last = _german_noun_phrase_end(tokens, first, last, lex)
    if lex.not_subjects:
        last = min(last, _subject_end(tokens, first, last, lex))
        if last == first and tokens[first].text.lower() in lex.not_subjects:
            return None
    speaker = _span(text, tokens, first, last)
    return Attribution(unit.start, unit.start, "indirect", None, speaker) if speaker is not None else None


def _subject_end(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """Cut "The authorities claim our work" to "The authorities": past the first token, only names, linking
    words and one lowercase noun after a determiner belong to the phrase."""
    for i in range(first + 1, last + 1):
        word = tokens[i].text
        if word[:1].isupper() or word in lex.subject_links or not tokens[i].is_word:
            continue
        if tokens[i - 1].text.lower() in _DETERMINERS and word.islower():
            continue
        return i - 1
    return last


def _headline(text: str, unit: _Unit, lex: Lexicon) -> Attribution | None:
    """ "Trump: Cruz Has ‘To Come a Long Way’": a short name, a colon, and what they said."""
    tokens = unit.tokens
    colon = next((i for i, t in enumerate(tokens[:5]) if t.text == ":"), None)
    if not colon or colon + 1 >= len(tokens):
        return None
    name = tokens[:colon]
    if len(name) > 3 or not all(
        t.text[:1].isalpha() and t.text[:1].isupper() and t.text.lower() not in lex.boundaries for t in name
    ):
        return None
    if any(t.text.lower() in _NOT_SPEAKERS for t in name) or lex.verbs.search(text, name[0].start, name[-1].end):
        return None
    if sum(t.is_word and t.text[:1].isalpha() for t in tokens[colon + 1 :]) < 3:
        return None  # "Clinton: 547." is a tally, not a statement
    start = tokens[colon + 1].start
    colon_token = tokens[colon]
    return Attribution(
        start,
        _trim_end(text, start, unit.end),
        "indirect",
        Span(colon_token.start, colon_token.end, ":"),
        _span(text, tokens, 0, colon - 1),
    )


def _participle(
    text: str, unit: _Unit, lex: Lexicon, cue: _Cue, first: int, after: int, owner: Attribution | None
) -> Attribution | None:
    tokens = unit.tokens
    if owner is None or owner.speaker is None or first == 0 or tokens[first - 1].text != ",":
        return None
    content_first = _content_start(text, tokens, after, lex, False)
    if content_first >= len(tokens):
        return None
    start = tokens[content_first].start
    return Attribution(
        start,
        _trim_end(text, start, unit.end),
        "indirect",
        Span(cue.start, cue.end, text[cue.start : cue.end]),
        owner.speaker,
        list(owner.via),
    )


def _only_connectives(tokens: list[Token], comma: int, lex: Lexicon) -> bool:
    """Everything before this comma is a connective ("However,", "Однак,")."""
    return all(
        t.is_word and (t.text.lower() in lex.parentheticals or t.text.lower() in lex.boundaries) for t in tokens[:comma]
    )


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop trailing spaces and clause punctuation (a closing quotation mark stays)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?–—-"):
        end -= 1
    return end


# --------------------------------------------------------------------------- after the cues


def _quotes_in(unit: _Unit, start: int, end: int) -> list[Token]:
    return [t for t in unit.tokens if t.is_quote and t.start >= start and t.end <= end]


def _classify(attribution: Attribution, unit: _Unit) -> None:
    quotes = _quotes_in(unit, attribution.start, attribution.end)
    if len(quotes) == 1 and quotes[0].start == attribution.start and quotes[0].end >= attribution.end:
        attribution.end = quotes[0].end
        attribution.kind = "direct"
    elif quotes and attribution.kind != "according_to":
        attribution.kind = "mixed"


def _continued_speaker(found: list[Attribution], quote: Token) -> Attribution | None:
    """A quotation after an attributed one in the same unit continues it ("“…,” he said. “…”")."""
    before = [a for a in found if a.end <= quote.start and a.speaker is not None]
    return before[-1] if before else None


def _sounds_spoken(quotation: str) -> bool:
    """Words in quotation marks that read as speech, not as a scare quote or a title ("„Freiheit statt Angst“")."""
    words = [w.strip("“”„‚‘’\"«»'.,!?:;()") for w in quotation.split()]
    if len(words) < 3:
        return False
    # "“Face the Nation”", "„Initiativ Roude Léiw“": a title has every word capitalised but the small ones.
    return not all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words if w)


def _stands_alone(unit: _Unit, quote: Token) -> bool:
    """The quotation is the whole unit (give or take punctuation)."""
    return all(t is quote or not t.is_word for t in unit.tokens)
