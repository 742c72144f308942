"""Finding names in text: gazetteer phrases, capitalised runs, cues and morphology.

1. Known names (gazetteer) are matched first, longest first, also when only
   their first word is capitalised ("Білого дому") or, for names listed in
   lower case, not at all ("коронавируса").
2. The remaining capitalised words form runs (with connectors such as "of",
   "von"); titles at the front are cut off and mark the rest as a person.
3. A run at the start of a sentence must prove it is a name: known to the
   gazetteer, a proper-name reading in the dictionary, not an ordinary word,
   or written capitalised elsewhere in the text mid-sentence ("Втім",
   "Remind" fail; "Рубіо" passes).
4. Types come from the gazetteer, titles, dictionary tags, organisation and
   place words, and what the document says about the same surname.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter

from babel import Locale

from rashomon.analysis.entities.cues import (
    ABBREVIATED_CONNECTORS,
    CONNECTORS,
    DOCUMENT_WORDS,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    PLACE_WORDS,
    STOPWORDS,
    noun_articles,
)
from rashomon.analysis.entities.evidence import (
    LOWERCASE_DEMONYM_ENDINGS,
    after_in,
    company_form_after,
    follows_after,
    is_company_form,
    is_given_name,
    executive_before,
    kind_before,
    kind_of,
    member_stem,
    party_stems,
)
from rashomon.analysis.entities.gazetteer import COUNTRY_LANGUAGES, gazetteer
from rashomon.analysis.entities.keys import ascii_fold, is_cyrillic, stem_key
from rashomon.analysis.time.calendar import month_names
from rashomon.analysis.entities.morphology import (
    PYMORPHY_LANGUAGES,
    begins_another_name,
    genitive_reading,
    is_adjective,
    is_common_word,
    is_function_word,
    is_never_name,
    lemmatize_name,
    names_a_thing,
    names_with_noun,
    nominative_keeping_number,
    person_without_article,
    proper_reading,
    without_articles,
)
from rashomon.languages import having, lexicon, scripts, supported, value
from rashomon.model import Mention, Sentence

# Web domains name outlets as one word ("Novinky.cz", "ONLINE.UA", "Korrespondent.net"): a word's ending of a
# country code (CLDR's territories, via Babel) or a generic top-level domain, in one case, then no word.
_DOMAIN_ENDINGS = sorted(
    {code.lower() for code in Locale("en").territories if code.isalpha() and len(code) == 2} | {"com", "net", "org", "info", "eu"}
)
_DOMAIN = "|".join(_DOMAIN_ENDINGS + [ending.upper() for ending in _DOMAIN_ENDINGS])
# Dotted acronyms (U.S., U.K.), words with inner hyphens/apostrophes (Rubio-Lavrov, O'Brien, COVID-19), domains, a
# plus ending a brand ("Disney+", "Днес+").
_TOKEN = re.compile(rf"(?:[^\W\d_]\.){{2,}}|\w+(?:[-'’]\w+)*(?:\.(?:{_DOMAIN})(?!\w|\.\w)|(?<=\w\w)\+(?![\w+]))?")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the words kept between the gaps
_WEB_ADDRESS = re.compile(rf"\w\.(?:{_DOMAIN})$")
# "»" opens quotations in sl, cs, de ("»Edina večja napaka …«"); before a word it closes none.
_OPENERS = "\"'«»„“‘‚(–—-["
_QUOTE_OPENERS = "\"«»„“‘‚"
_QUOTE_CLOSERS = "\"«»“”’'"
# Articles that open sentences in the languages read ("The Kremlin", "Der Kanzler", "La Commission", "Il governo").
_ARTICLES = frozenset("the a an der die das ein eine le la les un une el los las il lo gli het een o os as um uma".split())
_MAX_GAZETTEER_WORDS = 4
_TITLE_WINDOW = 3
_MAX_ENDING = 4
_FIRST_NAME_DICTIONARIES = having("names", "FIRST_NAMES_IN_DICTIONARY")
_LATIN_SCRIPT = frozenset(code for code in supported() if scripts(code) == ("Latn",))
_DEMONYM_LANGUAGES = having("names", "CAPITALISED_DEMONYMS")
_POSSESSIVE_S_LANGUAGES = having("names", "POSSESSIVE_S")
_LOWERCASE_ADJECTIVE_LANGUAGES = having("names", "ADJECTIVES_IN_LOWER_CASE")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence or line (only worked out for capitalised words)
    capitalised: bool
    abbreviated: bool = False  # an initial: one capital letter, a dot, a capitalised word ("Д.Рааб", "W. Brytanii")
    after_stop: bool = False  # after a colon or a full stop the sentence splitter kept ("Barnier: Предложенията")


@dataclass
class _Candidate:
    tokens: list[_Token]
    type: str | None = None
    lemma: str | None = None
    evidenced: bool = False  # typed by what the text says (gazetteer, title, kind noun), not guessed


def _tokens(text: str, sentences: list[Sentence]) -> list[_Token]:
    # Every word first as a lower-case one (most are), then the capitalised ones told where they stand. One split
    # gives gaps and words in turn, offsets are running sums of their lengths, and the capitalised words are picked
    # out by first letter: no match object and no Python step per word but making its token (SlavicNER: 1.3 million
    # words, a tenth of the stage's time).
    parts = _TOKEN_SPLIT.split(text)  # gap, word, gap, word, …, gap
    ends = list(accumulate(map(len, parts)))  # ends[2 * i]: where word i starts; ends[2 * i + 1]: where it ends
    words = parts[1::2]
    tokens = [_Token(start, end, word, False, False) for start, word, end in zip(ends[::2], words, ends[1::2])]
    starts = {s.start for s in sentences}
    for index in compress(count(), map(str.isupper, map(itemgetter(0), words))):
        token = tokens[index]
        token.capitalised = True
        if index == 0:
            token.initial = True
        else:
            previous = tokens[index - 1]
            gap = text[previous.end : token.start]
            token.initial = "\n" in gap or _starts_sentence(text, token.start, starts)
            # "A Message …", "The Kremlin …": the word after a sentence-opening article is sentence-initial too; not
            # after a preposition, whose capital is the sentence's ("Według Głównego Urzędu", "W Polsce").
            token.initial = token.initial or previous.initial and previous.text.lower() in _ARTICLES and gap == " "
            token.after_stop = gap != " " and not token.initial and _after_stop(gap, previous)
            token.after_stop = token.after_stop and not _title_abbreviation(tokens, index - 1)
        after = text[token.end : token.end + 3]
        token.abbreviated = after[:1] == "." and after[1:].lstrip(" ")[:1].isupper() and (
            len(token.text) == 1 or _cut_to_consonants(text, tokens, index)
        )
    return tokens


_MAX_CUT_LETTERS = 3
# Titles, degrees and suffixes written so: not a word of the name that follows.
_NOT_CUT = frozenset("ddr mgr bc ks jr sr".split())


def _cut_to_consonants(text: str, tokens: list[_Token], index: int) -> bool:
    """A name's word cut to its consonants before the rest of the name ("Дж. Буш" Джордж, "Wlk. Brytania" Wielka),
    not a title ("Dr", "Mgr") nor one closing a name ("Irlandii Płn. Wielka", "Kennedy, Jr. Omluvte")."""
    word = tokens[index].text
    if len(word) > _MAX_CUT_LETTERS or not word[1:].islower() or _VOWEL.search(ascii_fold(word).lower()):
        return False
    if word.lower() in _NOT_CUT or _is_title(word):
        return False
    previous = tokens[index - 1] if index else None
    return previous is None or previous.initial or not (previous.capitalised and text[previous.end : tokens[index].start] in (" ", "-", ", "))


_VOWEL = re.compile("[aeiouy]")
_MIN_CUT_WORD = 3


def _cut_word(token: _Token) -> bool:
    """A word of a place's name cut to its consonants ("Wlk. Brytanii", "Korei Płn."), where initials and cut given
    names have one or two letters ("F. Kennedy", "Дж. Буш")."""
    return token.abbreviated and len(token.text) >= _MIN_CUT_WORD


def _after_stop(gap: str, previous: _Token) -> bool:
    """A word after a colon ("Мишел Барние: Предложенията …", "Biskup: Zapowiadało …") or after a full stop the
    sentence splitter did not take for a sentence end ("127.021. Umrlo", "2018 r. Pierwsza", "np. Paryż"), not after
    an initial ("W. Brytanii"). Such a word alone is a name only if no ordinary word, and no evidence for one."""
    stop = gap.strip(" \u00a0" + _OPENERS)
    return stop == ":" or stop in (".", "!", "?", "…") and not previous.abbreviated


def _title_abbreviation(tokens: list[_Token], index: int) -> bool:
    """A short abbreviation before a name: lower case of up to four letters ("św. Moniki", "prof. Gil") or a
    capitalised title of up to three ("Mr. Jones", "Dr. Smith", "St. Petersburg"). After a number it is a unit
    that may end the sentence ("2018 r. Pierwsza", "2020 г. Ще")."""
    word = tokens[index].text
    short = word.isalpha() and (word.islower() and len(word) <= 4 or word.istitle() and len(word) <= 3)
    return short and not (index > 0 and tokens[index - 1].text[:1].isdigit())


def _starts_sentence(text: str, position: int, sentence_starts: set[int]) -> bool:
    """True at a sentence or line start, also behind opening quotes/dashes, after "later.Про", after a
    separator bar ("| Foto: …") and where a quotation opens after a colon ("заявили: „Ще имаме …")."""
    cursor = position
    while cursor > 0 and text[cursor - 1] in _OPENERS:
        cursor -= 1
    opened = cursor
    if cursor == 0 or cursor in sentence_starts or text[cursor - 1] in ".!?…":
        return True
    while cursor > 0 and text[cursor - 1] in " \t":
        cursor -= 1
    if cursor == 0 or text[cursor - 1] in "\n\r|":
        return True
    if text[cursor - 1] == ":" and any(text[i] in _QUOTE_OPENERS for i in range(opened, position)):
        return True
    # A quotation closed with its sentence: "… je bila ta.« Tako", "… he said.” Then".
    closed = text[max(0, cursor - 3) : cursor].rstrip(_QUOTE_CLOSERS)
    if len(closed) < len(text[max(0, cursor - 3) : cursor]) and closed[-1:] in (".", "!", "?", "…"):
        return True
    # Dialogue dashes open reported speech: "..., – заявила вона. - Він сміливо ..."
    return cursor >= 2 and text[cursor - 1] in "–—-" and text[cursor - 2].isspace()


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """Words belong to one name only if nothing but a space or hyphen separates them, the dot of an initial or an
    abbreviated connector ("Д.Рааб", "T. May", "НИИ им. Гамалеи"), or an ampersand between capitalised words."""
    gap = text[left.end : right.start]
    if left.text[-1] == "+":  # a brand's plus ends its name ("GSP+ Islamabad")
        return False
    if gap == " & ":  # "Johnson & Johnson", "Procter & Gamble"; not two acronyms ("ARD & CNN")
        return left.capitalised and right.capitalised and not (_acronym(left.text) and _acronym(right.text))
    return gap in (" ", "\u00a0", "-") or gap in (".", ". ") and (left.abbreviated or left.text in ABBREVIATED_CONNECTORS)


def _behind_initials(text: str, tokens: list[_Token], first: int) -> int:
    """Where a known name starts once the initials written before it are counted in ("Т. Мэй")."""
    while first > 0 and tokens[first - 1].abbreviated and _joined(text, tokens[first - 1], tokens[first]):
        first -= 1
    return first


def _gazetteer_matches(text: str, tokens: list[_Token], language: str) -> dict[int, tuple[int, object]]:
    """{first token index: (last token index, KnownEntity)} for known names, longest first."""
    known = gazetteer()
    found = {}
    # Only capitalised words and the few lower-case names listed can start a known name.
    prefixes = known.lowercase_prefixes
    initials = frozenset(prefix[:1] for prefix in prefixes)  # a set look-up spares most words the prefixes' scan
    starts = [i for i, t in enumerate(tokens) if t.capitalised or t.text[0] in initials and t.text.startswith(prefixes)]
    free = 0  # the first token no match found so far covers
    plural_names = bool(_plural_name_ending(language))
    for index in starts:
        if index < free:
            continue
        first = tokens[index]
        longest = min(known.first_words.get(stem_key(first.text).split(" ")[0], 0), _MAX_GAZETTEER_WORDS)
        if not longest:  # no known name starts with this word, unless it is a plural name's genitive ("Niemiec")
            plural = _plural_name(first.text, language) if plural_names and first.capitalised else None
            if plural is not None and not _inside_unknown_name(text, tokens, index, language, plural):
                found[index] = (index, plural)
            continue
        reach = _joined_reach(text, tokens, index, longest)
        word_keys = [stem_key(t.text) for t in tokens[index : reach + 1]]
        match = None
        for size in range(min(longest, reach - index + 1), 0, -1):
            last = index + size - 1
            key = " ".join(word_keys[:size])
            capitals = all(t.text.isupper() for t in tokens[index : last + 1])
            surface = first.text if size == 1 else None
            entity = known.lookup_key(key, lowercase_ok=not first.capitalised, capitals=capitals, surface=surface)
            if entity is None and size > 1 and first.capitalised:  # "Съединените щати" is "Съединени щати"
                entity = _known_without_articles([t.text for t in tokens[index : last + 1]], language, key, capitals)
            if entity is not None and not first.capitalised and text[first.start : tokens[last].end] not in known.lowercase_names:
                entity = None
            if entity is None and size == 1 and first.capitalised and language in _LATIN_SCRIPT:
                # Stem changes the key cannot absorb: "Polsce" is Polska, "Niemczech" Niemcy, "Niemiec" Niemcy.
                lemma = lemmatize_name([first.text], language, "LOC")
                entity = known.lookup(lemma) if lemma != first.text else None  # the word itself was looked up
            if entity is not None and size == 1 and (_qualified(text, tokens, index, language) or _names_a_noun(text, tokens, index, language, entity)):
                entity = None
            if entity is not None and (size > 1 or not _inside_unknown_name(text, tokens, index, language, entity)):
                match = (last, entity)
                break
        if match:
            found[index] = match
            free = match[0] + 1
    return found


def _plural_name(word: str, language: str):
    """The known place whose plural name ``word`` is the genitive of ("do Niemiec": Niemcy), as a country's name
    whose people's singular it also is ("Niemiec", a German) is far more often (SlavicNER pl: 45 of 46 LOC)."""
    ending = _plural_name_ending(language)
    # The genitive plural has no ending: the word ends in a consonant ("Niemiec", "Węgier", "Čech").
    if not ending or len(word) < _MIN_PLURAL_NAME or word[-1].lower() in _VOWEL_LETTERS:
        return None
    for plural in (_FLEETING_VOWEL.sub(r"\1", word) + ending, word + ending):
        entity = gazetteer().lookup(plural)
        if entity is not None and entity.type == "LOC" and entity.names.get(language) == plural:
            return entity
    return None


