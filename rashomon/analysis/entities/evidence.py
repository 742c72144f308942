"""General evidence of what kind of thing an unknown name is, from the words written around it.

A name the gazetteer does not know is typed from what the text says about it, never from a
list of the names themselves:

- a kind noun written in lower case just before it: "airline Ryanair", "koncernu Gazprom",
  "агенция Ройтерс" (ORG); "městě Brno", "в городе Энергодар" (LOC); "gazety Rzeczpospolita",
  "вакцина Спутник" (PRO);
- a company form before or after it: "ПАО «Газпром»", "Ryanair Holdings plc", "Orlen S.A.",
  "Nafta sp. z o.o.", "ČEZ a.s." (ORG);
- a disease or epidemic word before it: "пандемии COVID-19", "wirusa SARS-CoV-2" (EVT, as the
  SlavicNER guidelines type diseases);
- the preposition "in" before a name nothing else types: a place ("в Лахоре", "v Brně");
- the preposition "after" before a name otherwise guessed a person: an event ("след Брекзит").

The kind nouns are lower-case prefixes ("авиакомпани" matches "авиакомпании", "авиакомпанией"),
in every language the entity stage reads: en, de, fr, es, it, uk, ru, bg, pl, cs, sk, sl, hr.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rashomon.analysis.entities.cues import EXECUTIVE_TITLES
from rashomon.languages import value

_KIND_NOUNS = {
    "ORG": """
        company companies firm airline carrier giant maker manufacturer producer conglomerate concern
        corporation retailer insurer lender bank agency holding startup
        firma konzern fluggesellschaft gesellschaft unternehmen hersteller
        compagnie société groupe entreprise constructeur banque agence
        compañía aerolínea empresa fabricante banco agencia compagnia società azienda banca agenzia
        компані авіакомпані авіаперевізник перевізник концерн корпораці фірм банк агентств виробник
        холдинг підприємств монополіст держкомпані
        авиакомпани авиаперевозчик перевозчик фирм производител предприяти монополист госкомпани
        авиокомпани авиопревозвач превозвач агенци
        firm spółk koncern przewoźnik producent bank agencj korporacj holding przedsiębiorstw lotnicz
        společnost aerolini aerolink dopravce výrobce agentur korporac podnik spoločnosť dopravca výrobca
        podjetj družb prevoznik proizvajal agencij korporacij tvrtk poduzeć kompanij zrakoplovn
    """,
    "LOC": """
        city town village county province region capital island river airport
        flughafen aéroport aeropuerto aeroporto аеропорт аэропорт летище lotnisk letišt letisk letališ
        stadt dorf provinz insel ville village province région île rivière ciudad pueblo provincia región isla río
        città villaggio isola fiume
        місто міста місті містом селищ село села селі област провінці столиц острів острова острові річк
        город городе города городом поселк посёлк деревн провинци
        град града градът село селото областта провинция столица остров река пристанищ
        miast miejscowoś wieś wsi gmin województw prowincj stolic wysp rzek
        měst městys obec obci vesnic provinci ostrov mesto mesta obec vas vasi pokrajin prestolnic
        otok reke reki grad grada gradu
    """,
    "EVT": """
        pandemic epidemic outbreak virus disease pandemie epidemie pandémie épidémie pandemia epidemia
        пандемі епідемі вірус коронавірус хвороб
        пандеми эпидеми вирус коронавирус болезн
        епидеми болест
        pandemi epidemi wirus koronawirus chorob vir koronavir nemoc virus koronavirus bolezn
    """,
    "PRO": """
        newspaper daily tabloid magazine weekly vaccine zeitung magazin journal quotidien hebdomadaire vaccin
        pipeline gasleitung gazoduc gasoducto gasdotto газопровід газопровод gazociąg plynovod plynovodu plinovod
        periódico diario revista vacuna giornale quotidiano rivista vaccino
        газет журнал видання тижневик таблоїд вакцин
        издани еженедельник таблоид вестник
        вестник списани седмичник таблоид ваксин
        gazet dziennik tygodnik magazyn miesięcznik szczepion
        novin deník týdeník časopis magazín vakcín denník týždenník časnik dnevnik tednik revij cepiv novine
        channel broadcaster sender chaîne cadena canale телеканал телевизи telewizj televiz televizij
    """,
}
KIND_NOUNS = {type_: tuple(words.split()) for type_, words in _KIND_NOUNS.items()}
# People named after what they work on, which the kind nouns above begin ("журналист", "dziennikarz",
# "banker"): no kind noun, though what follows them is not always a person ("журналисты Forbes").
PERSON_NOUNS = tuple(
    """
    journalist reporter banker журналист журналіст репортер банкир банкір банкер dziennikar reporter bankier
    novinář reportér bankéř novinar poročevalec bankir новинар журналист банкер
    """.split()
)
_MAX_ENDING = 5
_SHORT_STEM = 4
_SHORT_ENDING = 2

# Legal forms of companies, written before ("ПАО «Газпром»", "НАК Нафтогаз") or after the name ("Orlen S.A.").
COMPANY_FORMS = frozenset(
    """
    ag gmbh kg se sa s.a. spa s.p.a. srl s.r.l. nv n.v. bv b.v. plc ltd ltd. inc inc. llc corp corp. co. oy ab asa
    a.s. s.r.o. a.d. d.d. d.o.o. sp.k. s.a.s. sas sarl ад еад оод еоод пао оао ао зао ооо нао нак тов пат прат ат зат
    ват ооо ип
    """.split()
)
_MIXED_CASE_FORMS = frozenset({"gmbh", "plc", "ltd", "inc", "llc", "corp", "oy", "sarl"})
# "In" before a name: what follows is a place far more often than anything else, never a person
# ("в Лахоре", "w Sheffield", "v Brně"; SlavicNER: 80-95 % places, under 1 % people). Russian "у" is
# "at someone's", so it is not listed for Russian.
IN_PREPOSITIONS = {
    "ru": {"в", "во"}, "uk": {"в", "у", "ві"}, "be": {"в", "у", "ў"}, "bg": {"в", "във"}, "pl": {"w", "we"},
    "cs": {"v", "ve"}, "sk": {"v", "vo"}, "sl": {"v"}, "hr": {"u"}, "sr": {"u", "у"}, "bs": {"u"},
}
# "After" before a name: an event or period ("след Брекзит", "после Брексита", "po Brexicie"), as a
# person's name hardly follows it. Listed where the word means only "after" (bg, ru, uk, be, hr, sr) and
# for pl and cs "po", whose other sense, "along" a place, concerns places typed before this applies. Not for
# sl and sk "po", which also reads "according to" before a person's possessive ("po Junckerjevih besedah").
AFTER_PREPOSITIONS = {
    "ru": {"после"}, "uk": {"після"}, "be": {"пасля"}, "bg": {"след"}, "pl": {"po"}, "cs": {"po"},
    "hr": {"nakon", "poslije"}, "sr": {"nakon", "posle", "после"},
}
# Russian and Bulgarian write them in lower case ("американцы", "британците"): nouns in -ец (plural -цы/-ци)
# and -анин/-янин (plural -ане/-яни), in every case form. SlavicNER marks them in ru and bg (PER, linked to the
# country); its Ukrainian texts leave "українців", "британці" unmarked, so uk is not listed.
_LOWERCASE_PLURAL_ENDINGS = {
    "ru": ("цами", "цах", "цам", "цев", "цы", "ца", "цу", "цем", "це", "ец",
           "анами", "янами", "анах", "янах", "анам", "янам", "ане", "яне", "анин", "янин", "анина", "янина", "ян"),
    "bg": ("ците", "ци", "ецът", "еца", "ец", "аните", "яните", "ани", "яни", "анинът", "анина", "анин"),
}
# Endings of the nouns for a country's people, longest first: capitalised in pl/cs/sk/sl/hr ("Brytyjczycy",
# "Polacy", "Rosjanie" (pl), "Britové", "Poláci", "Američané" (cs), "Britanci" (sl)), in lower case in ru/bg.
_PLURAL_DEMONYM_ENDINGS = {
    "pl": ("jczyków", "jczycy", "jczyk", "czyków", "czycy", "czyk", "anami", "anach", "anie", "anin", "anów",
           "acy", "aków", "akami", "ak", "iec", "cy", "ców"),
    "cs": ("ané", "anů", "anům", "ané", "ové", "ovi", "áci", "áků", "ák", "an", "ec", "ci", "ců"),
    "sk": ("ania", "anov", "ovia", "áci", "ákov", "ák", "an", "ec", "ci", "cov"),
    "sl": ("anci", "ancev", "anec", "ani", "anov", "ci", "cev", "ec"),
    "hr": ("anci", "anaca", "anin", "ani", "ci", "aca", "ac"),
    **_LOWERCASE_PLURAL_ENDINGS,
}
# Endings that end ordinary nouns and adjectives as often ("щатите", "динамика", "российской"): a demonym's only
# where the rest is a country's name less its "-ия" ("българи", "българите" / "България") or a people's stem in
# "-ан"/"-ян" (the feminine "пакистанка", "Pakistanka", "Pákistánkou", "россиянку"). SlavicNER leave-one-topic-out:
# 83 mentions found, 13 spurious (some unannotated demonyms), no mention lost.
BARE_PLURAL_ENDINGS = {"bg": ("ите", "и")}
FEMININE_DEMONYM_ENDINGS = {
    "ru": ("ка", "ки", "ке", "ку", "кой"), "bg": ("ката", "ка"), "pl": ("ka", "ki", "kę", "ce", "ką"),
    "cs": ("ka", "ky", "ce", "ku", "kou"), "sk": ("ka", "ky", "ke", "ku", "kou"), "sl": ("ka", "ke", "ki", "ko"),
}


def _with_weak_endings(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each language's endings and its weak ones, longest first."""
    return {
        language: tuple(sorted({*endings, *BARE_PLURAL_ENDINGS.get(language, ()), *FEMININE_DEMONYM_ENDINGS.get(language, ())},
                               key=len, reverse=True))
        for language, endings in table.items()
    }


