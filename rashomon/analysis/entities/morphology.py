"""Normal forms (nominative) of names, per language.

Ukrainian and Russian go through pymorphy3, preferring the readings its
dictionaries mark as surname / first name / place / organisation (so
"Лавровим" is the surname Лавров, not the adjective "лавровий"); other
languages through simplemma, with suffix rules for names it does not know.
Analyzers are loaded once per process on first use.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rashomon.analysis.entities.evidence import is_given_name
from rashomon.languages import every, lexicon, value

# Languages whose profile names a pymorphy3 or a simplemma dictionary (rashomon/languages/<code>/names.py).
PYMORPHY_LANGUAGES = frozenset(every("names", "PYMORPHY"))
SIMPLEMMA_LANGUAGES = frozenset(every("names", "SIMPLEMMA"))

_PREFERRED_TAGS = {
    "PER": ("Surn", "Name", "Patr"),
    "LOC": ("Geox",),
    "ORG": ("Orgn", "Abbr"),
}
_PROPER_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr"})

# Possessive-type surnames the dictionaries read as adjectives: Лавровим, Путиной, Медведєвим.
_EAST_SLAVIC_SURNAME = re.compile(r"^(.+(?:ов|ев|єв|ёв|ін|їн|ин))(?:им|ым|ому|ого|а|у|ові|ою|ої|ой|е|і)$")


@lru_cache(maxsize=2)
def _morph(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=value(language, "names", "PYMORPHY"))


def load_dictionaries(language: str) -> None:
    """Load the language's analyser (pymorphy3) or dictionary (simplemma) now rather than at its first name."""
    if language in PYMORPHY_LANGUAGES:
        _morph(language)
    if language in SIMPLEMMA_LANGUAGES:
        lexicon.load(value(language, "names", "SIMPLEMMA"))


def _parses(word: str, language: str):
    # pymorphy3 reads a word in lower case whatever its case, except a lone letter (an initial "Ф." or the
    # preposition "з"): one cached parse serves "Лондона" and "лондона".
    return _parses_lowered(word.lower() if len(word) > 1 else word, language)


@lru_cache(maxsize=300_000)
def _parses_lowered(word: str, language: str):
    return tuple(_morph(language).parse(word))


@lru_cache(maxsize=200_000)
def proper_reading(word: str, language: str) -> str | None:
    """The proper-name tag (Surn, Name, Geox, …) of a uk/ru word's likeliest such reading, if any."""
    if language not in PYMORPHY_LANGUAGES:
        return None
    for parse in _parses(word, language):
        tags = _PROPER_TAGS.intersection(parse.tag.grammemes)
        if tags:
            return sorted(tags)[0]
    return None


@lru_cache(maxsize=200_000)
def is_adjective(word: str, language: str) -> bool:
    """A uk/ru word whose likeliest reading is an adjective ("Северная", "Центральній")."""
    parses = _parses(word, language)
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")


@lru_cache(maxsize=200_000)
def names_a_thing(word: str, language: str) -> bool:
    """A uk/ru noun whose likeliest reading is inanimate: no person nor group of people ("демократия" is no
    "демократы")."""
    parses = _parses(word, language) if language in PYMORPHY_LANGUAGES else ()
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.animacy == "inan"


def begins_another_name(previous: str, word: str, language: str, institution: bool = False) -> bool:
    """Whether the uk/ru first name ``word`` cannot continue the name ending in ``previous``.

    The words of one name share their case: a first name after a surname or
    place in another case starts a new name ("Трампа Джордж", "Навального
    Леонид"). Both words must be in the dictionary, and ``previous`` no first
    name or patronymic itself; an indeclinable first name ("Кэти") tells no
    case, so any word before it that is no first name ends the other name.
    After an ``institution`` word a first name in the genitive is whom it is
    named after ("Інституті Роберта Коха", "Обществом Макса Планка").
    """
    if language not in PYMORPHY_LANGUAGES:
        return False
    parses, before = _parses(word, language), _parses(previous, language)
    if not parses or not parses[0].is_known or "Name" not in parses[0].tag.grammemes:
        return False
    if not before or not before[0].is_known or any({"Name", "Patr"} & p.tag.grammemes for p in before):
        return False
    # First names in the plural ("Леонид" as plural of "Леонида") are no readings a name in a text has.
    names = [p for p in parses if "Name" in p.tag.grammemes and "plur" not in p.tag.grammemes]
    if any("Fixd" in p.tag.grammemes for p in names):
        return True
    if institution and any(p.tag.case == "gent" for p in names):
        return False
    # An adjective (not a surname declined like one, "Навального") agrees with any reading of its noun,
    # also one that is no name: "Північного Ізраїлю".
    adjective = before[0].tag.POS in ("ADJF", "PRTF") and not any("Surn" in p.tag.grammemes for p in before)
    readings = [p for p in parses if "plur" not in p.tag.grammemes] if adjective else names
    return not {p.tag.case for p in readings} & {p.tag.case for p in before}


_NUMBERED = re.compile(r"-\d+$")


def without_number(word: str) -> tuple[str, str]:
    """A word and the number written onto it ("потоку-2" -> "потоку", "-2"; "covidu-19" -> "covidu", "-19"):
    its case ending stands before the number."""
    bare = _NUMBERED.sub("", word)
    return bare, word[len(bare):]