@lru_cache(maxsize=64)
def _plural_name_ending(language: str) -> str:
    return value(language, "names", "PLURAL_NAME_ENDING", "")


_VOWEL_LETTERS = frozenset("aeiouyąęóáéíýůěаеиоуыэюяіїє")
_FLEETING_VOWEL = re.compile(r"i?e(\w)$")
_MIN_PLURAL_NAME = 4


def _joined_reach(text: str, tokens: list[_Token], index: int, most: int) -> int:
    """The last token of the run of words joined to ``tokens[index]`` (``_joined``), at most ``most`` words in all:
    a known name starting there ends no further."""
    last = index
    while last - index + 1 < most and last + 1 < len(tokens) and _joined(text, tokens[last], tokens[last + 1]):
        last += 1
    return last


def _known_without_articles(words: list[str], language: str, key: str, capitals: bool):
    """The known name ``words`` are without their postposed articles; looked up only where that differs from
    the look-up of ``key`` (each word's stem key) just made: articles shed, a word that folds to other than
    one word, or capitals that a word without letters hides ("COVID 19")."""
    bare = without_articles(words, language)
    parts = key.split(" ")
    if bare == words and len(parts) == len(words) and all(parts) and " ".join(words).isupper() == capitals:
        return None
    return gazetteer().lookup(" ".join(bare))


# Endings of adjectives (Latin and Cyrillic Slavic) that, capitalised next to a known name, make a
# different name of it: "Северна Ирландия", "Europy Wschodniej", "Nowy Jork", "Източна Европа".
_ADJECTIVE = re.compile(
    r"(?:[nsc]k(?:i|a|ie|iej|iego|ich|y|ą|á|é|ý|ého|ém|ou|ých|ím)|[nw](?:y|a|e|ą|ej|iej|ego|ym|ych|ymi|í|ího|ímu|ím|ích"
    r"|ími|ého|ém|ou|ých)|[нкв](?:ий|ій|ый|ая|а|о|е|и|ой|ої|ого|ому|ом|ую|ия|ият|ата|ото|ите|ых|их)"
    r"|ni|na|ne|no|nega|nem|nemu|nih|nim|nji|ski|sko|ska|ske|skega|skem)$"
)


@lru_cache(maxsize=100_000)  # asked of every word next to a known name, and again in typing: once per word
def _adjective_like(word: str, language: str) -> bool:
    if not word[:1].isupper() or word.isupper() or word.lower() in STOPWORDS or _is_title(word):
        return False
    if language in PYMORPHY_LANGUAGES:
        return proper_reading(word, language) is None and is_adjective(word, language)
    return bool(_ADJECTIVE.search(word.lower()))


def _qualified(text: str, tokens: list[_Token], index: int, language: str) -> bool:
    """A known one-word name in a longer name with a capitalised adjective ("Северна Ирландия")."""
    word = tokens[index].text
    for neighbour, left, right in ((index - 1, index - 1, index), (index + 1, index, index + 1)):
        if not 0 <= neighbour < len(tokens) or not _joined(text, tokens[left], tokens[right]):
            continue
        # A person's name after the place is no part of it ("Германия Хайко Маас", "Ukrainy Dmytro Kułeba"); two
        # dictionary words are ("Polskiej Akademii Nauk").
        if neighbour > index and _before_full_name(text, tokens, index, language) and not any(
                is_common_word(t.text, language) for t in tokens[neighbour: neighbour + 2]):
            continue
        other = tokens[neighbour].text
        if _adjective_like(other, language):
            return True
        # The known word is itself the adjective, before or after the name ("Северна Ирландия", "Europy Wschodniej"),
        # unless it is a country whose name ends like one ("po Niemczech Polska", "Naopak Česko").
        if other[:1].isupper() and other.lower() not in STOPWORDS and _adjective_like(word, language):
            if neighbour > index or gazetteer().country(word) is None:
                return True
    return False


def _names_a_noun(text: str, tokens: list[_Token], index: int, language: str, entity) -> bool:
    """A known word that is the adjective of a name ending in a lower-case noun: "Северный" (a town) in
    «Северный поток», "Балтийском" (Baltiysk) in "Балтийском море"; elsewhere one of the nouns that end
    such names ("Белия дом", "Belo hišo": no Belém); where adjectives are written in lower case, an adjective
    capitalised mid-sentence before its noun, other than the place's own name in any case form ("Турски поток": no
    Turkey; "Polska gospodarka", "na Škotskem je", "z Londynem zostanie" keep their places)."""
    if index + 1 >= len(tokens) or tokens[index + 1].capitalised or not _joined(text, tokens[index], tokens[index + 1]):
        return False
    word, noun = tokens[index].text, tokens[index + 1].text
    if names_with_noun(word, noun, language) or noun.lower() in _head_nouns(language):
        return True
    # The place's own name in this language, in a case form ("Londynem"); a place with no name in it, any of its
    # spellings; or its people ("Američane pozval").
    name = entity.names.get(language)
    if word in entity.names.values() or (_case_form(ascii_fold(word), ascii_fold(name)) if name else gazetteer().spells_place(word)):
        return False
    if gazetteer().country_of_demonym(word, language) is not None:
        return False
    return _begins_noun_phrase(text, tokens[index - 1] if index else None, tokens[index], tokens[index + 1], language)


def _case_form(folded: str, own: str) -> bool:
    """``folded`` is the name ``own`` (both folded) with a case ending, in place of its final vowel or after it
    ("londynem", "skotskem", "polska"); not another word of its stem ("turski" is no "turtsiya")."""
    stem = own[:-1] if own[-1:] in _FOLDED_VOWELS else own
    return folded.startswith(stem) and len(folded) - len(own) <= _MAX_ENDING


def _inside_unknown_name(text: str, tokens: list[_Token], index: int, language: str, entity) -> bool:
    """A known city's name joined to capitalised words that are not known: "Vladimir Putin" is no city.

    Only cities known from GeoNames alone are in doubt; countries and the
    listed places ("Лондон Садик Кан") are not. In Ukrainian and Russian the
    dictionary decides: "Марко Рубіо" is a name, "Росії Сергій Рябков" a
    country and a name.
    """
    known = gazetteer()
    word = tokens[index].text
    if word.lower() in STOPWORDS and not _acronym_in_lower_case_text(tokens, index):
        return True
    if entity.type != "LOC":
        return False
    if _in_full_name(text, tokens, index, language):
        return True
    # The place's own name in this language, inflected at most by an ending ("Лондона"; not "Franc" for Francija).
    own_name = entity.names.get(language) if len(entity.names) > 1 else None
    own_stem = own_name is not None and stem_key(own_name) == stem_key(word)
    if own_stem and len(word) >= len(own_name):
        return False
    # One letter short of the place's name is a first name's ending: "Доминик Рааб" is no Dominica ("Доминика").
    one_short = own_stem and len(word) == len(own_name) - 1
    shortened = one_short and _next_is_lone_name(text, tokens, index)
    if one_short and not shortened:
        return False
    if language in PYMORPHY_LANGUAGES and not shortened and proper_reading(word, language) not in ("Name", "Surn"):
        return False
    if _before_full_name(text, tokens, index, language):
        return False
    # After "in", a city's name is the city when a case ending or a name no dictionary knows follows it ("w
    # Dublinie Tusk ocenił", "в Лондон Блеър"), not a building's or a park's ("w Lancaster House", "w Alexandra Park").
    if after_in(text, tokens[index].start, language) and (
            _inflected_name(word, entity) or not _ordinary_word_after(text, tokens, index, language)):
        return False
    for neighbour, left, right in ((index - 1, index - 1, index), (index + 1, index, index + 1)):
        if not 0 <= neighbour < len(tokens) or not _joined(text, tokens[left], tokens[right]):
            continue
        other = tokens[neighbour].text
        if other[:1].isupper() and not _cut_word(tokens[neighbour]) and not _is_title(other) and other.lower() not in STOPWORDS and not known.lookup(other):
            return True
    return False


def _ordinary_word_after(text: str, tokens: list[_Token], index: int, language: str) -> bool:
    """The word joined after ``index`` is an ordinary word of the text's language or of English ("Hall", "Park")."""
    after = index + 1
    if after >= len(tokens) or not _joined(text, tokens[index], tokens[after]):
        return True
    return any(is_common_word(tokens[after].text, dictionary) for dictionary in (language, "en"))


def _inflected_name(word: str, entity) -> bool:
    """``word`` is one of the entity's names with a case ending ("Dublinie", "Pensylvánii"), not as listed."""
    folded = ascii_fold(word)
    return any(folded != own and _case_form(folded, own) for own in map(ascii_fold, entity.names.values()))


def _acronym_in_lower_case_text(tokens: list[_Token], index: int) -> bool:
    """A known name in capitals that spells a stop word ("NATO" the cs "nato", "WHO" the en "who"), written among
    words not in capitals: an acronym, not the word shouted in a headline ("WHO WILL WIN")."""
    return _acronym(tokens[index].text) and not any(_acronym(tokens[i].text) for i in (index - 1, index + 1) if 0 <= i < len(tokens))


def _before_full_name(text: str, tokens: list[_Token], index: int, language: str) -> bool:
    """The place opens a run of three capitalised words and the two after it read as a person's given name and
    surname ("senator Ohia Rob Portman", "premier Szkocji Nicola Sturgeon"), not as the rest of the place's name
    or an institution's ("Zurich Insurance Group")."""
    def joined_capital(left: int) -> bool:
        return left + 1 < len(tokens) and tokens[left + 1].capitalised and _joined(text, tokens[left], tokens[left + 1])

    before = tokens[index - 1] if index else None
    opens = before is None or _cut_word(before) or not (before.capitalised and _joined(text, before, tokens[index])) or (
        _is_title(before.text))  # "Kanclerz Niemiec Angela Merkel" opening a sentence
    if not (opens and joined_capital(index) and joined_capital(index + 1) and not joined_capital(index + 2)):
        return False
    return _reads_as_person([tokens[index + 1].text, tokens[index + 2].text], language, tokens[index].text)


def _reads_as_person(words: list[str], language: str, before: str = "") -> bool:
    """Capitalised words that may be a person's name: no acronym, connector, adjective or institution word; after a
    given name, a word shaped like an adjective is a surname ("Michał Kuczmierowski", "Simona Krautová"), unless it
    agrees with an adjective ``before`` them, the noun between being no name ("Światowego Forum Ekonomicznego")."""
    if any(_acronym(w) or not w[:1].isupper() or w in CONNECTORS for w in words):
        return False
    given = len(words) == _FULL_NAME_WORDS and is_given_name(words[0])
    agreeing = _adjective_like(before, language) and before[-_AGREEING_ENDING:] == words[-1][-_AGREEING_ENDING:]
    # A given name no dictionary has is no adjective, whatever it ends in ("Anne Hidalgo", "Ekaterina Zachariewa").
    checked = words if not given or agreeing else [] if not is_common_word(words[0], language) else words[:1]
    if any(_adjective_like(w, language) for w in checked):
        return False
    return not _names_institution(words)


_FULL_NAME_WORDS = 2
_AGREEING_ENDING = 3  # "-ego", "-ych", "-ého"


def _in_full_name(text: str, tokens: list[_Token], index: int, language: str) -> bool:
    """A place's name that is a given name before a surname ("Владимир Васильев", "Georgia Mayo") or a surname after
    a given name ("Martin Kuba"). The surname is a capitalised word no gazetteer, dictionary or institution word
    makes anything else (a uk/ru dictionary reading it as a surname will do: "Васильев" is also a village)."""
    before, after = index - 1, index + 1
    if after < len(tokens) and _joined(text, tokens[index], tokens[after]) and is_given_name(tokens[index].text):
        surname = tokens[after].text
        if _surname_like(surname, language) and (proper_reading(surname, language) == "Surn" or not is_common_word(surname, language)):
            return True
    if before >= 0 and _joined(text, tokens[before], tokens[index]) and is_given_name(tokens[before].text):
        return not tokens[before].initial and _surname_like(tokens[index].text, language, known_ok=True)
    return False


def _surname_like(word: str, language: str, known_ok: bool = False) -> bool:
    if not word[:1].isupper() or _acronym(word) or word.lower() in STOPWORDS or _adjective_like(word, language):
        return False
    if _has_word(word, ORGANISATION_WORDS) or _has_word(word, PLACE_WORDS) or _is_title(word):
        return False
    return known_ok or proper_reading(word, language) == "Surn" or gazetteer().lookup(word) is None


def _next_is_lone_name(text: str, tokens: list[_Token], index: int) -> bool:
    """The word after ``index`` is capitalised and ends a run of two: a surname after a first name."""
    after = index + 1
    if after >= len(tokens) or not tokens[after].capitalised or not _joined(text, tokens[index], tokens[after]):
        return False
    return after + 1 >= len(tokens) or not (tokens[after + 1].capitalised and _joined(text, tokens[after], tokens[after + 1]))


def _inflects(words: list[str], name: str) -> bool:
    """Whether ``words`` are ``name`` inflected: the gazetteer's name is then the normal form.

    Same stem key ("Polski" / "Polska"), or the same number of words each
    starting alike ("Bílého domu" / "Bílý dům", "Білого дому" / "Білий дім").
    """
    if stem_key(" ".join(words)) == stem_key(name):
        return True
    parts = name.split()
    return len(parts) == len(words) > 1 and all(w[:2].lower() == p[:2].lower() for w, p in zip(words, parts))


