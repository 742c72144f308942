"""Per-language cue lexicons: clause boundaries, negation, and the status of a planned event.

Status families say what a statement asserts about something planned (a
meeting, a vote, a deal): ``halted`` (postponed, put on hold, delayed,
cancelled), ``unscheduled`` (never scheduled, no agreement was reached, nothing
to postpone), ``proceeding`` (will take place, goes ahead as planned). Two
families in ``INCOMPATIBLE`` cannot both be true of the same matter, so
statements carrying them are the sides of a contested claim. Patterns are
regular expressions matched case-insensitively on word boundaries; Slavic
entries are stems so every inflection matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("en", "uk", "ru", "de", "fr", "es", "pl", "cs", "bg", "sl")

# A comma followed by one of these starts a new clause worth comparing on its own.
CLAUSE_CONJUNCTIONS: dict[str, str] = {
    "en": r"but|while|whereas|although|though|and so|and therefore|so that|yet",
    "uk": r"але|проте|однак|і тому|тому|а також|хоча|водночас|а",
    "ru": r"но|однако|поэтому|и поэтому|хотя|тогда как|а",
    "de": r"aber|jedoch|während|obwohl|doch|sondern",
    "fr": r"mais|alors que|tandis que|bien que|cependant",
    "es": r"pero|mientras|aunque|sin embargo|sino",
    "pl": r"ale|lecz|jednak|chociaż|podczas gdy|a",
    "cs": r"ale|avšak|však|zatímco|přestože|a proto",
    "bg": r"но|обаче|докато|въпреки че|а",
    "sl": r"ampak|toda|vendar|medtem ko|čeprav|a",
}

NEGATION: dict[str, str] = {
    "en": r"not|no|never|n['’]t|none|nothing|impossible|neither|nor|without",
    "uk": r"не|ні|ніколи|ніяк\w*|жодн\w*|немає|неможливо|без",
    "ru": r"не|нет|ни|никогда|никак\w*|невозможно|без",
    "de": r"nicht|kein\w*|nie|niemals|unmöglich|ohne",
    "fr": r"ne|n['’]|pas|jamais|aucun\w*|impossible|sans",
    "es": r"no|nunca|ningún|ninguna|imposible|sin",
    "pl": r"nie|nigdy|żadn\w*|niemożliwe|bez",
    "cs": r"ne|není|nejsou|nebyl\w*|nelze|nikdy|žádn\w*|nic|nemožné|bez",
    "bg": r"не|няма|нямаше|никога|никакв\w*|невъзможно|без",
    "sl": r"ne|ni|niso|nikoli|noben\w*|nemogoče|brez",
}

HALTED: dict[str, str] = {
    "en": r"postpon\w*|put on hold|on hold|delay\w*|tabled|shelved|suspend\w*|cancel\w*|called off|scrapped|put off",
    "uk": r"відкла\w*|відклад\w*|перенес\w*|перенос\w*|призупин\w*|скасов\w*|скасув\w*|відмін\w*|зірва\w*",
    "ru": r"отлож\w*|отклад\w*|перенес\w*|перенос\w*|приостанов\w*|отмен\w*|сорва\w*",
    "de": r"verschob\w*|verschieb\w*|aufgeschoben|abgesagt|ausgesetzt|vertagt|auf eis gelegt",
    "fr": r"report\w*|ajourn\w*|annul\w*|suspendu\w*|repouss\w*",
    "es": r"aplaza\w*|pospu\w*|postergad\w*|suspendid\w*|cancelad\w*",
    "pl": r"przełoż\w*|odłoż\w*|odwoła\w*|zawiesz\w*|wstrzyma\w*",
    "cs": r"odlož\w*|odklád\w*|zruš\w*|pozastav\w*|přelož\w*",
    "bg": r"отлож\w*|отмен\w*|замраз\w*|спрян\w*",
    "sl": r"prelož\w*|odlož\w*|odpoved\w*|zamrznjen\w*|prekinjen\w*",
}

UNSCHEDULED: dict[str, str] = {
    "en": r"(?:never|not yet|not) (?:been )?(?:scheduled|planned|agreed|arranged|set)|no (?:such )?(?:agreement|arrangement|date)|nothing to postpone|no \w+ to postpone",
    "uk": r"не було (?:\w+ )?(?:домовлен\w*|домовленост\w*|запланован\w*)|домовленост\w* не було|не (?:був |була |було |були )?(?:домовля\w*|домовил\w*|планувал\w*|призначал\w*|запланован\w*|призначен\w*|погоджен\w*)|нічого відкладати",
    "ru": r"не было (?:\w+ )?(?:договорен\w*|договорённост\w*|запланирован\w*)|договор[её]нност\w* не было|не (?:был |была |было |были )?(?:договарива\w*|договорил\w*|планировал\w*|назначал\w*|запланирован\w*|назначен\w*|согласован\w*)|нечего откладывать",
    "de": r"nie (?:geplant|vereinbart|angesetzt|terminiert)|nicht (?:geplant|vereinbart|angesetzt|terminiert)|keine vereinbarung",
    "fr": r"jamais (?:été )?(?:prévu\w*|programmé\w*|convenu\w*|fixé\w*)|aucun accord|pas d['’]accord sur",
    "es": r"nunca (?:se )?(?:programad\w*|acordad\w*|previst\w*|fijad\w*)|ningún acuerdo|no había acuerdo",
    "pl": r"nigdy nie (?:zaplanowan\w*|uzgodnion\w*|ustalon\w*)|nie (?:zaplanowano|uzgodniono|ustalono)|nie było (?:żadnych )?(?:porozumie\w*|ustaleń|uzgodnień)",
    "cs": r"(?:nikdy )?nebyl\w* (?:\w+ )?(?:naplánován\w*|dohodnut\w*|sjednán\w*)|(?:nebyla )?žádná dohoda",
    "bg": r"(?:никога )?не (?:\w+ ){0,2}(?:насрочен\w*|планиран\w*|договорен\w*)|нямаше (?:\w+ )?(?:договорк\w*|споразумение)",
    "sl": r"(?:nikoli )?ni bil\w* (?:\w+ )?(?:načrtovan\w*|dogovorjen\w*)|ni bilo (?:\w+ )?dogovor\w*",
}

PROCEEDING: dict[str, str] = {
    "en": r"will (?:take place|go ahead|proceed)|goes ahead|going ahead|as planned|on schedule|on track",
    "uk": r"відбудеться|відбудуться|за планом|як і планувалося",
    "ru": r"состоится|состоятся|по плану|как и планировалось",
    "de": r"findet (?:\w+ )?statt|wie geplant|planmäßig",
    "fr": r"aura lieu|comme prévu",
    "es": r"tendrá lugar|se celebrará|según lo previsto",
    "pl": r"odbędzie się|zgodnie z planem",
    "cs": r"uskuteční se|proběhne|podle plánu",
    "bg": r"ще се състои|ще се проведе|по план",
    "sl": r"bo potekal\w*|po načrtu",
}

INCOMPATIBLE = {
    frozenset({"halted", "unscheduled"}),
    frozenset({"halted", "proceeding"}),
    frozenset({"unscheduled", "proceeding"}),
}

# Words between a negation and a halted verb that still let the negation reach it.
_NEGATION_REACH = 4


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


@lru_cache(maxsize=None)
def _compiled(table_name: str, language: str) -> re.Pattern:
    table = {"halted": HALTED, "unscheduled": UNSCHEDULED, "proceeding": PROCEEDING, "negation": NEGATION}[table_name]
    return re.compile(rf"(?<!\w)(?:{table[_language(language)]})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def clause_boundary(language: str) -> re.Pattern:
    """Matches ", but " / "; " etc.; the clause after it starts at the match's end."""
    conjunctions = CLAUSE_CONJUNCTIONS[_language(language)]
    return re.compile(rf"(?:,[”\"’»]?\s+(?=(?:{conjunctions})(?!\w))|;\s+)", re.IGNORECASE)


def is_negated(text: str, language: str) -> bool:
    return bool(_compiled("negation", language).search(text))


def status_family(text: str, language: str) -> str | None:
    """The status family a statement asserts, or None.

    "Never scheduled" outranks the "postpone" it often contains ("impossible to
    postpone something that was never scheduled"); a negated halt ("there was
    no meeting to postpone", "неможливо відкласти") denies the halt.
    """
    if _compiled("unscheduled", language).search(text):
        return "unscheduled"
    halted = _compiled("halted", language).search(text)
    if halted:
        before = text[: halted.start()].split()[-_NEGATION_REACH:]
        if _compiled("negation", language).search(" ".join(before)):
            return "unscheduled"
        return "halted"
    if _compiled("proceeding", language).search(text):
        return "proceeding"
    return None


def incompatible(family_a: str | None, family_b: str | None) -> bool:
    return bool(family_a and family_b and frozenset({family_a, family_b}) in INCOMPATIBLE)