@lru_cache(maxsize=200_000)  # asked of every capitalised word before a lower-case one
def names_with_noun(adjective: str, noun: str, language: str) -> bool:
    """Whether a uk/ru capitalised adjective and the lower-case noun after it agree as one noun phrase
    ("Северного потока", "Північний потік"): together they are the name."""
    noun = without_number(noun)[0]  # "потока-2"
    if language not in PYMORPHY_LANGUAGES or not noun.isalpha():
        return False
    nouns = [p for p in _parses(noun, language) if p.tag.POS == "NOUN" and p.is_known]
    adjectives = [p for p in _parses(adjective, language) if p.tag.POS == "ADJF"]
    if not nouns or _parses(noun, language)[0].tag.POS != "NOUN":
        return False
    return any(
        a.tag.case == n.tag.case and a.tag.number == n.tag.number and (n.tag.number == "plur" or a.tag.gender == n.tag.gender)
        for a in adjectives
        for n in nouns
    )


_GENITIVE_POS = frozenset({"NOUN", "ADJF"})


@lru_cache(maxsize=200_000)
def genitive_reading(word: str, language: str) -> str | None:
    """"NOUN" or "ADJF" when a uk/ru word is most likely a dictionary noun or adjective and can be in the
    genitive ("представителей", "иностранных", "здоров'я"), else None ("и", "по" are never)."""
    if language not in PYMORPHY_LANGUAGES or not word.replace("'", "").replace("’", "").isalpha():
        return None
    parses = _parses(word, language)
    if not parses or not parses[0].is_known or parses[0].tag.POS not in _GENITIVE_POS or "Apro" in parses[0].tag.grammemes:
        return None
    pos = parses[0].tag.POS
    return pos if any(p.tag.POS == pos and p.tag.case == "gent" for p in parses) else None


_FUNCTION_POS = frozenset({"NPRO", "CONJ", "PREP", "PRCL", "INTJ", "ADVB", "NUMR", "PRED", "COMP"})


@lru_cache(maxsize=200_000)
def is_function_word(word: str, language: str) -> bool:
    """A uk/ru pronoun, conjunction, preposition, particle or adverb: never a name ("Если", "Втім")."""
    if language not in PYMORPHY_LANGUAGES:
        return False
    parses = _parses(word.lower(), language)
    return bool(parses) and parses[0].is_known and parses[0].tag.POS in _FUNCTION_POS


_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})


@lru_cache(maxsize=200_000)
def is_never_name(word: str, language: str) -> bool:
    """A uk/ru word with no proper-name reading that is a function word, pronoun or verb wherever it
    stands, also capitalised mid-sentence ("Вы", "Таким", "Сначала", "Вернуться")."""
    if language not in PYMORPHY_LANGUAGES:
        return False
    parses = _parses(word.lower(), language)
    if not parses or not parses[0].is_known or any(_PROPER_TAGS.intersection(p.tag.grammemes) for p in parses):
        return False
    tag = parses[0].tag
    return tag.POS in _FUNCTION_POS or tag.POS in _VERB_POS or "Apro" in tag.grammemes


@lru_cache(maxsize=200_000)
def is_common_word(word: str, language: str) -> bool:
    """True if ``word`` (lower-cased) is an ordinary dictionary word, not only a name."""
    lowered = word.lower()
    if language in PYMORPHY_LANGUAGES:
        parses = _parses(lowered, language)
        if not parses or not parses[0].is_known:
            return False
        if parses[0].tag.POS in _FUNCTION_POS:
            return True
        return not any(_PROPER_TAGS.intersection(p.tag.grammemes) for p in parses[:2])
    if language in SIMPLEMMA_LANGUAGES:
        return lexicon.is_known(lowered, value(language, "names", "SIMPLEMMA"))
    return False


def _restore_case(lemma: str, original: str) -> str:
    """``lemma`` capitalised as ``original`` is, and spelled with "е" where ``original`` writes no "ё" (the
    dictionary's "Ёлкин", "Соединённые" are written "Елкин", "Соединенные" in most texts)."""
    if "ё" in lemma and "ё" not in original.lower():
        lemma = lemma.replace("ё", "е")
    if original.isupper() and len(original) > 1:
        return lemma.upper()
    parts = lemma.split("-")
    originals = original.split("-")
    if len(parts) == len(originals):
        return "-".join(_part_case(p, o) for p, o in zip(parts, originals))
    return lemma[:1].upper() + lemma[1:] if original[:1].isupper() else lemma


def _part_case(lemma: str, original: str) -> str:
    """The letters the two share from the start keep the original's case ("О'Лири", "МакКоннелл"); else the first."""
    same = next((i for i, (a, b) in enumerate(zip(lemma, original)) if a.lower() != b.lower()), min(len(lemma), len(original)))
    if same:
        return original[:same] + lemma[same:]
    return lemma[:1].upper() + lemma[1:] if original[:1].isupper() else lemma


@lru_cache(maxsize=200_000)
def _east_slavic_word(word: str, language: str, type_: str) -> tuple[str, bool]:
    """(nominative, is_noun) for one uk/ru word."""
    parses = _parses(word, language)
    if not parses or word.isupper():
        return word, True
    preferred = _PREFERRED_TAGS.get(type_, ())
    chosen = next((p for p in parses if any(t in p.tag.grammemes for t in preferred)), None)
    # One person's name is no family's genitive plural ("Цеков" is not the Цеки, "Варниг" no women called Варнига).
    if type_ == "PER" and chosen is not None and chosen.tag.number == "plur" and chosen.tag.case in ("gent", "accs"):
        return word, True
    if chosen is None and type_ == "PER":
        match = _EAST_SLAVIC_SURNAME.match(word)
        if match and word[:1].isupper():
            return match.group(1), True
    if chosen is None:
        if not parses[0].is_known:
            return word, True
        chosen = parses[0]
    if chosen.tag.POS in ("ADJF", "PRTF"):
        inflected = chosen.inflect({"nomn"} | ({"sing"} if "sing" in chosen.tag.grammemes else set()))
        return _restore_case((inflected or chosen).word, word), False
    return _restore_case(chosen.normal_form, word), True