@lru_cache(maxsize=100_000)
def _is_title(word: str) -> bool:
    """A person's title, also as the last part of a compound ("US-Außenminister", "экс-президент")."""
    lowered = word.lower()
    if lowered in STOPWORDS and lowered.rstrip(".") not in PERSON_TITLES:  # "после" is no "посл(а)"; "Dr" is a title
        return False
    if _acronym(word) and lowered not in PERSON_TITLES:  # "MSW", "MSZ" are ministries, not "Ms" with an ending
        return False
    return _begins_with_title(lowered) or "-" in lowered and _begins_with_title(lowered.rsplit("-", 1)[1])


def _institution_beyond_title(lowered: str) -> bool:
    """The word begins with an institution word longer than any title it begins with: pl "ministerstwo" is a ministry,
    though it begins like the title "minist(er)"; "senatora" is a senator, "senat" being shorter than "senator"."""
    longest_title = max((len(title) for title in PERSON_TITLES if lowered.startswith(title)), default=0)
    return any(lowered.startswith(stem) and len(stem) > longest_title for stem in _stems_beginning(lowered[:_TITLE_INDEX]))


_TITLE_INDEX = 3


@lru_cache(maxsize=4096)
def _stems_beginning(letters: str) -> tuple[str, ...]:
    return tuple(stem for stem in ORGANISATION_WORDS if stem.startswith(letters))


# A short title takes a short ending only: "пана", "мэра", "главы" are titles, "пандемии", "senat",
# "главный", "drugi" are not. Titles that begin compounds ("вицепремиер", "экс-") take any.
_SHORT_TITLE_ENDINGS = {1: 1, 2: 1, 3: 1, 4: 2}
_COMPOUNDING_TITLES = ("вице", "віце", *(title for title in PERSON_TITLES if title.endswith("-")))


def _begins_with_title(lowered: str) -> bool:
    if not lowered.startswith(PERSON_TITLES) or _institution_beyond_title(lowered):
        return False
    if lowered.startswith(_COMPOUNDING_TITLES):
        return True
    return any(
        lowered.startswith(title) and len(lowered) - len(title) <= _SHORT_TITLE_ENDINGS.get(len(title), len(lowered))
        for title in PERSON_TITLES
    )


def _runs(text: str, tokens: list[_Token], taken: set[int], language: str) -> list[list[int]]:
    """Maximal runs of capitalised tokens (indices) not already taken by the gazetteer."""
    runs, current = [], []
    for index, token in enumerate(tokens):
        if not current and not token.capitalised:  # outside a run only a capital starts one
            continue
        if current and not _joined(text, tokens[current[-1]], token):
            runs.append(current)
            current = []
        usable = index not in taken and (token.capitalised or (token.text[:1].isdigit() and bool(current)))
        if usable:
            current.append(index)
            continue
        connector = current and index not in taken and _joined(text, tokens[current[-1]], token) and _connects(text, tokens, index, language)
        if connector:
            current.append(index)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    # A run never ends on a connector.
    return [run if tokens[run[-1]].capitalised else run[: max(i for i, t in enumerate(run) if tokens[t].capitalised) + 1] for run in runs if run]


def _connects(text: str, tokens: list[_Token], index: int, language: str) -> bool:
    """A connector before a capitalised word ("Secretary of State"), or two name particles between two name words
    ("Ursula von der Leyen", "Урсула фон дер Ляйен"; not "seit 25 Jahren von den Strafverfolgungsbehörden")."""
    def joined_to_next(position: int) -> bool:
        return position + 1 < len(tokens) and _joined(text, tokens[position], tokens[position + 1])

    word = tokens[index].text
    if word in ABBREVIATED_CONNECTORS:  # its dot may be taken for a sentence's end: not before an ordinary word
        following = tokens[index + 1] if joined_to_next(index) else None
        return (
            word in value(language, "names", "ABBREVIATED_CONNECTORS", ()) and following is not None and following.capitalised
            and not (following.initial and is_common_word(following.text, language))
        )
    if word not in CONNECTORS or not joined_to_next(index):
        return False
    if tokens[index + 1].capitalised:
        return True
    particles = tokens[index].text in NAME_PARTICLES and tokens[index + 1].text in NAME_PARTICLES
    return particles and joined_to_next(index + 1) and _particles_in_name(tokens[index - 1], tokens[index + 2], language)


def _particles_in_name(before: _Token, after: _Token, language: str) -> bool:
    """Name particles stand between a given name or a word no dictionary has and a capitalised name, not both
    dictionary words: "Ursula von der Leyen", not "im Juli von der Staatsanwaltschaft", "2019 von der Polizei"."""
    if not after.capitalised or not before.capitalised:
        return False
    common_before = is_common_word(before.text, language)
    if common_before and not is_given_name(before.text):
        return False
    return not (common_before and is_common_word(after.text, language))


def _with_lowercase_head(text: str, tokens: list[_Token], run: list[int], language: str, seen_inside: set[str]) -> list[int]:
    """A capitalised adjective before a lower-case noun names what the noun is: an institution or place
    noun ("Върховния съд", "Верховный суд", "Балтийско море"), or in uk/ru any noun it agrees with, the
    adjective written capitalised mid-sentence («Северный поток», "Північного потоку")."""
    last = run[-1]
    if last + 1 >= len(tokens):
        return run
    adjective, head = tokens[last], tokens[last + 1]
    if head.capitalised or not _joined(text, adjective, head):
        return run
    if head.text in value(language, "names", "FOREIGN_NAME_WORDS", frozenset()):  # "Франс прес", "Фокс нюз"
        return [*run, last + 1]
    if len(run) == 1 and (not adjective.initial and names_with_noun(adjective.text, head.text, language)
                          or _quoted_with_noun(text, adjective, head, language)):
        return [*run, last + 1]
    if len(run) == 1 and _described_at_sentence_start(tokens, last, seen_inside, language):
        return run
    if len(run) == 1 and adjective.initial and _place_adjective(adjective.text):  # "Pákistánská policie"
        return run
    # The nouns listed as ending such names end them after any ordinary word ("Belo hišo", "Bílý dům"), not
    # after a name ("Saif Mulúk agentuře" is "told the agency").
    if len(run) == 1 and head.text.lower() in _head_nouns(language) and is_common_word(adjective.text, language):
        return [*run, last + 1]
    if not _adjective_like(adjective.text, language):
        return run
    # Lower-case adjectives may stand between ("Световната здравна организация"); a word that can end the
    # name ends it, though it may look like an adjective ("комисия").
    position = last + 1
    previous = tokens[last - 1] if last else None
    while not _name_head(tokens[position].text, language):
        if not _lowercase_adjective(tokens[position].text, language) or position - last > _LOWERCASE_ADJECTIVES:
            if len(run) == 1 and _begins_noun_phrase(text, previous, adjective, tokens[position], language):
                break
            # The word before, which looked like an adjective, was the noun: "Берлинската стена през".
            position -= 1
            if position == last or len(run) > 1 or not _begins_noun_phrase(text, previous, adjective, tokens[position], language, True):
                return run
            break
        if position + 1 >= len(tokens) or not _joined(text, tokens[position], tokens[position + 1]) or tokens[position + 1].capitalised:
            if len(run) > 1 or not _begins_noun_phrase(text, previous, adjective, tokens[position], language, True):
                return run
            break
        position += 1
    return [*run, *range(last + 1, position + 1)]


def _quoted_with_noun(text: str, adjective: _Token, head: _Token, language: str) -> bool:
    """A quotation that holds just a capitalised adjective and its noun (and a number) is a name, opening a sentence
    too: after a kind noun ("Газопроводът „Северен поток 2“"; in uk/ru the two agreeing), or in uk/ru where the text
    quotes it mid-sentence as well («Северный поток-2» пройдет …)."""
    if text[adjective.start - 1 : adjective.start] not in _QUOTE_OPENERS:
        return False
    if not _QUOTED_NOUN_END.match(text, head.end):
        return False
    if kind_before(text, adjective.start) is not None:
        return language not in PYMORPHY_LANGUAGES or names_with_noun(adjective.text, head.text, language)
    # Opening a sentence: in uk/ru when the text quotes it mid-sentence too (a quoted headline is quoted once).
    return language in PYMORPHY_LANGUAGES and names_with_noun(adjective.text, head.text, language) and any(
        found.start() != adjective.start - 1 and text[: found.start()].rstrip()[-1:].islower()
        for found in re.finditer(f"[{_QUOTE_OPENERS}]{re.escape(adjective.text)} ", text))


_QUOTED_NOUN_END = re.compile(r"(?:\s?[-–—]?\s?\d{1,3})?[\"»“”]")


def _described_at_sentence_start(tokens: list[_Token], index: int, seen_inside: set[str], language: str) -> bool:
    """An adjective opening a sentence before a lower-case noun describes it ("Italská vláda", "Holenderski sąd",
    "Местный суд", "Апелативният съд") unless the text also writes it capitalised mid-sentence, as a name's first
    word ("… Pandemická komise doporučila"). Not after a preposition opening the sentence ("V Evropském parlamentu"),
    nor before what an institution is for ("Evropska agencija za zdravila"). SlavicNER LOTO, such sentence-initial
    phrases: 387 are no names, 140 are."""
    adjective = tokens[index]
    if not adjective.initial or index > 0 and tokens[index - 1].initial or stem_key(adjective.text) in seen_inside:
        return False
    return index + 2 >= len(tokens) or tokens[index + 2].text not in _purpose_prepositions(language)


def _begins_noun_phrase(
    text: str, previous: _Token | None, adjective: _Token, word: _Token, language: str, adjective_like_noun: bool = False
) -> bool:
    """Languages that write adjectives in lower case capitalise one mid-sentence only as a name's first word,
    and the name runs to the noun it qualifies: "Федералния резерв", "Česká televize", "Zvezne rezerve",
    "Mezinárodní měnový fond" (uk/ru ask the dictionary instead). ``word`` is where the noun should be.
    The adjective must be a dictionary word (surnames end like adjectives: "Захариева", "Dembinski") and stand
    mid-sentence, not after a colon or a list number ("Ейре: Тежко споразумение", "5. Заболяване със").
    ``adjective_like_noun``: ``word`` may end like an adjective (the last word of the phrase: "стена")."""
    if adjective.initial or language not in _LOWERCASE_ADJECTIVE_LANGUAGES or _opens_clause(text, adjective.start):
        return False
    if previous is not None and previous.capitalised and _joined(text, previous, adjective):  # a run cut short
        return False
    lowered = word.text.lower()
    if not word.text.isalpha() or lowered in STOPWORDS or lowered in value(language, "names", "PREPOSITIONS", ()):
        return False
    if not adjective_like_noun and _lowercase_adjective(word.text, language):
        return False
    lowered = adjective.text.lower()
    if not _NAME_ADJECTIVE.search(lowered):
        return False
    if is_common_word(adjective.text, language):
        return True
    # An adjective the dictionary lacks, made from a name ("Osmanské říše", "Golansko planoto"), before a dictionary
    # noun that is no verb, where a verb tells itself by its infinitive (cs, sl): a surname is followed by its verb.
    if _infinitive_endings(language) and not _POSSESSIVE.search(lowered) and not lowered.endswith(_NOUN_ONLY_ENDINGS.get(language, ())):
        if is_common_word(word.text, language) and not _verb(word.text, language):
            return True
    # A definite adjective ends no surname ("Берлинската стена", "Пакистанския наказателен кодекс"); its noun agrees
    # with it ("Сената щеше" is a noun with its article and a verb).
    ending = next((e for e in _DEFINITE_ADJECTIVE if lowered.endswith(e)), None) if _definite_endings(language) else None
    return ending is not None and word.text.lower().endswith(_DEFINITE_AGREEMENT[ending])


# Adjectives in -sk-/-ck- and -n- (most that begin names: "Česká", "Národní", "Zvezne", "Федералния"), in an
# oblique or non-masculine form: "-ski"/"-cki", Latin "-a" and Cyrillic "-ова" end surnames as often
# ("Morawiecki", "Tuska", "Павлова").
_NAME_ADJECTIVE = re.compile(
    r"(?:[sc]k|[šč]k|n)(?:á|é|ého|ém|ou|ých|ým|ými|í|ího|ím|ích|ą|e|ej|iej|ego|iego|ym|ych|imi|ie|iego|ega|em|ih)$"
    r"|(?:ск|цк)(?:ия|ият|ата|ото|ите|а|о|и)$|н(?:ия|ият|ата|ото|ите|и)$"
)


# Possessive adjectives of a name ("Moderninega cepiva", "Nasine raziskave": SlavicNER names the owner only).
_POSSESSIVE = re.compile(r"in(?:a|e|i|o|u|ega|emu|em|ih|im|ima|ou|é|ého|ém|ým|ých|á|ý)$")
# Endings only nouns have in a language, though they follow -n-/-sk- as adjective endings do: cs "s Tuskem", "s Bidenem"
# (a Czech adjective ends in -ém).
_NOUN_ONLY_ENDINGS = {"cs": ("em",)}


# Endings of definite adjectives (bg): masculine "-ия", "-ият", feminine "-ата", neuter "-ото", plural "-ите".
_DEFINITE_ADJECTIVE = ("ия", "ият", "ата", "ото", "ите")
# The endings of the noun each agrees with: masculine ends in a consonant ("съд", "щаб"), feminine in -а/-я ("стена"),
# neuter in -о/-е ("пространство"), plural in -и/-е ("власти").
_CONSONANTS = tuple("бвгджзйклмнпрстфхцчшщ")
_DEFINITE_AGREEMENT = {"ия": _CONSONANTS, "ият": _CONSONANTS, "ата": ("а", "я"), "ото": ("о", "е"), "ите": ("и", "е")}


_CLAUSE_OPENING = re.compile(r"(?::|\d\.|\d\))[\s\"'«„“‚]*$")


def _opens_clause(text: str, start: int) -> bool:
    """The word at ``start`` follows a colon or a list number: it may be capitalised as a sentence's first word."""
    return bool(_CLAUSE_OPENING.search(text[max(0, start - 8) : start]))


def _name_head(word: str, language: str) -> bool:
    """A lower-case noun that can end a name begun by a capitalised adjective: an institution or place word."""
    return _has_word(word, ORGANISATION_WORDS) or _has_word(word, PLACE_WORDS) or word.lower() in _head_nouns(language)