LOWERCASE_DEMONYM_ENDINGS = _with_weak_endings(_LOWERCASE_PLURAL_ENDINGS)
DEMONYM_ENDINGS = _with_weak_endings(_PLURAL_DEMONYM_ENDINGS)
_TITLE_BEFORE = re.compile(r"(\w+) (?:на |of |de |di )?$")  # bg, en: "Шефът на Райънеър"
_TITLE_REACH = 40
_WORD_BEFORE = re.compile(r"(?:^|[\s(«\"„“])(\w+) $")
_POLISH_LIMITED = re.compile(r"^\s*sp\.\s*z\s*o\.\s*o\.", re.IGNORECASE)
_QUOTES = "«»\"„“”‚‘’'"


def kind_before(text: str, start: int) -> str | None:
    """The type a lower-case kind noun or a company form right before ``start`` gives the name there."""
    before = text[max(0, start - 40) : start].rstrip(_QUOTES + " \u00a0")
    if len(before) == len(text[max(0, start - 40) : start]):  # nothing separates the word from the name
        return None
    words = before.split()
    if not words:
        return None
    word = words[-1]
    if word.isupper() and is_company_form(word):
        return "ORG"
    return kind_of(word)


def executive_before(text: str, start: int) -> bool:
    """A title of who runs a company right before ``start`` ("szef Ryanaira", "Шефът на Райънеър", "CEO of Ryanair"):
    the name there, when no person's, is the company."""
    found = _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start)
    return found is not None and found.group(1).lower().startswith(EXECUTIVE_TITLES)