# Ends of a uk/ru name that read as a nominative as well: a feminine noun, or a foreign name that does not decline.
_NOMINATIVE_ENDS = ("а", "я", "и", "і", "о")


def _guessed_unattested(word: str, lemma: str, language: str, type_: str, attested: dict[str, int]) -> bool:
    """A uk/ru place's or body's name the dictionary does not know, whose guessed nominative the document never
    writes, when it ends as a nominative may: the word stands as written ("Невада" is no genitive of "Невад",
    "Милуоки" no case of "Милуока"), unless the text writes that nominative too ("Род-Айленда" where "Род-Айленд"
    stands elsewhere)."""
    if type_ == "PER" or attested.get(lemma) or not word.endswith(_NOMINATIVE_ENDS):
        return False
    parses = _parses(word, language)
    return bool(parses) and not parses[0].is_known


def _east_slavic_phrase(words: list[str], language: str, type_: str) -> str:
    """Adjectives and their head noun to the nominative, agreeing in case; the rest as written.

    "Білого дому" -> "Білий дім", "Верховної Ради" -> "Верховна Рада", "МЗС Британії" -> "МЗС Британії".
    """
    lemmas, case = [], None
    head = _head_forms(words, language)
    for index, word in enumerate(words):
        adjective = _nominative_adjective(word, language, head) if index < len(words) - 1 and not word.isupper() else None
        if adjective is not None:
            nominative, case, number = adjective
            lemmas.append(nominative)
            continue
        word, suffix = without_number(word)  # "потоку-2": the noun "потоку", its number kept
        if case is not None:
            nouns = [p for p in _parses(word, language) if p.tag.POS == "NOUN"]
            # A plural adjective's case is ambiguous ("Соединенных": genitive, locative, accusative): any plural noun.
            noun = next((p for p in nouns if p.tag.case == case), None) or next(
                (p for p in nouns if number == "plur" and p.tag.number == "plur"), None
            )
            lemma = _restore_case(_nominative_noun(noun, number), word) if noun else _east_slavic_word(word, language, type_)[0]
        else:
            lemma = _east_slavic_word(word, language, type_)[0]
        lemmas.append(lemma + suffix)
        lemmas.extend(words[index + 1 :])
        break
    return " ".join(lemmas)


def _head_forms(words: list[str], language: str) -> frozenset[tuple[str, str, str]]:
    """(case, number, gender) of each noun reading of the first word after the leading adjectives ("поток" in
    "Северного потока": masculine, so "Северного" is "Северный", not the neuter "Северное")."""
    head = next((without_number(word)[0] for word in words if not _nominative_adjective(word, language)), None)
    return frozenset((p.tag.case, p.tag.number, p.tag.gender) for p in _parses(head, language) if p.tag.POS == "NOUN") if head else frozenset()


@lru_cache(maxsize=200_000)
def _nominative_adjective(word: str, language: str, head: frozenset = frozenset()) -> tuple[str, str, str] | None:
    """(nominative, case and number as written) of a uk/ru word's first adjective or participle reading ("Білого" -> "Білий",
    "gent", "sing"), the first that agrees with a reading of the ``head`` noun where one does, or None; cached, as
    inflecting is the costliest step of lemmatising a name."""
    # A participle stands as an adjective does ("Соединенных", "Об'єднаних").
    readings = [p for p in _parses(word, language) if p.tag.POS in ("ADJF", "PRTF")]
    adjective = next((p for p in readings if any(
        p.tag.case == case and p.tag.number == number and (number == "plur" or p.tag.gender == gender)
        for case, number, gender in head)), None) or next(iter(readings), None)
    if adjective is None:
        return None
    inflected = adjective.inflect({"nomn"} | ({"sing"} if "sing" in adjective.tag.grammemes else set()))
    return _restore_case((inflected or adjective).word, word), adjective.tag.case, adjective.tag.number


def _nominative_noun(noun, number: str | None) -> str:
    """A head noun in the nominative, plural after a plural adjective ("Соединенных Штатов" -> "Штаты")."""
    if number == "plur" and noun.tag.number == "plur":
        plural = noun.inflect({"nomn", "plur"})
        if plural is not None:
            return plural.word
    return noun.normal_form


@lru_cache(maxsize=50_000)
def nominative_keeping_number(word: str, language: str) -> str:
    """A noun in the nominative, a plural kept plural ("американцев" -> "американцы", "британците" ->
    "британци"), as SlavicNER writes the lemma of a country's people."""
    if language not in PYMORPHY_LANGUAGES:
        return without_articles([word], language)[0]
    noun = next((p for p in _parses(word, language) if p.tag.POS == "NOUN"), None)
    if noun is None:
        return word
    inflected = noun.inflect({"nomn", "plur" if "plur" in noun.tag.grammemes else "sing"})
    return (inflected or noun).word


@lru_cache(maxsize=200_000)
def _simplemma_word(word: str, language: str) -> str:
    if word.isupper() or language not in SIMPLEMMA_LANGUAGES:
        return word
    lemma = lexicon.lemmatize(word, value(language, "names", "SIMPLEMMA"))
    return _restore_case(lemma, word) if lemma else word


# Languages with a postposed definite article (Bulgarian) that a name sheds in its normal form.
_ARTICLE_LANGUAGES = frozenset(every("names", "ARTICLE_ENDINGS_LAST"))


def without_articles(words: list[str], language: str) -> list[str]:
    """The words of a name without the postposed articles a language writes (bg "Съединените щати" ->
    "Съединени щати"); the words themselves elsewhere."""
    if language not in _ARTICLE_LANGUAGES:
        return words
    return [_without_article(word, language, index == len(words) - 1) for index, word in enumerate(words)]