_LOWERCASE_ADJECTIVES = 2


_COUNTRY_NOUNS = ("стран", "країн", "держав", "штат")


def _with_genitive_complement(text: str, tokens: list[_Token], run: list[int], language: str) -> tuple[list[int], int | None]:
    """In uk/ru an institution word written capitalised mid-sentence takes the lower-case genitive after it
    into its name: "Палата представителей", "Министерство иностранных дел", "Всемирной организации
    здравоохранения" (adjectives, then the noun); other languages as ``_with_genitive_plural`` says. (the run, where
    in it the genitive starts, or None)."""
    first, last = tokens[run[0]], tokens[run[-1]]
    if first.initial or not _has_word(last.text, ORGANISATION_WORDS):
        return run, None
    if language not in PYMORPHY_LANGUAGES:
        return _with_genitive_plural(text, tokens, run, language)
    position = run[-1] + 1
    while position < len(tokens) and position - run[-1] <= _LOWERCASE_ADJECTIVES + 1:
        token = tokens[position]
        if token.capitalised or not _joined(text, tokens[position - 1], token):
            return run, None
        reading = genitive_reading(token.text, language)
        # "Верховного суда страны", "суда штата": the court of the country named before, not a name's part.
        if kind_of(token.text) is not None or token.text.lower().startswith(_COUNTRY_NOUNS):
            return run, None
        if reading == "NOUN":
            return [*run, *range(run[-1] + 1, position + 1)], len(run)
        if reading != "ADJF":
            return run, None
        position += 1
    return run, None


def _with_genitive_plural(text: str, tokens: list[_Token], run: list[int], language: str) -> tuple[list[int], int | None]:
    """Where no dictionary tells the genitive, a noun whose ending only the genitive plural has ("lordů") after an
    institution word ("Sněmovna") is what the institution is made of, in its name."""
    endings = value(language, "names", "GENITIVE_PLURAL_ENDINGS", ())
    following = run[-1] + 1
    if not endings or following >= len(tokens):
        return run, None
    token = tokens[following]
    if token.capitalised or not token.text.isalpha() or not token.text.endswith(endings) or not _joined(text, tokens[run[-1]], token):
        return run, None
    return [*run, following], len(run)


def _lowercase_adjective(word: str, language: str) -> bool:
    """A lower-case adjective inside a name ("здравна", "hospodářská"); uk/ru as the dictionary reads it."""
    if language in PYMORPHY_LANGUAGES:
        return is_adjective(word, language)
    return bool(_ADJECTIVE.search(word) or _OV_ADJECTIVE.search(word) or _CYRILLIC_INDEFINITE_ADJECTIVE.search(word))


# bg masculine adjectives without the article: "наказателен", "оперативен", "информационен", "банков", "европейски".
_CYRILLIC_INDEFINITE_ADJECTIVE = re.compile(r"(?:ен|ов|ев|ски|цки)$")


_OV_ADJECTIVE = re.compile(r"ov(?:ý|á|é|ého|ém|ou|ých|ým|ými)$|ow(?:y|a|e|ej|ego|ym|ych|ymi)$")  # "měnový", "walutowy"


@lru_cache(maxsize=64)
def _head_nouns(language: str) -> frozenset[str]:
    return value(language, "names", "NAME_HEAD_NOUNS", frozenset())


def _split_acronym(run: list[int], tokens: list[_Token]) -> list[list[int]]:
    """An acronym before a full name is a name of its own ("SD Franc Trček", "САЩ Доналд Тръмп"), not one joined to
    it by a connector ("НИИ им. Гамалеи")."""
    if len(run) >= 3 and _acronym(tokens[run[0]].text) and not any(_acronym(tokens[t].text) for t in run[1:]) and tokens[run[1]].text not in CONNECTORS:
        return [run[:1], run[1:]]
    return [run]