def after_in(text: str, start: int, language: str) -> bool:
    """The name at ``start`` follows the preposition "in" of ``language`` ("в Лахоре", "w Sheffield")."""
    prepositions = IN_PREPOSITIONS.get(language)
    match = _WORD_BEFORE.search(text[max(0, start - 6) : start]) if prepositions else None
    return bool(match) and match.group(1).lower() in prepositions


def follows_after(text: str, start: int, language: str) -> bool:
    """The name at ``start`` follows the preposition "after" of ``language`` ("след Брекзит", "po Brexicie")."""
    prepositions = AFTER_PREPOSITIONS.get(language)
    match = _WORD_BEFORE.search(text[max(0, start - 8) : start]) if prepositions else None
    return bool(match) and match.group(1).lower() in prepositions


def _stems_by_prefix() -> dict[str, list[tuple[str, str]]]:
    """{first letters: [(kind noun stem, type)]}, in the order of KIND_NOUNS, so a word is checked against a few stems."""
    index: dict[str, list[tuple[str, str]]] = {}
    for type_, stems in KIND_NOUNS.items():
        for stem in stems:
            index.setdefault(stem[:_INDEX_LETTERS], []).append((stem, type_))
    return index


_INDEX_LETTERS = 3  # every kind noun stem has at least three letters
_KIND_STEMS = _stems_by_prefix()


@lru_cache(maxsize=100_000)
def kind_of(word: str) -> str | None:
    """ORG, LOC or PRO when ``word`` is one of their kind nouns inflected by a short ending."""
    lowered = word.lower()
    if lowered.startswith(PERSON_NOUNS) or not lowered.replace("-", "").isalpha():
        return None
    for stem, type_ in _KIND_STEMS.get(lowered[:_INDEX_LETTERS], ()):
        if lowered.startswith(stem) and len(lowered) - len(stem) <= (_MAX_ENDING if len(stem) > _SHORT_STEM else _SHORT_ENDING):
            return type_
    return None