@lru_cache(maxsize=200_000)
def _without_article(word: str, language: str, last: bool) -> str:
    endings = value(language, "names", "ARTICLE_ENDINGS_LAST" if last else "ARTICLE_ENDINGS_INNER")
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + replacement
    return word


# The short form of the masculine article (bg "-а", "-я": "Брекзита", "Сената", "Конгреса"), which a feminine noun's
# own ending reads alike ("Москва"): dropped only where the document writes the name without it.
_SHORT_ARTICLES = ("а", "я")


def person_without_article(word: str, language: str) -> str:
    """A noun for people without its postposed article, read as masculine: "демократа" -> "демократ" (the short
    article, not a feminine "-ата"), "републиканеца" -> "републиканец", "демократите" -> "демократи"; uk/ru: in the
    nominative, its number kept ("демократов" -> "демократы")."""
    if language in PYMORPHY_LANGUAGES:
        return nominative_keeping_number(word, language)
    if language in _ARTICLE_LANGUAGES and word.endswith(_SHORT_ARTICLES) and not word.endswith(("ия", "ья")):
        return word[:-1]
    return without_articles([word], language)[0]


def _short_article_dropped(word: str, attested: dict[str, int]) -> str | None:
    """``word`` without its short article, when the document also writes it so ("Брекзита" where "Брекзит" is)."""
    bare = word[:-1]
    return bare if word.endswith(_SHORT_ARTICLES) and len(bare) >= _MIN_BARE and attested.get(bare) else None


_MIN_BARE = 3


def with_short_article(name: str, language: str) -> tuple[str, ...]:
    """``name`` with the short article on its last word (bg "Конгрес" -> "Конгреса", "Конгрес" + "я"); none in a
    language that writes no article."""
    return tuple(name + article for article in _SHORT_ARTICLES) if language in _ARTICLE_LANGUAGES and len(name) >= _MIN_BARE else ()


def lemmatize_name(words: list[str], language: str, type_: str, attested: dict[str, int] | None = None) -> str:
    """Nominative form of a name given as its words (see _lemmatize_name), a foreign name's ending written after an
    apostrophe dropped ("Nigela Farage'a" -> "Nigel Farage")."""
    lemma = _lemmatize_name(words, language, type_, attested)
    ending = _apostrophe_ending(language)
    return ending.sub("", lemma) if ending is not None else lemma


@lru_cache(maxsize=64)
def _apostrophe_ending(language: str) -> re.Pattern | None:
    endings = value(language, "names", "APOSTROPHE_ENDINGS", "").split()
    return re.compile(r"(?<=\w)['’](?:%s)?(?=\s|$)" % "|".join(endings)) if endings else None


def _lemmatize_name(words: list[str], language: str, type_: str, attested: dict[str, int] | None = None) -> str:
    """Nominative form of a name given as its words.

    A person's every word is inflected ("Терези Мей" -> "Тереза Мей"); for other
    names only the head and the adjectives before it, the rest stays as a
    genitive complement ("Kancelarii Prezesa Rady Ministrów" -> "Kancelaria
    Prezesa Rady Ministrów").
    """
    if language in PYMORPHY_LANGUAGES and type_ != "PER" and len(words) > 1:
        return _east_slavic_phrase(words, language, type_)
    # A lone word whatever its type guess: "Асию" typed a place (Asia) is still no man's "Асий".
    gendered = _gendered_person(words, language, attested) if type_ == "PER" or len(words) == 1 else None
    if gendered is not None:
        return gendered
    if type_ == "PER" and len(words) > 1 and language in SIMPLEMMA_LANGUAGES and _nominative_person(words, language, attested):
        return " ".join(words)
    agreeing = _agreeing_phrase(words, language) if type_ != "PER" and len(words) == 2 else None
    if agreeing is not None:
        return agreeing
    # "Južna Karolina", "Združeno kraljestvo": a head noun already in the nominative keeps its adjectives as written,
    # but for the article a first word carries ("Европейската комисия" -> "Европейска комисия").
    if (type_ != "PER" and len(words) > 1 and language in SIMPLEMMA_LANGUAGES and _simplemma_word(words[-1], language) == words[-1]
            and not _noun_first(words[0], language)):
        return " ".join([*without_articles(words[:1] + [""], language)[:1], *words[1:]])
    if type_ == "PER" and len(words) == 1 and language in _DEMONYM_PLURALS:
        plural = _demonym_plural(words[0], language)
        if plural is not None:
            return plural
    lemmas = []
    for index, word in enumerate(words):
        lemma, is_noun = _word_lemma(word, index == len(words) - 1, language, type_, attested)
        lemmas.append(lemma)
        if type_ != "PER" and is_noun:
            lemmas.extend(words[index + 1 :])
            break
    if type_ == "PER" and len(words) > 1:
        lemmas = _agree_case_endings(words, lemmas)
    return " ".join(lemmas)


def _noun_first(word: str, language: str) -> bool:
    """The first word of a name is an inflected noun, not an adjective: its lemma ends as no adjective's does ("Izbie"
    -> "Izba" in "Izbie Gmin", whose genitive complement the dictionary leaves as written); a word of the language's,
    not another's it reads as one ("Frankfurter Allgemeine Zeitung")."""
    ends = _ADJECTIVE_LEMMA_ENDS.get(language)
    lemma = _simplemma_word(word, language)
    return bool(ends) and lemma != word and not lemma.endswith(ends) and is_common_word(word, language)