_ROMAN_NUMERAL = re.compile("[IVXLCDM]+")
# Letters or an abbreviation hyphened to a lower-case word of four letters or more make a common noun or adjective
# ("S-белок", "ПЦР-тест", "Т-клетки", "IT-отдела", "SMS-owych", "PR-owskiego"), not a name; a short case ending
# after an acronym keeps it one ("PiS-u", "TVN-u", "NIJZ-ja"). SlavicNER LOTO: 144 such words, 4 names among them.
_MAX_ABBREVIATION = 6
_MIN_COMPOUNDED_WORD = 4
# A well-formed Roman number alone counts a century, quarter or part ("w II półroczu", "начала XX века",
# "компонента II"), not a name; up to 99, since "MC", "CD", "DC" are as often acronyms. SlavicNER LOTO: 100 such
# words are no names, none is.
_ROMAN_NUMBER = re.compile("(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _split_scripts(run: list[int], tokens: list[_Token]) -> list[list[int]]:
    """Words in Latin and words in Cyrillic letters are two names: "Brexit Дэвид Дэвис", "Brexit Мішель
    Барньє" (a letter or numeral may sit in either: "Спутник V")."""
    if not run:
        return []
    parts = [[run[0]]]
    for previous, index in zip(run, run[1:]):
        before, after = _script(tokens[previous].text), _script(tokens[index].text)
        if before and after and before != after:
            parts.append([])
        parts[-1].append(index)
    return parts


def _script(word: str) -> str | None:
    """"Cyrl" or "Latn" for a word of two or more letters all in that script, else None (also for a Roman
    numeral: "Бенедикт XVI")."""
    if len(word) < 2 or not word.isalpha() or _ROMAN_NUMERAL.fullmatch(word):
        return None
    latin, cyrillic = bool(_LATIN_LETTER.search(word)), is_cyrillic(word)
    return None if latin == cyrillic else "Latn" if latin else "Cyrl"


def _split_before_first_name(run: list[int], tokens: list[_Token], language: str) -> list[list[int]]:
    """A first name in another case than the word before it starts a second name (uk/ru dictionaries tell):
    "губернатор Пенсильвании Кэти Боквар", "помощник Навального Леонид Волков", "глава Минздрава Максим Степанов".
    """
    if language not in PYMORPHY_LANGUAGES or not run:
        return [run]
    parts = [[run[0]]]
    for previous, index in zip(run, run[1:]):
        institution = _has_word(tokens[previous].text, ORGANISATION_WORDS)
        if begins_another_name(tokens[previous].text, tokens[index].text, language, institution):
            parts.append([])
        parts[-1].append(index)
    # What stood before the name alone is an ordinary word when the dictionary says so ("Демократ Джо Байден").
    first = tokens[parts[0][0]].text
    if len(parts) > 1 and len(parts[0]) == 1 and proper_reading(first, language) is None and is_common_word(first, language):
        parts = parts[1:]
    return parts


def _split_before_confirmed_names(runs: list[tuple[list[int], bool]], tokens: list[_Token], language: str) -> list[tuple[list[int], bool]]:
    """A run that ends in a name of two or more words written alone elsewhere in the text is two names:
    "Брекзит Мишел Барние" where "Мишел Барние" stands alone, "Великобритания Дейвид Дейвис"."""
    def key(run: list[int]) -> str:
        return stem_key(" ".join(tokens[i].text for i in run))

    keys = [key(run) for run, _ in runs]
    alone = {run_key for (run, _), run_key in zip(runs, keys) if len(run) >= 2}
    standing = Counter(keys)
    result = []
    for run, titled in runs:
        cut = next((i for i in range(1, len(run) - 1) if key(run[i:]) in alone and tokens[run[i]].text not in CONNECTORS), None) if len(run) > 2 and alone else None
        cut = cut or _cut_before_full_name(run, tokens, standing, language) or _cut_between_lone_names(run, tokens, standing, key)
        result.extend([(run[:cut], titled), (run[cut:], titled)] if cut else [(run, titled)])
    return result


def _cut_between_lone_names(run: list[int], tokens: list[_Token], standing: Counter, key) -> int | None:
    """Where an acronym or a place or body the gazetteer knows meets a name in one run, both written alone elsewhere
    in the text: "ЕС Мей", "UE Tusk", "Мюнхен Мей", "Огайо Клинтон" (not "Асия Биби", where "Асия" and "Биби" stand
    alone too)."""
    for cut in range(1, len(run)):
        if tokens[run[cut]].text in CONNECTORS or not (standing[key(run[:cut])] and standing[key(run[cut:])]):
            continue
        head = " ".join(tokens[i].text for i in run[:cut])
        if _acronym(head) or _known_not_person(head):
            return cut
    return None


def _cut_before_full_name(run: list[int], tokens: list[_Token], standing: Counter, language: str) -> int | None:
    """Where a full name (given name and surname) glued to a name before it begins: "szef Rady Europejskiej Donald
    Tusk", "преговарящ за Брекзит Мишел Барние", "в Париж Питър Рикетс". The name before must stand alone elsewhere
    in the text; the last two words must read as a person's (no acronym, institution or adjective)."""
    if len(run) < 3 or any(tokens[i].abbreviated for i in run):  # "Taraji P. Henson"
        return None
    head = stem_key(" ".join(tokens[i].text for i in run[:-2]))
    # A middle name: "Donald John Trump" where "Donald Trump" is written too.
    if standing[f"{head} {stem_key(tokens[run[-1]].text)}"]:
        return None
    before = " ".join(tokens[i].text for i in run[:-2])
    surname_alone = standing[stem_key(tokens[run[-1]].text)]
    if not (standing[head] or surname_alone and _known_not_person(before) or _given_name_after_other(tokens, run)):
        return None
    return len(run) - 2 if _reads_as_person([tokens[i].text for i in run[-2:]], language, tokens[run[-3]].text) else None


def _given_name_after_other(tokens: list[_Token], run: list[int]) -> bool:
    """The last two words are a given name and a surname and the word before is no given name: a place or body
    the person is of ("kanclerz Niemiec Angela Merkel", "senator Teksasa Ken Paxton", "Сената Мич Макконъл"),
    not a middle name ("Donald John Trump"), nor a title's words after its article ("The Washington Post")."""
    if tokens[run[-3]].text in _FOREIGN_ARTICLES:
        return False
    return is_given_name(tokens[run[-2]].text) and not is_given_name(tokens[run[-3]].text)


def _known_not_person(words: str) -> bool:
    known = gazetteer().lookup(words)
    return known is not None and known.type != "PER"


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _trim_run(
    text: str, run: list[int], tokens: list[_Token], language: str, seen_inside: set[str], lowercase_words: set[str]
) -> tuple[list[int], bool]:
    """Cuts titles and ordinary words off the front of a run; (rest, whether a title preceded)."""
    titled = False
    while run:
        token = tokens[run[0]]
        word = token.text
        if token.abbreviated:  # "W. Brytanii", "Б.Джонсон": an initial, not the word "w" or "б"
            break
        if _foreign_article(text, tokens, run, language):  # "The Guardian" in a Polish text: the title's own article
            break
        if _bare(word).lower() in STOPWORDS or word in CONNECTORS or is_never_name(word, language):
            # A given name mid-sentence that is a stop word elsewhere: "obhájí Jan Hamáček" (not "Jan." or "Ale Barnier").
            if len(run) > 1 and not token.initial and _given_name_before_name(tokens, run, lowercase_words):
                break
            run = run[1:]
        elif _is_title(word) and len(run) > 1:
            titled = True
            run = run[1:]
        elif token.initial and len(run) > 1 and _ordinary_opener(word, language, seen_inside, lowercase_words):
            if _given_name_before_name(tokens, run, lowercase_words) or _institution_before_name(tokens, run, language):
                break
            run = run[1:]
        elif token.initial and len(run) > 1 and _definite_opener(word, language, seen_inside):  # "Вирусологът Дростен"
            run = run[1:]
        else:
            break
    # A pronoun or verb after a name opens the next sentence when its full stop is missing ("Байдена Обе палаты").
    while len(run) > 1 and (is_never_name(tokens[run[-1]].text, language) or _stopword_after_name(tokens[run[-1]].text, language)):
        run = run[:-1]
    # English-style titles stacked inside the run ("U.S. Secretary of State Marco Rubio").
    title_positions = [i for i, t in enumerate(run) if _is_title(tokens[t].text)]
    stacked = title_positions and title_positions[-1] < len(run) - 1
    if stacked and not any(_has_word(tokens[t].text, ORGANISATION_WORDS) for t in run):  # no organisation described
        titled = True
        run = run[title_positions[-1] + 1 :]
        while run and tokens[run[0]].text in CONNECTORS:
            run = run[1:]
    return run, titled


def _given_name_before_name(tokens: list[_Token], run: list[int], lowercase_words: set[str]) -> bool:
    """The run opens with a given name and a capitalised word follows it: "Krystyna Janda", "Roman Ziruk". Not a
    word the text also writes in lower case: an ordinary word that is a name too ("Sam Trump" is "Trump himself")."""
    word = tokens[run[0]].text
    following = tokens[run[1]]
    return is_given_name(word) and following.capitalised and not _acronym(following.text) and not _written_lower(word, lowercase_words)


def _stopword_after_name(word: str, language: str) -> bool:
    """A capitalised stop word of the text's language ending a run opens the next sentence, whose full stop a
    headline or caption lacks ("победу Байдена В США нет", "ČTK/AP Podle advokáta"). Not a Roman numeral ("Sputnik
    V"), nor a word of two or three letters, which may end a name spelt out ("Ай Ти Ви", "Эдгар Аллан По")."""
    if _ROMAN_NUMERAL.fullmatch(word) or 1 < len(word) < _SHORTEST_STOPWORD_AFTER_NAME or len(word) > 1 and word.isupper():
        return False
    return word.lower() in value(language, "names", "STOPWORDS", frozenset()) or is_function_word(word, language)


_SHORTEST_STOPWORD_AFTER_NAME = 4


def _institution_before_name(tokens: list[_Token], run: list[int], language: str) -> bool:
    """An institution word opening a sentence before the adjective, institution or known name that completes it:
    "Komisja Europejska", "Parlament Europejski", "Ministerstwo Zdrowia"; not "Vláda Mayové", "Agentura Bloomberg",
    "Советник Трампа" (a body or adviser of someone)."""
    word, following = tokens[run[0]].text, tokens[run[1]].text
    if not _has_word(word, ORGANISATION_WORDS) or _is_title(word):
        return False
    return _adjective_like(following, language) or _has_word(following, ORGANISATION_WORDS) or gazetteer().lookup(following) is not None


def _foreign_article(text: str, tokens: list[_Token], run: list[int], language: str) -> bool:
    """An article of another language opening a run of Latin words begins a title or name ("The Guardian", "Le
    Figaro", "Die Welt", "La Manche"): SlavicNER writes it inside the name ("The": 445 of 449 times)."""
    return len(run) >= 2 and run[1] == run[0] + 1 and _article_of_other_language(text, tokens, run[0], language)


def _article_of_other_language(text: str, tokens: list[_Token], index: int, language: str) -> bool:
    """``tokens[index]`` is another language's article opening a name in Latin letters ("Deník The Guardian"), not
    a particle after a given name ("Marine Le Pen", "Jean-Yves Le Drian")."""
    article, word = tokens[index], tokens[index + 1]
    if language in _FOREIGN_ARTICLES.get(article.text, (language,)) or _script(word.text) != "Latn":
        return False
    before = tokens[index - 1] if index else None
    return not (before and _joined(text, before, article) and any(is_given_name(part) for part in before.text.split("-")))


# Articles that open titles and names, with the languages they are articles of; not those that are words of other
# languages too ("A", "O", "I", "Les").
_FOREIGN_ARTICLES = {
    "The": ("en",), "Le": ("fr",), "La": ("fr", "es", "it"), "Die": ("de",), "Der": ("de",), "Das": ("de",), "El": ("es",),
    "Il": ("it",),
}


def _with_articles_before(text: str, tokens: list[_Token], known: dict[int, tuple[int, object]], language: str) -> dict:
    """Known names with another language's article before them counted in ("The Associated Press", "The Washington
    Post" in a Ukrainian or Russian text); a known name that only begins a title after an article ("The New York
    Times") is left to the capitalised run it stands in."""
    result = {}
    for first, (last, entity) in known.items():
        article = first > 0 and text[tokens[first - 1].end : tokens[first].start] == " " and (
            _article_of_other_language(text, tokens, first - 1, language)
        )
        if not article:
            result[first] = (last, entity)
        elif not (last + 1 < len(tokens) and tokens[last + 1].capitalised and _joined(text, tokens[last], tokens[last + 1])):
            result[first - 1] = (last, entity)
    return result


def _bare(word: str) -> str:
    """The word without an English possessive ("Monday’s" -> "Monday")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _demonym(word: str, language: str) -> bool:
    """English-style nationality adjectives: "Russian", "Ukrainian", "American" (from a known place)."""
    if language not in _DEMONYM_LANGUAGES or not word.endswith(("an", "ese", "ish", "ic")):
        return False
    known = gazetteer()
    return any(known.lookup(word[:-cut]) for cut in (1, 2, 3) if len(word) - cut >= 4)


def _ordinary_opener(word: str, language: str, seen_inside: set[str], lowercase_words: set[str]) -> bool:
    """The first word of a capitalised run that opens a sentence, when it is an ordinary word.

    The English and Romance dictionaries of simplemma also list first names
    ("Marco"), so there the word must also occur in lower case in the same text.
    """
    if language not in _FIRST_NAME_DICTIONARIES or word.lower() in STOPWORDS:
        return _ordinary_initial(word, language, seen_inside)
    return word.lower() in lowercase_words and _ordinary_initial(word, language, seen_inside)


def _written_lower(word: str, lowercase_words: set[str]) -> bool:
    """A sentence-initial word the same text also writes in lower case, in the same form, is an ordinary word
    the dictionary lacks ("Wciąż", "Doslej", "Coraz"). SlavicNER held out by topic: drops 724 false names, 152 names."""
    return not word.isupper() and word.lower() in lowercase_words


def _name_written_inside(word: str, language: str, seen_inside: set[str]) -> bool:
    """A word no dictionary has that the text also writes capitalised inside a sentence is a name, even where it is
    written in lower case too ("Трамп" beside a tag line's "трамп")."""
    return stem_key(word) in seen_inside and not is_common_word(word, language)


def _ordinary_initial(word: str, language: str, seen_inside: set[str]) -> bool:
    """A capitalised sentence-initial word that is an ordinary word, not a name."""
    if word.lower() in STOPWORDS or is_function_word(word, language):
        return True
    if stem_key(word) in seen_inside or word.isupper():
        return False
    return is_common_word(word, language)


def _preceding_title(tokens: list[_Token], first: int) -> bool:
    """A title among the few words before a name ("держсекретар Марко Рубіо", "заступниця речника … Анна Келлі")."""
    return any(_is_title(tokens[index].text) for index in range(max(0, first - _TITLE_WINDOW), first))


def _after_article(text: str, tokens: list[_Token], index: int, language: str) -> bool:
    """German capitalises every noun: one right after an article ("das Treffen") is a noun, not a name."""
    articles = noun_articles(language)
    if not articles or index == 0:
        return False
    previous = tokens[index - 1]
    return previous.text.lower() in articles and text[previous.end : tokens[index].start] == " "


@lru_cache(maxsize=100_000)
def _has_word(word: str, stems: frozenset[str]) -> bool:
    """``word`` is one of ``stems`` plus at most a short ending ("Ministerstwa" has "ministerstw")."""
    lowered = word.lower()
    return any(lowered[:size] in stems for size in range(max(1, len(lowered) - _MAX_ENDING), len(lowered) + 1))


def _names_institution(words: list[str]) -> bool:
    """An organisation, place or document word in a name, a lower-case noun ending it («Белый дом»), or a connector
    naming a body after a person ("директор Центра им. Гамалеи")."""
    return (
        any(_has_word(w, ORGANISATION_WORDS) or _has_word(w, DOCUMENT_WORDS) for w in words)
        or not ABBREVIATED_CONNECTORS.isdisjoint(words)
        or any(_has_word(w, PLACE_WORDS) for w in words[1:])
        or len(words) > 1 and words[-1][:1].islower()
    )


def _guess_type(words: list[str], language: str, titled: bool) -> str:
    # An organisation word, or a connector naming the body after a person ("НИИ им. Гамалеи").
    if (any(_has_word(w, ORGANISATION_WORDS) for w in words) or not ABBREVIATED_CONNECTORS.isdisjoint(words)) and not titled:
        return "ORG"
    if _place_word_in(words, language) and not titled:
        return "LOC"
    # A given name before a surname: "Владимир Васильев" (two known places), "Ursula von der Leyen" (not the law "ley").
    if len(words) > 1 and is_given_name(words[0]) and _surname_like(words[-1], language, known_ok=True):
        return "PER"
    if any(_has_word(w, DOCUMENT_WORDS) for w in words) and not titled:
        return "PRO"
    if _names_a_work(words):
        return "PRO"
    numbered = _numbered_type(words)
    if numbered:
        return numbered
    # Acronyms name organisations, also after a title ("lider UKIP", "prezes PiS").
    if len(words) == 1 and sum(ch.isupper() for ch in words[0]) >= 2 and len(words[0]) <= 6:
        return "ORG"
    if titled:
        return "PER"
    if _latin_in_cyrillic(words, language) or len(words) == 1 and _camel_case(words[0]):
        return "ORG"
    if len(words) > 1 and words[-1][:1].islower():  # a name ending in a common noun: «Северный поток»
        return "ORG"
    if len(words) == 1 and _place_name_form(words[0], language):
        return "LOC"
    # A known place, alone (cut off the person after it: "mer Paryża | Anne Hidalgo") or with adjectives: "Северна
    # Ирландия", "Europy Wschodniej".
    places = [w for w in words if (known := gazetteer().lookup(w)) is not None and known.type == "LOC"]
    if places and all(w in places or _adjective_like(w, language) for w in words):
        return "LOC"
    return _type_by_readings(words, language)


def _type_by_readings(words: list[str], language: str) -> str:
    """The type the dictionary's readings of a name's words give (a surname, a place, a body), else a guess."""
    readings = [proper_reading(w, language) for w in words]
    if any(r in ("Surn", "Name", "Patr") for r in readings):
        return "PER"
    if any(r == "Geox" for r in readings):
        return "LOC"
    if any(r == "Orgn" for r in readings):
        return "ORG"
    return "ORG" if _ordinary_words(words, language) else "PER"


def _place_name_form(word: str, language: str) -> bool:
    """A word ending as place names do in the language (names.PLACE_NAME_ENDINGS: "Шотландия", "Удмуртии"), no form of a
    given name ("Юлии" is "Юлия"'s; the first ending listed is the nominative's)."""
    endings = _place_name_endings(language)
    ending = next((e for e in endings if word.endswith(e)), None)
    return ending is not None and not is_given_name(word) and not is_given_name(word[: len(word) - len(ending)] + endings[0])


@lru_cache(maxsize=64)
def _place_name_endings(language: str) -> tuple[str, ...]:
    return value(language, "names", "PLACE_NAME_ENDINGS", ())


def _names_a_work(words: list[str]) -> bool:
    """A title with an article ("The Guardian": PRO 404 of 446 times in SlavicNER, "Le Figaro"), a website
    ("Novinky.cz": PRO 241, ORG 49 times) or a brand ending in a plus ("Apple TV+")."""
    return words[0] in _FOREIGN_ARTICLES and len(words) > 1 or bool(_WEB_ADDRESS.search(words[-1])) or words[-1][-1] == "+"


def _place_word_in(words: list[str], language: str) -> bool:
    """A place word after the first word of a name, or first as the ordinary word it is: the short name of a place
    ("na Wyspach", "na Otoku"), a sea or river named after it ("Morza Bałtyckiego", "Моря Лаптевых"), the noun of the
    language's own, no adjective ("Mestne občine", "Krajowej Federacji"); a surname that begins like one ("Морозов")
    is no ordinary word, nor is a given name ("Stan Kowalski")."""
    first = words[0]
    if len(words) == 1:
        return _has_word(first, PLACE_WORDS) and is_common_word(first, language)
    opens = _has_word(first, _own_place_words(language)) and is_common_word(first, language) and not is_given_name(first)
    return opens and not _adjective_like(first, language) or any(_has_word(w, PLACE_WORDS) for w in words[1:])


@lru_cache(maxsize=64)
def _own_place_words(language: str) -> frozenset[str]:
    """The language's own place nouns: another's may begin an adjective ("kraj" a cs region, "Krajowej" pl national)."""
    return value(language, "names", "PLACE_WORDS", frozenset())


def _ordinary_words(words: list[str], language: str) -> bool:
    """A uk/ru name made of dictionary words none of which reads as a name ("Коллегии", "Рейтинг"): not a
    person (SlavicNER ru/uk, such one-word names left to the guess: 19 people among 516, most organisations)."""
    return language in PYMORPHY_LANGUAGES and all(is_common_word(w, language) for w in words)


# A name ending in a number: a year makes an event ("ЧМ-2018", "Euro 2020"), one or two capitals and a small
# number an organisation ("G20", "МИ-6", "V4"), anything else a product ("Boeing 737", "Су-35", "СНВ-3",
# "mRNA-1273"). SlavicNER, COVID-19 aside: 19 events, 8 organisations, 52 products.
_NUMBER_END = re.compile(r"(?:^|[-‑\s]|(?<=[^\W\d]))(\d+)$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _numbered_type(words: list[str]) -> str | None:
    if not words[-1][-1:].isdigit():
        return None
    match = _NUMBER_END.search(words[-1]) or (len(words) > 1 and _NUMBER_END.search(" " + words[-1]))
    if not match:
        return None
    if _YEAR.fullmatch(match.group(1)):
        return "EVT"
    letters = "".join(ch for ch in " ".join(words) if ch.isalpha())
    return "ORG" if len(words) == 1 and len(letters) <= 2 and letters.isupper() and len(match.group(1)) <= 2 else "PRO"


def _latin_in_cyrillic(words: list[str], language: str) -> bool:
    """A name in Latin letters in a text in Cyrillic: a brand, company, medium or event kept as written
    ("Pfizer", "Twitter", "Bloomberg"); people's names are transliterated (SlavicNER ru/uk/bg: 1,394
    organisations, 1,121 products, 21 people among such one-word names)."""
    if scripts(language) != ("Cyrl",):
        return False
    letters = "".join(words)
    return not is_cyrillic(letters) and bool(_LATIN_LETTER.search(letters))


# A capital inside a word after a capitalised syllable: a brand or company ("BioNTech", "AstraZeneca", "EasyJet";
# SlavicNER: 48 organisations, 41 products, 3 people among such names); "McConnell", "MacArthur" are names.
_CAMEL_CASE = re.compile(r"(?!Mac|Mc)[^\W\d_][^\W\d_A-ZА-ЯЁЄІЇҐ]{2,}[A-ZА-ЯЁЄІЇҐ]\w*")


def _camel_case(word: str) -> bool:
    return bool(_CAMEL_CASE.fullmatch(word)) and word[0].isupper()


_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def extract_mentions(text: str, language: str, sentences: list[Sentence]) -> list[Mention]:
    """Names in ``text`` with offsets, type and nominative form; ``entity`` is left for the linker."""
    language = (language or "").split("-")[0].lower()
    tokens = _tokens(text, sentences)
    known = _gazetteer_matches(text, tokens, language)
    known = _with_articles_before(text, tokens, {_behind_initials(text, tokens, first): match for first, match in known.items()}, language)
    taken = {i for first, (last, _) in known.items() for i in range(first, last + 1)}
    # Stems written capitalised mid-sentence: evidence that the same word opening a sentence is a name.
    capitalised = [t for t in tokens if t.capitalised]
    seen_inside = {stem_key(t.text) for t in capitalised if not (t.initial or t.after_stop or _opens_quotation(text, t))}
    attested = Counter(t.text for t in capitalised)
    lowercase_words = {t.text for t in tokens if not t.capitalised}

    candidates = _known_candidates(tokens, known, language, seen_inside, attested, lowercase_words)
    candidates += _run_candidates(text, tokens, taken, language, seen_inside, lowercase_words)
    candidates += _lowercase_demonyms(tokens, taken, lowercase_words, language)
    candidates += _party_members(text, tokens, {tokens[i].start for i in taken} | _covered(candidates), language)
    candidates += _lowercase_codes(text, tokens, taken | _token_indices(tokens, candidates))
    candidates = _split_compounds(candidates, language)
    _bodies_led(text, sorted(candidates, key=lambda c: c.tokens[0].start))
    _share_types(candidates)
    _events_after(text, candidates, language, attested)
    candidates = _with_place_complement(text, sorted(candidates, key=lambda c: c.tokens[0].start), language, attested)
    candidates = _with_preposition_complement(text, tokens, candidates, language, attested)
    candidates = _with_purpose_complement(text, tokens, candidates, language, attested)
    candidates = _with_quoted_title_rest(text, tokens, candidates, language, attested)
    candidates = _with_series_number(text, candidates, language, attested)
    lemmas: dict[tuple, str] = {}  # a name a report repeats is lemmatised once
    return [_mention(text, candidate, language, attested, lemmas) for candidate in sorted(candidates, key=lambda c: c.tokens[0].start)]


def _known_candidates(tokens: list, known: dict, language: str, seen_inside: set, attested: Counter, lowercase_words: set) -> list[_Candidate]:
    """Names the gazetteer knows, with the entity's own name as lemma when the words inflect it."""
    candidates = []
    for first, (last, entity) in known.items():
        span_tokens = tokens[first : last + 1]
        # A known name opening a sentence may be an ordinary word ("Сам" is no Samoa), unless written as listed.
        word = span_tokens[0].text
        if first == last and span_tokens[0].initial and word != entity.names.get(language) and not _own_name(word, entity, language):
            if _ordinary_initial(word, language, seen_inside) and not _place_opening(word, entity, language, lowercase_words):
                continue
        words = [t.text for t in span_tokens if not t.abbreviated]
        # Latin-script languages write foreign names as English does: "New Yorka" is New York inflected.
        own_name = entity.names.get(language) or (entity.names.get("en") if language in _LATIN_SCRIPT else None)
        plural = len(words) == 1 and getattr(_plural_name(words[0], language), "id", None) == entity.id  # "Niemiec"
        lemma = own_name if own_name and (plural or _inflects(words, own_name)) else None
        candidates.append(_Candidate(span_tokens, entity.type, lemma or lemmatize_name(words, language, entity.type, attested), True))
    return candidates


def _place_opening(word: str, entity, language: str, lowercase_words: set[str]) -> bool:
    """A known place's name opening a sentence ("Лондон. Бившият …", "Londýn - Britská …", "Великобритания ще …"),
    which dictionaries that list place names in lower case take for an ordinary word. Spelled as the place is (not
    "Planuje" for Plano); not a short word ("Сам" is no Samoa), an adjective, a stop word or a word the text also
    writes in lower case. Not in uk/ru, whose dictionaries read place names as such ("Лондон" is no ordinary word there,
    "Кампания" is one, though a place is called so); not a word with a postposed article ("Планът", "Съдът")."""
    if entity.type != "LOC" or language in PYMORPHY_LANGUAGES or len(word) < _MIN_PLACE_OPENING or word.isupper():
        return False
    if word.lower() in STOPWORDS or not gazetteer().spells_place(word) or _with_definite_article(word, language):
        return False
    return not _written_lower(word, lowercase_words) and not _adjective_like(word, language)


_MIN_PLACE_OPENING = 5


def _own_name(word: str, entity, language: str) -> bool:
    """``word`` is one of the entity's names in some language, or that name with a case ending ("Лондон", "Londýn",
    "Brazylii"): a known place opening a sentence, which dictionaries that list place names in lower case take for an
    ordinary word. Not a short word that only begins like one ("Само" is no Samoa, "Dane" no Dania), not an
    adjective ("Ruski", "Německý"), and not a city only GeoNames knows by one name ("Планът" is no Plano)."""
    if len(entity.names) < 2 or len(word) <= _MIN_OWN_NAME or _adjective_like(word, language):
        return False
    folded = ascii_fold(word)
    return any(len(own) >= _MIN_OWN_NAME and _case_form(folded, own) for own in map(ascii_fold, entity.names.values()))


_FOLDED_VOWELS = "aeiouy"
_MIN_OWN_NAME = 4


def _run_candidates(text: str, tokens: list, taken: set, language: str, seen_inside: set, lowercase_words: set) -> list[_Candidate]:
    """Names from runs of capitalised words outside the gazetteer's matches, typed by the evidence around them."""
    trimmed = []
    for run in _runs(text, tokens, taken, language):
        run, titled = _trim_run(text, run, tokens, language, seen_inside, lowercase_words)
        parts = [piece for whole in _split_acronym(run, tokens) for piece in _split_scripts(whole, tokens)]
        for number, part in enumerate(parts):
            # A title before the run is the last name's: "министр по делам Brexit Дэвид Дэвис".
            part_titled = titled and number == len(parts) - 1
            trimmed.extend((piece, part_titled) for piece in _split_before_first_name(part, tokens, language) if piece)
    candidates = []
    for run, titled in _split_before_confirmed_names(trimmed, tokens, language):
        run, complement = _with_genitive_complement(text, tokens, _with_lowercase_head(text, tokens, run, language, seen_inside), language)
        if all(len(tokens[i].text) == 1 for i in run):  # letters, or initials without a name: "А. Б. С."
            continue
        if len(run) == 1 and _not_a_name(text, tokens, run[0], language, seen_inside, lowercase_words):
            continue
        if len(run) > 1 and _shouted_phrase([tokens[i].text for i in run], language):
            continue
        span_tokens = tokens[run[0] : run[-1] + 1]
        words = [t.text for t in span_tokens]
        # A title a few words before makes a person of a name, not of an institution ("кандидат от
        # Демократическата партия", "пресс-секретарь Белого дома").
        quoted = _quoted(text, span_tokens)
        titled = (titled or _preceding_title(tokens, run[0])) and not _names_institution(words) and not quoted
        told = None if titled else _told_type(text, span_tokens, language)
        type_ = told or _guess_type(words, language, titled)
        if not (told or titled) and type_ == "PER" and _placed(text, span_tokens, language):
            type_ = told = "LOC"
        if not told and type_ == "PER" and quoted:
            type_ = "PRO"
        # Only the head of "Министерства иностранных дел" inflects: the genitive after it stays as written.
        lemma = None if complement is None else " ".join((lemmatize_name(words[:complement], language, type_), *words[complement:]))
        candidates.append(_Candidate(span_tokens, type_, lemma, evidenced=bool(told or titled)))
    return candidates


def _shouted_phrase(words: list[str], language: str) -> bool:
    """Ordinary words in capitals: a label or headline ("WARTO WIEDZIEĆ", "ВИДИТЕ НЕЩО ЛЮБОПИТНО", "СНИМАЙТЕ И
    ПРАЩАЙТЕ ВАШИТЕ СИГНАЛИ НА МЕЙЛА НА"), not a name, when every word is in capitals and most are dictionary words
    with no proper-name reading. SlavicNER LOTO, such runs of two words or more: all 45 with more than half ordinary
    words are no names; of those with half or fewer, 10 of 14 are ("НЕВСКИЕ НОВОСТИ", "PLL LOT", "TOK FM")."""
    if not all(word.isupper() for word in words):
        return False
    ordinary = sum(word.isalpha() and is_common_word(word, language) and proper_reading(word, language) is None for word in words)
    return ordinary > len(words) / 2


def _lowercase_demonyms(tokens: list[_Token], taken: set[int], lowercase_words: set[str], language: str) -> list[_Candidate]:
    """A country's people written in lower case, as ru and bg write them ("американцы", "британците"): a
    person-typed name of the country, as the capitalised "Polacy", "Britové" are (SlavicNER types them PER)."""
    endings = LOWERCASE_DEMONYM_ENDINGS.get(language)
    if endings is None:
        return []
    known = gazetteer()
    # Each distinct word is looked at once; most texts have no such word and stop here.
    demonyms = {
        word for word in lowercase_words
        if len(word) >= _MIN_DEMONYM and word.endswith(endings) and known.country_of_demonym(word, language) is not None
    }
    if not demonyms:
        return []
    return [
        _Candidate([token], "PER", nominative_keeping_number(token.text, language), True)
        for index, token in enumerate(tokens)
        if token.text in demonyms and index not in taken
    ]


_MIN_DEMONYM = 6


def _token_indices(tokens: list[_Token], candidates: list[_Candidate]) -> set[int]:
    """The indices of the words the candidates hold ("потік-2" inside "Північний потік-2")."""
    starts = _covered(candidates)
    return {index for index, token in enumerate(tokens) if token.start in starts}


def _covered(candidates: list[_Candidate]) -> set[int]:
    """Where the words of the candidates start."""
    return {token.start for candidate in candidates for token in candidate.tokens}


def _party_members(text: str, tokens: list[_Token], covered: set[int], language: str) -> list[_Candidate]:
    """A party's members named after it ("Демократическата партия" -> "демократите", "Labouristická strana" ->
    "labouristů"), written in lower case or opening a sentence: a name of the party, as SlavicNER marks them in the
    languages that list PARTY_WORDS, its lemma an ordinary noun's, in lower case ("Демократите" -> "демократи"). Not
    listed for uk, whose SlavicNER texts leave "демократів" unmarked; listed for ru, whose texts mark them, typed ORG
    three times in four (held out: mention F1 +0.002, type accuracy -0.001). Not a uk/ru noun for a thing
    ("демократия"), nor at a word ``covered`` (where a name found so far starts a word)."""
    if not any(word in text for word in value(language, "names", "PARTY_WORDS", ())):  # most texts name no party
        return []
    stems = party_stems([token.text for token in tokens], language)
    if not stems:
        return []
    beginnings = {stem[:2] for stem in stems}
    return [
        _Candidate([token], value(language, "names", "PARTY_MEMBER_TYPE"), person_without_article(token.text.lower(), language), True)
        for token in tokens
        if token.text[:2].lower() in beginnings and token.start not in covered and not token.text.isupper()
        and (token.text[:1].islower() or token.initial) and member_stem(token.text, stems) and not names_a_thing(token.text, language)
    ]




# Letters hyphened to a number: a designation, whatever the case it is written in ("covid-19", "covidu-19", "mrna-1273",
# "sars-cov-2"). Three letters at least ("m-2" is a unit) and four digits at most (longer ones are IDs in addresses).
_CODE = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*-\d{1,4}")
_HYPHEN_DIGIT = re.compile(r"-\d")
_ADDRESS_MARKS = "/@#_.="


# Languages write an illness's designation in lower case ("covid-19", "covidu-19", "ковид-19"), a product's with its
# capitals ("mRNA-1273"): SlavicNER types 620 of the 647 lower-case ones EVT.
_LOWERCASE_CODE_TYPE = "EVT"


def _lowercase_codes(text: str, tokens: list[_Token], taken: set[int]) -> list[_Candidate]:
    """Designations written in lower case, outside web and mail addresses. SlavicNER, all four topics: 636 of the
    680 such words are names (the capitalised "COVID-19", "mRNA-1273" are found as names already)."""
    # A hyphen before a digit is rare: one quick scan of the text finds the few words worth a look.
    found = {_token_at(tokens, match.start()) for match in _HYPHEN_DIGIT.finditer(text)} - {None}
    codes = [index for index in sorted(found) if _CODE.fullmatch(tokens[index].text)]
    written = {tokens[index].text.lower() for index in codes}
    candidates = []
    for index in codes:
        token = tokens[index]
        if token.capitalised or index in taken:
            continue
        before, after = text[token.start - 1 : token.start], text[token.end : token.end + 2]
        if before and before in _ADDRESS_MARKS or after[:1] and after[:1] in "/@_" or after[:1] == "." and after[1:].isalnum():
            continue
        told = kind_before(text, token.start)
        candidates.append(_Candidate([token], told or _LOWERCASE_CODE_TYPE, _code_lemma(token.text, written), bool(told)))
    return candidates


def _token_at(tokens: list[_Token], position: int) -> int | None:
    """The index of the token covering the position ("-5 stupňů": none, the minus stands before any word)."""
    index = bisect_right(tokens, position, key=_start) - 1
    return index if index >= 0 and tokens[index].end > position else None


def _code_lemma(word: str, written: set[str]) -> str | None:
    """The designation's uninflected form where the text writes it too: "covida-19", "covidom-19" are "covid-19"
    (the letters with their case ending cut off, the number kept)."""
    letters, number = _CODE_PARTS.fullmatch(word).groups()
    forms = [
        form for form in written
        if (parts := _CODE_PARTS.fullmatch(form)) and parts.group(2) == number and len(parts.group(1)) < len(letters)
        and letters.startswith(parts.group(1)) and len(letters) - len(parts.group(1)) <= _MAX_ENDING
    ]
    return min(forms, key=len) if forms else None


_CODE_PARTS = re.compile(r"(.+?)(-?\d+)")


def _start(token: _Token) -> int:
    return token.start


def _not_a_name(text: str, tokens: list, index: int, language: str, seen_inside: set, lowercase_words: set) -> bool:
    """A lone capitalised word that is a stop word, a title, a demonym or an ordinary word opening a sentence."""
    token = tokens[index]
    if _bare(token.text).lower() in STOPWORDS or _is_title(token.text) and not token.text.isupper():
        return True
    if _demonym(token.text, language) or _label(text, token, language, seen_inside) or _ROMAN_NUMBER.fullmatch(token.text):
        return True
    if _abbreviated_compound(token.text) or _verb_form(token.text, language) or _beside_number_sign(text, token):
        return True
    opening = token.initial or token.after_stop or _opens_quotation(text, token)
    # A country's people open sentences as they stand inside them ("Polacy są…", "Britové chtějí…", "Американцы решат").
    if opening and gazetteer().country_of_demonym(token.text, language) is None and (
        _written_lower(token.text, lowercase_words) and not _name_written_inside(token.text, language, seen_inside)
        or _ordinary_initial(token.text, language, seen_inside)
        or _place_adjective(token.text)
        or _definite_opener(token.text, language, seen_inside)
        or _lone_unknown_opener(text, token.text, language)
    ):
        return True
    if _with_definite_article(token.text, language) and is_common_word(token.text, language):
        # "Камарата на общините", "Съвета на ЕС": the head of a name its complement ends.
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        return following not in value(language, "names", "COMPLEMENT_PREPOSITIONS", frozenset())
    return _after_article(text, tokens, index, language) and is_common_word(token.text, language)


@lru_cache(maxsize=100_000)
def _verb_form(word: str, language: str) -> bool:
    """A form of a verb: its dictionary lemma is an infinitive, in lower case ("Spada" -> "spadać", "Jest" -> "być",
    "Patří" -> "patřit"; not "Britové" -> "Brit"). Capitalised mid-sentence it opens a sentence whose stop a headline
    lacks ("… mocno mu odpowiedział Spada liczba"), never a name. SlavicNER LOTO pl cs: about 70 such words, 1 name."""
    endings = value(language, "names", "VERB_LEMMA_ENDINGS", ())
    if not endings or word.isupper():
        return False
    lemma = lexicon.lemmatize(word.lower(), value(language, "names", "SIMPLEMMA"))
    return lemma[:1].islower() and lemma.endswith(endings) and is_common_word(word, language)


def _beside_number_sign(text: str, token: _Token) -> bool:
    """A lone word right before or after "№" is a series of a registration or licence number ("Эл № ФС77-60208",
    "серия ЭЛ № ФС 77-69486"), no name. SlavicNER LOTO: 82 such false names (ru media imprints), none a name."""
    return text[token.end : token.end + _NUMBER_SIGN_GAP].lstrip().startswith("№") or text[
        max(0, token.start - _NUMBER_SIGN_GAP) : token.start
    ].rstrip().endswith("№")


_NUMBER_SIGN_GAP = 2


def _abbreviated_compound(word: str) -> bool:
    abbreviation, _, rest = word.rpartition("-")
    return (
        0 < len(abbreviation) <= _MAX_ABBREVIATION and abbreviation.isalpha() and abbreviation[-1].isupper()
        and len(rest) >= _MIN_COMPOUNDED_WORD and rest.isalpha() and rest.islower()
    )


def _opens_quotation(text: str, token: _Token) -> bool:
    """The word right after an opening quotation mark, with the quotation running on after it: the first word of
    quoted speech or of a title ('с „Аз не вярвам', '«Паспорт вакцинованого»'), capitalised as a sentence's first
    word is. A quoted name alone is closed right after it ("Фокус", «Вектор»)."""
    return text[token.start - 1 : token.start] in _QUOTE_OPENERS and text[token.end : token.end + 1] not in _QUOTE_CLOSERS


def _quoted(text: str, span_tokens: list[_Token]) -> bool:
    """A name written in quotation marks, opened right before it and closed right after: a title, a company, a party
    («Газпрома», „Die Welt”), hardly ever a person (SlavicNER: 13 of 1,650 such names; 878 works, 574 organisations),
    and no title before it makes it one ("глава «Газпрома» Алексей Миллер")."""
    before, after = text[span_tokens[0].start - 1 : span_tokens[0].start], text[span_tokens[-1].end : span_tokens[-1].end + 1]
    return bool(before) and before in _QUOTE_OPENERS and bool(after) and after in _QUOTE_CLOSERS


def _with_definite_article(word: str, language: str) -> bool:
    """A word with a postposed definite article ("Съюза", "Общността", "Партията"): capitalised alone, an
    ordinary noun or adjective referring back to a name ("the Union", "the Party"), not a name itself. SlavicNER
    bg, all four topics: 479 such lone words are no names, 49 are."""
    endings = _definite_endings(language)
    return bool(endings) and not word.isupper() and word.lower().endswith(endings)


@lru_cache(maxsize=64)
def _definite_endings(language: str) -> tuple[str, ...]:
    return value(language, "names", "DEFINITE_ARTICLE_ENDINGS", ())


def _lone_unknown_opener(text: str, word: str, language: str) -> bool:
    """A word opening a sentence that the text never writes again (its first letters occur once) and that the
    dictionary does not know is an ordinary word the dictionary lacks ("Предприехме", "Lynčování", "Zaenkrat"), not a
    name: a name the text is about comes back. Not in uk/ru, whose dictionaries know their words and read names, nor a
    word shaped as no ordinary word is (a web address, a plus, a capital inside: "Autor: EuroZprávy.cz", "Днес+").
    SlavicNER LOTO, such words left after the other tests (bg cs pl sl): 804 are no names, 233 are."""
    if language in PYMORPHY_LANGUAGES or word.isupper() or "." in word or "+" in word or _camel_case(word):
        return False
    return _written_once(text, word[:_ONCE_PREFIX]) and not is_common_word(word, language)


def _written_once(text: str, prefix: str) -> bool:
    """Whether ``prefix`` stands in one place of the text only, a passage the page repeats word for word (a lead
    shown twice, a teaser) counted once."""
    found = text.count(prefix)
    if found <= 1:
        return found == 1
    at = [match.start() for match in re.finditer(re.escape(prefix), text)]
    return len({text[start : start + _SAME_PASSAGE] for start in at}) == 1


_ONCE_PREFIX = 5
_SAME_PASSAGE = 60


def _definite_opener(word: str, language: str, seen_inside: set[str]) -> bool:
    """A word with a postposed definite article opening a sentence is a noun or adjective ("Позоваването",
    "Британският", "Осъдената"), unless the text writes it capitalised mid-sentence too ("Брекзитът" … "Брекзит").
    SlavicNER bg held out, sentence-initial words left after the other tests: 402 such false names, 31 names."""
    return _with_definite_article(word, language) and stem_key(word) not in seen_inside


def _label(text: str, token: _Token, language: str, seen_inside: set[str]) -> bool:
    """An ordinary word written before a colon labels what follows ("Foto: …", "Zdroj: Reuters", "Autor: ČTK"),
    unless the text names something so mid-sentence too (a headline's "Johnson: …")."""
    if text[token.end : token.end + 1] != ":" or stem_key(token.text) in seen_inside:
        return False
    return is_common_word(token.text, language)


# Adjective endings after -sk-/-ck- (Latin and Cyrillic Slavic), which make an adjective of a country's name.
_ADJECTIVE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_A-ZА-Я]+) $")
_ADJECTIVE_REACH = 30
_PLACE_ADJECTIVE_ENDING = re.compile(
    r"(?:sk|ck|ск|цк)(?:ий|ый|ая|ое|ые|ого|ой|ом|ую|их|им|ими|ия|ият|ата|ото|ите|и|а|о|е|i|a|ie|iej|iego|ich|y|ą|á|é|ý"
    r"|ého|ém|ému|ou|ých|ými|ím|ega|em|emu|ih|ima|ým|im|ym|ej|ego)$"
)
_MIN_PLACE_STEM = 4


@lru_cache(maxsize=100_000)
def _place_adjective(word: str) -> bool:
    """An adjective of a country ("Pákistánská", "Британският", "Pakistański"): opening a sentence it
    describes ("Pákistánská policie", "Холандското правителство"), it does not name."""
    match = _PLACE_ADJECTIVE_ENDING.search(word.lower())
    if match is None or match.start() < _MIN_PLACE_STEM:
        return False
    return gazetteer().country(word[: match.start()]) is not None


def _mention(text: str, candidate: _Candidate, language: str, attested: Counter, lemmas: dict[tuple, str]) -> Mention:
    """The candidate as a mention; initials stay as written ("Д.Рааб", "T. May"), the rest of the name is inflected
    (``lemmas``: the text's names lemmatised so far, by words and type)."""
    initials = 0 if not candidate.tokens[0].abbreviated else next(
        i for i, t in enumerate(candidate.tokens) if not t.abbreviated or i == len(candidate.tokens) - 1
    )
    words = [t.text for t in candidate.tokens[initials:]]
    start, end = candidate.tokens[0].start, candidate.tokens[-1].end
    if language in _POSSESSIVE_S_LANGUAGES and _bare(words[-1]) != words[-1]:  # "Hillary Clinton’s": the name ends before "’s"
        words[-1] = _bare(words[-1])
        end -= 2
    lemma = candidate.lemma
    if not lemma:
        key = (*words, candidate.type)
        if key not in lemmas:
            lemmas[key] = lemmatize_name(words, language, candidate.type, attested)
        lemma = lemmas[key]
    lemma = text[start : candidate.tokens[initials].start] + lemma
    return Mention(start, end, text[start:end], candidate.type, lemma)


# Languages that mark the genitive, so that "Konferencja Episkopatu Polski" style complements join their head.
_GENITIVE_LANGUAGES = having("names", "GENITIVE_COMPLEMENTS")


def _with_place_complement(text: str, candidates: list[_Candidate], language: str, attested: Counter) -> list[_Candidate]:
    """An organisation followed by a place names that place's organisation: "МИД Великобритании",
    "Конгресу США", "Sądu Najwyższego Pakistanu", "RTV Slovenija" are one name, not two.

    Only where the place stands in the genitive as a complement of the organisation; Bulgarian,
    without cases, says "на" for that and juxtaposes unrelated names instead. A head written in
    lower case ("держдепартаменту США") is a common noun the gazetteer lists for a known body, which
    the place only specifies.
    """
    if language not in _GENITIVE_LANGUAGES:
        return candidates
    result: list[_Candidate] = []
    for candidate in candidates:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.tokens[0].capitalised
            and text[previous.tokens[-1].end : candidate.tokens[0].start] == " "
            and _complement_head(previous)
            and _complements(candidate, previous)
        ):
            head = previous.lemma or lemmatize_name([t.text for t in previous.tokens], language, "ORG", attested)
            complement = text[candidate.tokens[0].start : candidate.tokens[-1].end]
            result[-1] = _Candidate(previous.tokens + candidate.tokens, "ORG", f"{head} {complement}")
            continue
        result.append(candidate)
    return result