def is_company_form(word: str) -> bool:
    """A legal form as companies write it: upper case ("AG", "ПАО"), with dots ("a.s.") or mixed ("GmbH", "plc");
    "se" or "sa" in lower case are ordinary words."""
    lowered = word.lower()
    return lowered in COMPANY_FORMS and (word.isupper() or "." in word or lowered in _MIXED_CASE_FORMS)


def company_form_after(text: str, end: int) -> bool:
    """A company's legal form follows the name ("Orlen S.A.", "Ryanair Holdings plc", "PGNiG sp. z o.o.")."""
    after = text[end : end + 16]
    if _POLISH_LIMITED.match(after):
        return True
    stripped = after.lstrip(_QUOTES)
    if not stripped[:1].isspace():
        return False
    words = stripped.split()
    return bool(words) and is_company_form(words[0].rstrip(",;:)"))


_GIVEN_NAMES_PATH = Path(__file__).parent / "data" / "given_names.txt"
# Case endings a given name takes in the Slavic languages ("Donalda", "Mateuszem", "Georgea", "Borisovi",
# "Krystyny" from "Krystyna"), longest first.
_GIVEN_NAME_ENDINGS = ("ovi", "owi", "em", "om", "ju", "a", "u", "e", "y", "i", "ą", "ę", "ou", "ем", "ом", "а", "у", "е", "ы", "и", "ю", "і")
_FEMININE_ENDINGS = ("a", "а")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    lines = _GIVEN_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=100_000)
def is_given_name(word: str) -> bool:
    """``word`` is a person's given name (data/given_names.txt), as listed or with a case ending ("Donalda",
    "Krystyny"): evidence that a capitalised word before a surname begins a person's name."""
    names = _given_names()
    lowered = word.lower()
    if lowered in names:
        return True
    return False


def party_stems(words: list[str], language: str) -> set[str]:
    """The stems of the parties' names among ``words``: a capitalised adjective beside a lower-case party word of the
    language ("Демократическата партия", "Labouristické strany", "Partii Republikańskiej" -> "демократ", "labourist",
    "republikan"), diacritics folded. Not a stem the words also write as a capitalised word of its own: a party named
    after a name ("Brexitske stranke" where "Brexit" is) has no members named so."""
    party_words = value(language, "names", "PARTY_WORDS", ())
    stems = set()
    for index, word in enumerate(words):
        if not party_words or not word[:1].islower() or not word.startswith(party_words):
            continue
        for neighbour in words[max(0, index - 1) : index] + words[index + 1 : index + 2]:
            if neighbour[:1].isupper() and not neighbour.isupper():
                stem = _adjective_stem(_folded(neighbour.rpartition("-")[2]))
                stems.update([stem] if stem else [])
    return stems - {_folded(word) for word in words if word[:1].isupper()} if stems else stems


def member_stem(word: str, stems: Iterable[str]) -> str | None:
    """The party stem a noun for the party's members begins with ("демократите", "republikánů"), with a case ending
    of a few letters after it; not the party's adjective itself ("демократичен", "republikánské")."""
    folded = _folded(word)
    for stem in stems:
        if folded.startswith(stem) and len(folded) - len(stem) <= _MAX_MEMBER_ENDING and not folded.startswith(_ADJECTIVE_SUFFIXES, len(stem)):
            return stem
    return None


def _adjective_stem(adjective: str) -> str | None:
    """The stem of a relational adjective before its suffix ("демократическ-ата", "лейбъристк-ата", "republikańsk-iej",
    "konzervativn-í"): the longest suffix that leaves an adjective's case ending after it (not "Rzeczn-ik")."""
    for suffix in _ADJECTIVE_SUFFIXES:
        at = adjective.rfind(suffix)
        if at >= _MIN_PARTY_STEM and _ADJECTIVE_ENDING.fullmatch(adjective, at + len(suffix)):
            return adjective[:at]
    return None


def _folded(word: str) -> str:
    """Lower case without diacritics ("Republikańskiej" -> "republikanskiej", "Й" -> "и")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))


# Suffixes that make adjectives of nouns in the Slavic languages, longest first, both scripts, diacritics folded.
_ADJECTIVE_SUFFIXES = tuple(
    sorted("ическ ичен ичн ичк ивен ивн ск цк к н yczn iczn ick icn ivn ywn sk ck n".split(), key=len, reverse=True)
)
# Adjective case endings, diacritics folded: vowels with й/j, -го/-go, -м/-m, -х/-ch, bg articles -та/-т.
_ADJECTIVE_ENDING = re.compile("[аеиоуыэюяйъьaeiouyj]{1,3}(?:го|му|м|х|ми|та|т|go|mu|m|ch|h|mi)?[аеиоуяaeiouy]?")
_MIN_PARTY_STEM = 6
_MAX_MEMBER_ENDING = 6