def _word_lemma(word: str, last: bool, language: str, type_: str, attested: dict[str, int] | None) -> tuple[str, bool]:
    """(nominative, is_noun) of one word of a name, the ``last`` one or not."""
    if language in PYMORPHY_LANGUAGES:
        lemma, is_noun = _east_slavic_word(word, language, type_)
        if lemma != word and attested is not None and _guessed_unattested(word, lemma, language, type_, attested):
            lemma = word
    elif language in _ARTICLE_LANGUAGES:
        lemma, is_noun = _without_article(word, language, last), last
        if last and attested and (lemma == word or not attested.get(lemma)):
            lemma = _short_article_dropped(word, attested) or lemma
    else:
        lemma, is_noun = _simplemma_word(word, language), True
    if lemma == word and attested and word[:1].isupper():
        lemma = attested_nominative(word, language, attested)
    return lemma, is_noun


def _gendered_person(words: list[str], language: str, attested: dict[str, int] | None) -> str | None:
    """A person's name whose nominative turns on the person's gender (a woman's "Асии Биби", "Захаровой", "Asi
    Bibi"; a man's "Andreje Babiše"), or None where the general rules below decide."""
    if language in PYMORPHY_LANGUAGES:
        return _woman_named(tuple(words), language) if len(words) > 1 else _woman_surname(words[0], language)
    return _declined_given_name(words, language, attested) if len(words) > 1 else None


# An adjective and its noun agree: once the noun is in the nominative, the adjective takes the nominative of the noun's
# gender ("Komisji Europejskiej" -> "Komisja Europejska", "Bele hiše" -> "Bela hiša", "Velké Británie" -> "Velká
# Británie"). Per language: where the adjective stands (after its noun: Polish names; before it: Czech, Slovene), the
# noun's nominative endings by gender, and how the dictionary's masculine adjective becomes feminine and neuter.
_AGREEMENT = {
    "pl": ("after", {"a": "f", "o": "n", "e": "n", "um": "n"}, {"f": (("ki", "ka"), ("gi", "ga"), ("i", "ia"), ("y", "a")),
                                                               "n": (("ki", "kie"), ("gi", "gie"), ("i", "ie"), ("y", "e"))}),
    "cs": ("before", {"a": "f", "ie": "f", "o": "n", "í": "n"}, {"f": (("ý", "á"),), "n": (("ý", "é"),)}),
    "sl": ("before", {"a": "f", "o": "n", "e": "n"}, {"f": (("i", "a"), ("", "a")), "n": (("i", "o"), ("", "o"))}),
}
_PLURAL_ENDINGS = {"pl": ("y", "i", "ów", "ach", "ami", "om"), "cs": ("y", "ů", "ům", "ech", "ích"), "sl": ("i", "ov", "ih", "om")}
_ADJECTIVE_LEMMA_ENDS = {"pl": ("y", "i"), "cs": ("ý", "í"), "sl": ("i", "")}
# A noun whose ending leaves its gender open ("moře" neuter, "země" feminine) takes it from an adjective ending only
# one gender has ("Rudého moře" -> "Rudé moře", "Velkou zemí"); "Velké" (feminine genitive or neuter) tells none.
_OPEN_GENDER = {"cs": (("e", "ě"), {"ého": "n", "ému": "n", "ém": "n", "ým": "n", "ou": "f", "á": "f"})}
# An adjective in the plural ("Wysp Brytyjskich", "Spojených států") names a plural the singular would change.
_SOFT_ADJECTIVE = {"cs": "í"}
_NOMINATIVE_PLURAL_ADJECTIVE = {"pl": ("e",), "cs": ("é",), "sl": ("e",)}
_PLURAL_ADJECTIVE_ENDINGS = {"pl": ("ych", "ich"), "cs": ("ých", "ích"), "sl": ("ih",)}


def _agreeing_phrase(words: list[str], language: str) -> str | None:
    """The nominative of a two-word name made of a noun and an adjective agreeing with it, or None."""
    rule = _AGREEMENT.get(language)
    if rule is None:
        return None
    place, genders, forms = rule
    adjective, noun = (words[1], words[0]) if place == "after" else (words[0], words[1])
    head, masculine = _simplemma_word(noun, language), _simplemma_word(adjective, language)
    # The dictionary must read the adjective as one: a masculine lemma it is written from ("Bel" / "Bele"), or
    # that ends as masculine adjectives do ("Europejski", "Velký").
    stem = masculine[:-1] if masculine.endswith(("i", "y", "ý", "í")) else masculine
    if masculine == adjective and adjective.endswith(_SOFT_ADJECTIVE.get(language, "-")) and head != noun:
        return f"{adjective} {head}"  # a soft adjective's nominative is one for every gender ("Konzervativní strana")
    if masculine == adjective or not adjective.startswith(stem) or not masculine.endswith(_ADJECTIVE_LEMMA_ENDS[language]):
        return None
    if language == "sl" and not masculine.endswith("i") and masculine == stem and len(adjective) - len(stem) > 3:
        return None
    # A noun written as its nominative plus a plural ending is plural ("Spojené státy", "Stany Zjednoczone"): the
    # dictionary's singular would change its number.
    if noun != head and noun.startswith(head) and noun[len(head) :] in _PLURAL_ENDINGS[language]:
        # Already the nominative plural where the adjective is ("Spojené státy"), not "Spojený státy".
        return " ".join(words) if adjective.endswith(_NOMINATIVE_PLURAL_ADJECTIVE[language]) else None
    if adjective.endswith(_PLURAL_ADJECTIVE_ENDINGS[language]):
        return " ".join(words)
    gender = next((g for end, g in genders.items() if head.endswith(end)), None) or _open_gender(head, adjective, language)
    if gender is None and any(masculine.endswith(end) for rebuilt in forms.values() for end, _ in rebuilt):
        return None
    nominative = masculine
    for end, replacement in forms.get(gender, ()):
        if masculine.endswith(end):
            nominative = masculine[: len(masculine) - len(end)] + replacement
            break
    return f"{head} {nominative}" if place == "after" else f"{nominative} {head}"