def _complement_head(candidate: _Candidate) -> bool:
    """An organisation, or a name ending in an institution word whatever it was typed ("Svetu EU", "Совету ЕС"), which
    a place's name may complete; not an international body's acronym. Not a place word (SlavicNER keeps a district and its city apart: "Дарницькому районі"
    "Києва"), nor a document word (its ru texts write "Конституции США" as one name, its uk texts as two)."""
    if len(candidate.tokens) == 1 and _international_acronym(candidate.tokens[0].text):
        return False
    return candidate.type == "ORG" or _has_word(candidate.tokens[-1].text, ORGANISATION_WORDS)


def _international_acronym(word: str) -> bool:
    """The acronym of a body every language names (the EU, the UN, NATO), which no one place has: a place after it
    begins the next name ("z UE Wielka Brytania", "odejścia z UE Wielkiej Brytanii")."""
    known = gazetteer().lookup(word) if _acronym(word) else None
    return known is not None and known.type == "ORG" and len(known.names) >= COUNTRY_LANGUAGES


def _complements(candidate: _Candidate, head: _Candidate) -> bool:
    """A place, or a known organisation written as an acronym after a name ("Sveta EU", "Совету ЕС", "Soudní dvůr EU";
    not "Tiskovna agencija AP" opening a sentence, the agency called AP)."""
    if candidate.type == "LOC":
        return True
    words = [t.text for t in candidate.tokens]
    if len(words) == 1 and _acronym(words[0]) and (head.tokens[-1].capitalised or not head.tokens[0].initial):
        known = gazetteer().lookup(words[0])
        return known is not None and known.type in ("ORG", "LOC")
    return False