def _open_gender(noun: str, adjective: str, language: str) -> str | None:
    """The gender of a noun by its ending ("m" where none tells another), by its adjective where the ending leaves it
    open, None where neither tells."""
    endings, by_adjective = _OPEN_GENDER.get(language, ((), {}))
    if not noun.endswith(endings):
        return "m"
    return next((g for end, g in by_adjective.items() if adjective.endswith(end)), None)


# A country's people in the plural keep their number in the nominative ("Brytyjczyków" -> "Brytyjczycy", "Britů" ->
# "Britové", "Američanov" -> "Američani"), as SlavicNER lemmatises them; the singular goes to the singular as any noun.
# Per language: the endings of the plural's other cases, longest first, then (stem end, nominative plural ending).
_DEMONYM_PLURALS = {
    "pl": (("ami", "ach", "ów", "om"), (("czyk", "czycy"), ("ak", "acy"), ("an", "anie"), ("c", "cy"))),
    "cs": (("ech", "ích", "ům", "ů", "y"), (("an", "ané"), ("ák", "áci"), ("c", "ci"), ("", "ové"))),
    "sl": (("ih", "ev", "ov", "e"), (("c", "ci"), ("", "i"))),
}
# The nominative plural endings themselves: a word ending so stays as written.
_NOMINATIVE_PLURALS = {"pl": ("cy", "anie"), "cs": ("ové", "ané", "ci"), "sl": ("ani", "ci")}


def _demonym_plural(word: str, language: str) -> str | None:
    """The nominative plural of a plural word naming a country's people, or None (not plural, or no such word)."""
    from rashomon.analysis.entities.gazetteer import gazetteer  # the gazetteer lemmatises its own names with this module

    if word.endswith(_NOMINATIVE_PLURALS[language]):
        plural = word
    else:
        oblique, stems = _DEMONYM_PLURALS[language]
        ending = next((e for e in oblique if word.endswith(e)), None)
        stem = word[: -len(ending)] if ending else ""
        if len(stem) < _MIN_DEMONYM_STEM:
            return None
        plural = next((stem[: len(stem) - len(end)] + nominative for end, nominative in stems if stem.endswith(end)), None)
        if plural is None:
            return None
    known = gazetteer()
    return plural if known.country_of_demonym(plural, language) or known.country_of_demonym(word, language) else None


_MIN_DEMONYM_STEM = 3


_OBLIQUE_SURNAME_ENDINGS = ("a", "u", "em", "om", "ju", "ja", "ovi", "owi", "ego")


def _nominative_person(words: list[str], language: str, attested: dict[str, int] | None) -> bool:
    """A full name whose surname is already in the nominative is left as written.

    The words of a name share their case, and dictionaries read first names
    as inflections of others ("Tony" as a form of "Ton", "Asia" of "Asa").
    """
    surname = words[-1]
    if _simplemma_word(surname, language) != surname:
        return False
    if attested and attested_nominative(surname, language, attested) != surname:
        return False
    # A first name the document also writes with its nominative ending is inflected ("Theresy May" where
    # "Theresa" is written), whatever case the indeclinable surname seems in.
    if attested and any(_attested_ending_replaced(w, language, attested) for w in words[:-1]):
        return False
    # A first name read as inflected is believed when the surname ends like a case form ("Donalda Trumpa").
    first_inflected = any(_simplemma_word(w, language) != w for w in words[:-1])
    return not (first_inflected and surname.endswith(_OBLIQUE_SURNAME_ENDINGS))


def _agree_case_endings(words: list[str], lemmas: list[str]) -> list[str]:
    """The words of a person's name share their case: "Чака Норриса" -> "Чак Норрис" once "Чака" -> "Чак"."""
    endings = {w[len(l) :] for w, l in zip(words, lemmas) if w != l and w.startswith(l) and len(w) - len(l) <= 3}
    if len(endings) != 1:
        return lemmas
    ending = endings.pop()
    return [
        w[: -len(ending)] if w == l and w.endswith(ending) and len(w) - len(ending) >= 3 and w[:1].isupper() else l
        for w, l in zip(words, lemmas)
    ]


@lru_cache(maxsize=8)
def _name_endings(language: str) -> tuple[tuple[str, str], ...]:
    rules = []
    # Case and possessive endings of names the dictionaries do not know, with what the nominative ends in
    # instead; which candidate wins is decided by what the document itself writes (``attested_nominative``).
    for item in value(language, "names", "NAME_ENDINGS", "").split():
        ending, _, replacement = item.partition(":")
        rules.append((ending, replacement))
    return tuple(rules)


@lru_cache(maxsize=200_000)
def _endings_stripped(word: str, language: str) -> tuple[tuple[str, str], ...]:
    """(stem, what the nominative ends in instead) for each name ending of ``word`` that leaves 3 letters."""
    return tuple(
        (word[: -len(ending)], replacement)
        for ending, replacement in _name_endings(language)
        if word.endswith(ending) and len(word) - len(ending) >= 3
    )


@lru_cache(maxsize=200_000)
def nominative_candidates(word: str, language: str) -> tuple[str, ...]:
    """Forms ``word`` may have in the nominative, by stripping name endings (the word itself first)."""
    candidates = [word]
    for stem, replacement in _endings_stripped(word, language):
        candidates.append(stem + replacement)
        # Slovene/Czech fleeting vowel: Bidna -> Biden, Bidnove -> Biden.
        if not replacement and len(stem) > 3 and stem[-1] in "nlr" and stem[-2] not in "aeiouy":
            candidates.append(stem[:-1] + "e" + stem[-1])
    return tuple(candidates)