def _with_preposition_complement(text: str, tokens: list[_Token], candidates: list[_Candidate], language: str, attested: Counter) -> list[_Candidate]:
    """Bulgarian joins what an institution is of with "на": "Камарата на общините", "Върховният съд на
    Пакистан", "Съда на ЕС" are one name. The head must be a capitalised organisation; the complement a
    name, or one lower-case noun after a head that is one ordinary noun ("Камарата на общините"; not "ЕС на
    правилата", "Консервативната партия на премиера": a whole name, what follows is the sentence's)."""
    prepositions = value(language, "names", "COMPLEMENT_PREPOSITIONS", frozenset())
    if not prepositions:
        return candidates
    index_of = {token.start: index for index, token in enumerate(tokens)}
    starting = {candidate.tokens[0].start: candidate for candidate in candidates}
    result: list[_Candidate] = []
    swallowed: set[int] = set()
    for candidate in candidates:
        if id(candidate) in swallowed:
            continue
        result.append(candidate)
        last = index_of.get(candidate.tokens[-1].start, len(tokens))  # a part of a split compound is no token
        if candidate.type != "ORG" or not candidate.tokens[0].capitalised or last + 2 >= len(tokens):
            continue
        preposition, complement = tokens[last + 1], tokens[last + 2]
        if preposition.text not in prepositions or text[candidate.tokens[-1].end : complement.start] != f" {preposition.text} ":
            continue
        following = starting.get(complement.start)
        if following is not None:
            swallowed.add(id(following))
            added = following.tokens
        elif not complement.capitalised and complement.text.isalpha() and _common_noun_head(candidate, language):
            added = [complement]
        else:
            continue
        head = candidate.lemma or lemmatize_name([t.text for t in candidate.tokens], language, "ORG", attested)
        rest = text[preposition.start : added[-1].end]
        result[-1] = _Candidate([*candidate.tokens, preposition, *added], "ORG", f"{head} {rest}", True)
    return result


def _common_noun_head(candidate: _Candidate, language: str) -> bool:
    word = candidate.tokens[0].text
    return len(candidate.tokens) == 1 and not word.isupper() and is_common_word(word, language)


def _with_purpose_complement(text: str, tokens: list[_Token], candidates: list[_Candidate], language: str, attested: Counter) -> list[_Candidate]:
    """An institution or a law takes what it is for or about into its name: "Nacionalni inštitut za javno zdravje",
    "Evropska agencija za zdravila", "Organizace pro hospodářskou spolupráci a rozvoj", "Zakona o obrambi". The name
    must hold an institution or document word and be no known name ("v Senatu o tem"); after the preposition come up
    to three lower-case words ("and" may join two), to a stop, a capital, a function word or a verb. Languages whose
    dictionary tells a verb by its infinitive only: SlavicNER LOTO, sl +40 names -40 false ones, cs +14 -14; ru, uk, pl
    ("в Сенате по итогам", "з посиланням", "spór z Unią o kwoty") lost more than they gained, bg cannot tell a verb."""
    if not _purpose_prepositions(language):
        return candidates
    index_of = {token.start: index for index, token in enumerate(tokens)}
    for number, candidate in enumerate(candidates):
        last = index_of.get(candidate.tokens[-1].start)
        words = [t.text for t in candidate.tokens]
        if last is None or last + 2 >= len(tokens) or not _opens_purpose(tokens[last + 1].text, words, language):
            continue
        if gazetteer().lookup(" ".join(words)) is not None:  # a known body's name is whole: "в Сенате по итогам"
            continue
        end = _complement_end(text, tokens, last + 1, language)
        if end is None:
            continue
        head = candidate.lemma or lemmatize_name(words, language, candidate.type, attested)
        added = tokens[last + 1 : end + 1]
        rest = text[added[0].start : added[-1].end]
        candidates[number] = _Candidate([*candidate.tokens, *added], candidate.type, f"{head} {rest}", candidate.evidenced)
    return candidates