def _attested_ending_replaced(word: str, language: str, attested: dict[str, int]) -> bool:
    """Whether the document writes ``word`` with a case ending replaced by a nominative one ("Theresy" ->
    "Theresa"); an ending only stripped tells less ("Asia" -> "Asi" is another case)."""
    return any(attested.get(stem + replacement) for stem, replacement in _endings_stripped(word, language) if replacement)


def attested_nominative(word: str, language: str, attested: dict[str, int]) -> str:
    """The nominative of an unknown name word, as the document writes it elsewhere ("Trumpove" -> "Trump")."""
    best, best_count = word, 0
    for candidate in nominative_candidates(word, language)[1:]:
        count = attested.get(candidate, 0)
        if count > best_count:
            best, best_count = candidate, count
    return best


# The endings of a woman's given name the dictionary reads as a man's ("Асия", "Асии" as cases of "Асий"), per
# language: the nominative, and the other cases.
_FEMININE_OF_MASCULINE = {"ru": ("ий", "ия", ("ия", "ии", "ию", "ией")), "uk": ("ій", "ія", ("ія", "ії", "ію", "ією"))}
_DECLINING_ENDS = ("а", "я")  # a surname ending so declines for a woman too; any other stays as written ("Бібі")


def _woman_named(words: tuple[str, ...], language: str) -> str | None:
    """The nominative of a uk/ru full name when its words agree only as a woman's, else None (a man's, or both).

    The given name and the surname agree in gender and case: "Юлії" (a woman's genitive or a man's locative)
    with "Тимошенко" (a man's nominative, a woman's any case) is Юлія. A surname with no reading in the given
    name's case is indeclinable ("Асія Бібі", not a case of "Біба"). Where both agree, a woman's name the
    given-names list holds decides ("Асия Биби": "Асий" is no listed name); both listed, the reading the
    dictionary weighs more ("Юлії" a woman's, "Виталия" a man's).
    """
    given = _given_readings(words[0], language)
    surname = words[-1]
    surname_parses = [p for p in _parses(surname, language) if {"Surn", "Name"} & p.tag.grammemes and p.tag.number != "plur"]
    agrees = {gender: _agrees(given[gender][1], surname_parses, surname, gender) for gender in ("femn", "masc")}
    if not agrees["femn"]:
        return None
    if agrees["masc"]:
        listed = {gender: is_given_name(given[gender][0]) for gender in ("femn", "masc") if given[gender][0]}
        # Both listed ("Юлія" and "Юлій" from "Юлії", "Виталий" and "Виталия" from "Виталия"): the reading the
        # dictionary weighs more, its parses' scores summed per gender.
        if listed.get("masc", False) and not (listed.get("femn", False) and _womans_reading_weighs_more(words[0], language)):
            return None
        if not given["femn"][0]:
            return None
    cases = given["femn"][1]
    # A given name the dictionary does not know as a woman's is foreign, and so is her surname: it does not decline
    # unless it ends as Slavic nouns do ("Асії Бібі", not "Біба").
    foreign = not _dictionary_womans_name(words[0], language)
    rest = [word if foreign and not word.lower().endswith(_DECLINING_ENDS) else _feminine_word(word, language, cases) for word in words[1:]]
    return " ".join([_restore_case(given["femn"][0], words[0]), *rest])


def _womans_reading_weighs_more(word: str, language: str) -> bool:
    """pymorphy3's scores of ``word``'s given-name parses, summed per gender: the woman's weigh more."""
    weights = Counter()
    for parse in _parses(word, language):
        if "Name" in parse.tag.grammemes and parse.tag.gender in ("femn", "masc"):
            weights[parse.tag.gender] += parse.score
    return weights["femn"] > weights["masc"]


def _given_readings(word: str, language: str) -> dict[str, tuple[str, set[str]]]:
    """gender -> (the nominative of ``word`` read as a given name of that gender, the cases it may be in)."""
    readings: dict[str, tuple[str, set[str]]] = {"femn": ("", set()), "masc": ("", set())}
    for parse in _parses(word, language):
        gender = parse.tag.gender
        if "Name" not in parse.tag.grammemes or parse.tag.number == "plur" or gender not in readings:
            continue
        lemma, cases = readings[gender]
        if not lemma or lemma == parse.normal_form:
            readings[gender] = (parse.normal_form, cases | {parse.tag.case})
    masculine, feminine = readings["masc"][0], _FEMININE_OF_MASCULINE.get(language)
    lowered = word.lower()
    if not readings["femn"][0] and feminine and masculine.endswith(feminine[0]) and lowered.endswith(feminine[2]):
        nominative = masculine[: -len(feminine[0])] + feminine[1]
        readings["femn"] = (nominative, {"nomn"} if lowered == nominative else {"gent", "datv", "accs", "ablt", "loct"})
    return readings


def _agrees(cases: set[str], surname_parses, surname: str, gender: str) -> bool:
    """Whether a given name in ``cases`` of ``gender`` and the surname can be one person's name."""
    if not cases:
        return False
    fitting = [p for p in surname_parses if p.tag.gender == gender or {"ms-f", "Fixd"} & p.tag.grammemes]
    if any(p.tag.case in cases for p in fitting):
        return True
    # A surname read in no such case is a foreign one that does not decline ("Бібі", "Меркель") — for a man
    # only where it ends in a vowel.
    indeclinable = not surname.lower().endswith(_DECLINING_ENDS)
    return indeclinable and (gender == "femn" or surname.lower()[-1:] in "аеёиіїоуыэюя")


def _feminine_word(word: str, language: str, cases: set[str]) -> str:
    """A woman's surname or patronymic in the nominative, agreeing with her given name's ``cases``; as written where
    it does not decline."""
    parses = [p for p in _parses(word, language) if {"Surn", "Patr"} & p.tag.grammemes and (p.tag.gender == "femn" or "ms-f" in p.tag.grammemes)]
    agreeing = next((p for p in parses if p.tag.case in cases), None)
    if agreeing is None or "Fixd" in agreeing.tag.grammemes:
        return word
    return _restore_case((agreeing.inflect({"nomn"}) or agreeing).word, word)