def _with_quoted_title_rest(text: str, tokens: list[_Token], candidates: list[_Candidate], language: str, attested: Counter) -> list[_Candidate]:
    """A name opening a quoted title takes the title's rest when that is capitalised words, numbers and short joining
    words, ending on a capital or a number: «Best for Britain», „Ню Йорк Таймс“, «Россия 24», "Сніданку з 1+1" are
    one name each, inflected as a whole. Not quoted speech, whose lower-case words are longer ('„Wisconsin
    wygląda bardzo dobrze“', '"Brexit означає Brexit"'). SlavicNER LOTO: 35 names found, 1 lost, 65 false ones fewer."""
    index_of = {token.start: index for index, token in enumerate(tokens)}
    starting = {candidate.tokens[0].start: candidate for candidate in candidates}
    result: list[_Candidate] = []
    swallowed_to = -1
    for candidate in candidates:
        first = candidate.tokens[0]
        if first.start < swallowed_to:
            continue
        result.append(candidate)
        last = index_of.get(candidate.tokens[-1].start)
        if last is None or text[first.start - 1 : first.start] not in _QUOTE_OPENERS:
            continue
        end = _quoted_title_end(text, tokens, last)
        if end is None:
            continue
        rest = starting.get(tokens[last + 1].start)
        if rest is not None and rest.type == "LOC" and rest.tokens[-1] is tokens[end]:
            continue  # a body's name and its country's ("Техрик-э-Лабаик Пакистан"): other texts leave the country off
        span_tokens = [*candidate.tokens, *tokens[last + 1 : end + 1]]
        words = [t.text for t in span_tokens]
        type_ = _told_type(text, span_tokens, language) or _guess_type(words, language, False)
        if type_ in ("PER", "LOC"):  # a title is no person nor place, though it may open with one's name
            type_ = "PRO" if candidate.type == "LOC" else "ORG"  # "Ню Йорк Таймс", "Россия 24"; "Техрик-э-Лабаик Пакистан"
        head = candidate.lemma or lemmatize_name([t.text for t in candidate.tokens], language, type_, attested)
        result[-1] = _Candidate(span_tokens, type_, head + text[candidate.tokens[-1].end : span_tokens[-1].end], candidate.evidenced)
        swallowed_to = span_tokens[-1].end
    return result


def _with_series_number(text: str, candidates: list[_Candidate], language: str, attested: Counter) -> list[_Candidate]:
    """A name and the small number right after it that the text writes together again are one name, a series or
    model ("Nord Stream 2", "Channel 4", "TOP 09", "Boeing 747"), as the names of products are annotated. Not a day
    before a month ("UE 29 marca", "EU 31. januarja"), a decimal or a time, nor after a place ("США 20") or a person's
    full name (a count: "Дональда Трампа 232 голоса"). SlavicNER LOTO: all numbers after names would make 53 names
    right for 752 wrong; these make 14 right, none lost, 17 false names fewer and 3 more."""
    result = []
    for candidate in candidates:
        last = candidate.tokens[-1]
        if not text[last.end + 1 : last.end + 2].isdigit() or candidate.type == "LOC":
            result.append(candidate)
            continue
        person = candidate.type == "PER" and is_given_name(candidate.tokens[0].text)  # "У Дональда Трампа 232 голоса"
        found = None if person else _SERIES_NUMBER.match(text, last.end)
        if found is None or _month_after(text, found.end(), language):
            result.append(candidate)
            continue
        start = candidate.tokens[0].start
        if not _written_as_name(text, text[start : found.end()]):
            result.append(candidate)
            continue
        number = _Token(found.start("number"), found.end(), found.group("number"), False, False)
        head = candidate.lemma or lemmatize_name([t.text for t in candidate.tokens], language, candidate.type or "PRO", attested)
        type_ = "PRO" if candidate.type == "PER" else candidate.type
        result.append(_Candidate([*candidate.tokens, number], type_, head + found.group("gap") + number.text, candidate.evidenced))
    return result


def _written_as_name(text: str, name: str) -> bool:
    """The text writes ``name`` (a name and a number) again, once at least before punctuation or at its end, where
    no counted noun follows the number ("… Nord Stream 2.", not only "у Трампа 232 голоса")."""
    ends = [text[found.end() : found.end() + 1] for found in re.finditer(re.escape(name), text)]
    return len(ends) >= _SERIES_NUMBER_REPEATS and any(not end or not (end.isalnum() or end.isspace() or end == "-") for end in ends)


def _month_after(text: str, end: int, language: str) -> bool:
    """A month's name (or a case form of it: sl "januarja") follows the number."""
    following = _FOLLOWING_WORD.match(text, end)
    if following is None:
        return False
    months, word = month_names(language), following.group(1).casefold()
    return months.lookup(word) is not None or any(word.startswith(form) for form in months.wide if len(form) >= _MONTH_PREFIX)


_SERIES_NUMBER = re.compile(r"(?P<gap>[ -])(?P<number>\d{1,3})\b(?![.,:]\d|%)")
_FOLLOWING_WORD = re.compile(r"\.?\s+(\w+)")
_SERIES_NUMBER_REPEATS = 2
_MONTH_PREFIX = 3


_QUOTED_TITLE_WORDS = 5
_TITLE_JOINING_WORD = 3  # "for", "dla", "pro", "з"
_TITLE_CLOSERS = "\"»“”"
_TITLE_NUMBER_DASHES = (" — ", " – ", " - ", "—", "–")


def _quoted_title_end(text: str, tokens: list[_Token], last: int) -> int | None:
    """The index of a quoted title's last word when the words after ``last`` run to its closing mark as a title's do."""
    for index in range(last + 1, min(len(tokens), last + 1 + _QUOTED_TITLE_WORDS)):
        token = tokens[index]
        gap = text[tokens[index - 1].end : token.start]
        numbered = token.text[0].isdigit()
        # A dash joins only a number to the title («Северный поток — 2»), not a second name («Спартак — Зенит»).
        if gap not in (" ", "+", " + ", " № ") and not (numbered and gap in _TITLE_NUMBER_DASHES):
            return None
        if not (token.capitalised or numbered or len(token.text) <= _TITLE_JOINING_WORD and token.text.isalpha()):
            return None
        if text[token.end : token.end + 1] in _TITLE_CLOSERS:
            return index if token.capitalised or numbered else None
    return None


_PURPOSE_WORDS = 3


def _complement_end(text: str, tokens: list[_Token], preposition: int, language: str) -> int | None:
    """The index of the last lower-case word of the phrase after ``preposition``, or None when none follows."""
    end = None
    for index in range(preposition + 1, min(len(tokens), preposition + 2 + _PURPOSE_WORDS)):
        token = tokens[index]
        if not _joined(text, tokens[index - 1], token) or token.capitalised or not token.text.isalpha():
            break
        if token.text in _CONJUNCTIONS and end is not None and index + 1 < len(tokens):
            continue
        if token.text.lower() in STOPWORDS or is_function_word(token.text, language) or is_never_name(token.text, language):
            break
        if _verb(token.text, language):
            break
        end = index
    return end


def _verb(word: str, language: str) -> bool:
    """A verb by its dictionary lemma, the infinitive ("je" -> "biti", "schválila" -> "schválit")."""
    endings = _infinitive_endings(language)
    dictionary = value(language, "names", "SIMPLEMMA") if endings else None
    return bool(dictionary) and lexicon.lemmatize(word.lower(), dictionary).endswith(endings)


@lru_cache(maxsize=64)
def _infinitive_endings(language: str) -> tuple[str, ...]:
    return value(language, "names", "INFINITIVE_ENDINGS", ())


_CONJUNCTIONS = frozenset("in i a".split())


@lru_cache(maxsize=64)
def _purpose_prepositions(language: str) -> frozenset[str]:
    return value(language, "names", "PURPOSE_PREPOSITIONS", frozenset())


def _opens_purpose(word: str, name: list[str], language: str) -> bool:
    """``word`` opens what the named institution is for ("Agencija za zdravila"), or what the named law or treaty is
    about ("Zákon o státním rozpočtu"; not "Ústavní soud o stížnosti rozhodne", the matter a court decides)."""
    if word in _purpose_prepositions(language):
        return _names_institution(name)
    about = value(language, "names", "ABOUT_PREPOSITIONS", frozenset())
    return word in about and _has_word(name[-1], value(language, "names", "ABOUT_HEADS", frozenset()))


def _split_compounds(candidates: list[_Candidate], language: str) -> list[_Candidate]:
    """"Rubio-Lavrov meeting", "Putin-Trump", "Russia-Ukraine war": two names when each part is one."""
    known = gazetteer()
    names = {stem_key(c.tokens[-1].text): c.type for c in candidates if "-" not in c.tokens[-1].text}
    result = []
    for candidate in candidates:
        token = candidate.tokens[0]
        parts = token.text.split("-")
        if len(candidate.tokens) != 1 or len(parts) < 2 or candidate.lemma is not None:
            result.append(candidate)
            continue
        types = []
        for part in parts:
            entity = known.lookup(part) if part[:1].isupper() else None
            types.append(entity.type if entity else names.get(stem_key(part)) if part[:1].isupper() else None)
        if not all(types):
            result.append(candidate)
            continue
        offset = token.start
        for part, type_ in zip(parts, types):
            piece = _Token(offset, offset + len(part), part, token.initial, True)
            result.append(_Candidate([piece], type_))
            offset += len(part) + 1
    return result


def _told_type(text: str, tokens: list[_Token], language: str) -> str | None:
    """The type the words around a name give it: a kind noun or company form before it, a company form after
    it or at its end ("Orlen S.A."). A uk/ru first name is a person whatever precedes it ("газеты Йонатан")."""
    if company_form_after(text, tokens[-1].end) or len(tokens) > 1 and is_company_form(tokens[-1].text):
        return "ORG"
    if proper_reading(tokens[0].text, language) in ("Name", "Patr"):
        return None
    return kind_before(text, tokens[0].start)


def _placed(text: str, tokens: list[_Token], language: str) -> bool:
    """After "in", also with a country's adjective between ("в швейцарском Цуге", "w szwajcarskim Zug"), a name no
    dictionary reads as a person's is a place ("в Лахоре", "w Sheffield")."""
    start = tokens[0].start
    adjective = _ADJECTIVE_BEFORE.search(text, max(0, start - _ADJECTIVE_REACH), start)
    if adjective is not None and _PLACE_ADJECTIVE_ENDING.search(adjective.group(1)):
        start = adjective.start(1)
    if not after_in(text, start, language):
        return False
    return all(proper_reading(t.text, language) not in ("Name", "Surn", "Patr") for t in tokens)


def _bodies_led(text: str, candidates: list[_Candidate]) -> None:
    """A name read as a person between an executive's title and a person's full name is the company the person runs:
    "szef Ryanaira Michael O'Leary", "Шефът на Райънеър Майкъл О'Лиъри", "prezes Orlenu Daniel Obajtek"."""
    for candidate, following in zip(candidates, candidates[1:]):
        if candidate.type != "PER" or following.type != "PER" or len(following.tokens) < _FULL_NAME_WORDS:
            continue
        if executive_before(text, candidate.tokens[0].start) and text[candidate.tokens[-1].end : following.tokens[0].start] == " ":
            candidate.type, candidate.evidenced = "ORG", True


def _share_types(candidates: list[_Candidate]) -> None:
    """What the text says about one mention of a name types its other mentions ("airline Ryanair" …
    "Ryanair said"); a lone word that is the last word of a person's full name is that person ("Rubio")."""
    told = {_candidate_key(c): c.type for c in candidates if c.evidenced}
    surnames = {stem_key(c.tokens[-1].text) for c in candidates if c.type == "PER" and len(c.tokens) > 1}
    for candidate in candidates:
        if candidate.evidenced or candidate.lemma is not None:
            continue
        key = _candidate_key(candidate)
        if key in told:
            candidate.type = told[key]
        elif len(candidate.tokens) == 1 and key in surnames:
            candidate.type = "PER"


def _events_after(text: str, candidates: list[_Candidate], language: str, attested: Counter) -> None:
    """A one-word name guessed a person is an event when the text writes it after "after" ("след Брекзит",
    "po Brexicie"), and so are its other forms ("Brexitu"); not a word the dictionary reads as a person's name,
    nor the surname of a full name in the text (what the guess rests on then was more than a guess)."""
    guessed = [c for c in candidates if c.type == "PER" and not c.evidenced and c.lemma is None and len(c.tokens) == 1]
    surnames = {stem_key(c.tokens[-1].text) for c in candidates if c.type == "PER" and len(c.tokens) > 1}
    after = [
        c for c in guessed
        if _candidate_key(c) not in surnames
        and follows_after(text, c.tokens[0].start, language)
        and proper_reading(c.tokens[0].text, language) not in ("Name", "Surn", "Patr")
    ]
    if not after:
        return
    events = {_candidate_key(c) for c in after} | {_event_lemma(c, language, attested) for c in after}
    for candidate in guessed:
        if _candidate_key(candidate) in events or _event_lemma(candidate, language, attested) in events:
            candidate.type = "EVT"


def _event_lemma(candidate: _Candidate, language: str, attested: Counter) -> str:
    return lemmatize_name([candidate.tokens[0].text], language, "EVT", attested)


def _candidate_key(candidate: _Candidate) -> str:
    return stem_key(" ".join(t.text for t in candidate.tokens))