def _dictionary_womans_name(word: str, language: str) -> bool:
    return any({"femn", "Name"} <= p.tag.grammemes for p in _parses(word, language))


_GENDERED_SURNAME_ENDS = ("ов", "ев", "ёв", "єв", "ин", "ын", "ін", "їн", "ий", "ой", "ій")


def _woman_surname(word: str, language: str) -> str | None:
    """A lone uk/ru given name or surname whose likeliest reading is a woman's ("Асию", "Захаровой", "Захарова"), in
    her own nominative (the dictionary's normal form of a surname is her husband's, "Захаров"); else None."""
    readings = _given_readings(word, language)
    feminine, masculine = readings["femn"][0], readings["masc"][0]
    if feminine and not _dictionary_womans_name(word, language) and not is_given_name(masculine):
        return _restore_case(feminine, word)  # "Асию": a woman's name the dictionary reads as no listed man's ("Асий")
    chosen = next((p for p in _parses(word, language) if {"Surn", "Name", "Patr"} & p.tag.grammemes), None)
    if chosen is None or "Surn" not in chosen.tag.grammemes or chosen.tag.gender != "femn" or "Fixd" in chosen.tag.grammemes:
        return None
    if not chosen.normal_form.endswith(_GENDERED_SURNAME_ENDS):
        return None  # only a surname with a woman's form of its own ("Захаров", "Поклонский"), not "Скрипаль"
    return _restore_case((chosen.inflect({"nomn"}) or chosen).word, word)


# A woman's surname declines as an adjective does where it is one (cs "Mayové" -> "Mayová", pl "Kowalskiej" ->
# "Kowalska"); any other stays as written for a woman ("Asi Bibi", "Melanii Trump", "Bojane Beović").
_WOMANS_SURNAME_ENDINGS = {
    "cs": (("ové", "ová"), ("ovou", "ová"), ("ské", "ská"), ("skou", "ská"), ("cké", "cká"), ("ckou", "cká")),
    "pl": (("skiej", "ska"), ("ską", "ska"), ("ckiej", "cka"), ("cką", "cka"), ("owej", "owa"), ("ową", "owa")),
    "sl": (),
}
_GIVEN_NAME_CASES = ("'ego", "ego", "eja")  # "Tony'ego", "Joego", "Joeja": the cases of a name ending in a vowel


def _declined_given_name(words: list[str], language: str, attested: dict[str, int] | None) -> str | None:
    """The nominative of a pl/cs/sl full name whose given name is written in another case of a name the
    given-names list holds ("Asi Bibi", "Theresy May", "Melanii Trump", "Joego Bidena"), else None.

    A woman's given name (its nominative ends in "a") leaves her surname as written but for the adjective endings
    (``_WOMANS_SURNAME_ENDINGS``); a man's surname shares his given name's case ("Joego Bidena" -> "Joe Biden").
    """
    if language not in _WOMANS_SURNAME_ENDINGS:
        return None
    if is_given_name(words[0]):
        # A listed given name as written ("Hillary", "Anny"): a woman's surname in another case ("Clintonové",
        # "Kowalskiej") tells her given name is in that case too, if it has a woman's nominative ("Anna").
        surname = _womans_surname(words[-1], language)
        if surname == words[-1]:
            return None
        given = _given_name_nominative(words, language)
        return " ".join([given if given and given.endswith("a") else words[0], *words[1:-1], surname])
    given = _given_name_nominative(words, language)
    if given is None:
        return None
    if given.endswith("a"):
        return " ".join([given, *(_womans_surname(word, language) for word in words[1:])])
    lemmas = [given]
    for word in words[1:]:
        lemma = _simplemma_word(word, language)
        if lemma == word and attested:
            lemma = attested_nominative(word, language, attested)
        lemmas.append(lemma)
    return " ".join(_agree_case_endings(words, lemmas))


_MIN_GIVEN_STEM = 2


def _given_name_nominative(words: list[str], language: str) -> str | None:
    """The listed given name ``words[0]`` is a case of: its name endings replaced, a soft stem's "-ia" ("Asi",
    "Asię" -> "Asia"), a vowel-final name's own endings ("Joego" -> "Joe"). A woman's and a man's name both listed
    ("Andreja", "Andrej" from "Andreje"), the man's where the surname shares the case ending ("Andreje Babiše")."""
    word, surname = words[0], words[-1]
    womans_surname = surname.endswith(tuple(end for end, _ in _WOMANS_SURNAME_ENDINGS[language]))
    feminine, masculine, shared = [], [], []
    for ending, replacement in _name_endings(language):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_GIVEN_STEM:
            continue
        if replacement != "a":
            masculine.append(stem + replacement)
            continue
        # Polish "Asi": the "i" of a soft stem is the case ending ("Asia", "Asię" spell it out).
        feminine += [stem + "ia", stem + "a"] if ending == "i" and language == "pl" else [stem + "a"]
        if surname.endswith(ending) and len(surname) - len(ending) >= _MIN_BARE and not womans_surname:
            shared.append(stem)
    masculine += [word[: -len(e)] for e in _GIVEN_NAME_CASES if word.endswith(e) and len(word) - len(e) >= _MIN_GIVEN_STEM]
    return next((c for c in (*shared, *feminine, *masculine) if is_given_name(c)), None)


def _womans_surname(word: str, language: str) -> str:
    return next((word[: -len(end)] + nominative for end, nominative in _WOMANS_SURNAME_ENDINGS[language] if word.endswith(end)), word)
