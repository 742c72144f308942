"""Serbian (also read for Croatian and Bosnian): how reported speech is written (the quotes stage).

Constants fill ``Lexicon``'s fields. Patterns are written in Cyrillic and match both scripts; Croatian and
Bosnian forms that differ ("priopćio", "kazao", "prema riječima") are added in Latin letters. The
auxiliary stands between the speaker and the verb or after it ("Вучић је рекао", "рекао је Вучић").
"""

import re

from rashomon.languages.patterns import alternation, words
from rashomon.languages.sr.script import both, either, latin

_VERBS = r"""
рек(?:ао|ла|ли|ло) изјави(?:о|ла|ли|ло) изјављуј(?:е|у) наве(?:о|ла|ли|ло) наводи дода(?:о|ла|ли|ло) додаје
истак(?:ао|ла|ли|ло) истиче саопшти(?:о|ла|ли|ло) саопштава каж(?:е|у) тврд(?:и|е) тврди(?:о|ла|ли)
објасни(?:о|ла|ли|ло) поручи(?:о|ла|ли|ло) нагласи(?:о|ла|ли|ло) наглашава упозори(?:о|ла|ли|ло)
напомену(?:о|ла|ли|ло) оцени(?:о|ла|ли|ло) одговори(?:о|ла|ли|ло) написа(?:о|ла|ли|ло) пише потврди(?:о|ла|ли|ло)
призна(?:о|ла|ли|ло) сматра(?:|ју) најави(?:о|ла|ли|ло) подсети(?:о|ла|ли|ло) закључи(?:о|ла|ли|ло)
"""
_CROATIAN_VERBS = r"priopći(?:o|la|li|lo) kaza(?:o|la|li|lo) ocijeni(?:o|la|li|lo) podsjeti(?:o|la|li|lo) smatra(?:|ju)"
_ACCORDING = (
    r"према(?:\s+(?:речима|подацима|наводима|информацијама|извештају|мишљењу))?|по\s+речима"
    r"|по\s+(?:његовим|њеним|њиховим)\s+речима|како\s+(?:је\s+|су\s+)?(?:навео|навела|навели|рекао|рекла|изјавио"
    r"|изјавила|саопштио|саопштила|саопштили|пише|наводи|наводе|тврди|тврде)"
)
_CROATIAN_ACCORDING = r"prema\s+riječima|po\s+riječima|kako\s+(?:je\s+|su\s+)?(?:priopćio|priopćila|priopćili|kazao|kazala)"

_ALL_VERBS = f"{alternation(_VERBS)}|{alternation(latin(_VERBS))}|{alternation(_CROATIAN_VERBS)}"
VERBS = re.compile(rf"(?<!\w)(?:{_ALL_VERBS})(?!\w)", re.IGNORECASE)
_PARTICIPLES = "додајући|наглашавајући|истичући|подсећајући"
PARTICIPLES = re.compile(rf"(?<!\w)(?:{either(_PARTICIPLES)})(?!\w)", re.IGNORECASE)
# Croatian first: "prema riječima" before the bare "prema".
ACCORDING_PREFIX = re.compile(rf"(?<!\w)(?:{_CROATIAN_ACCORDING}|{either(_ACCORDING)})(?!\w)", re.IGNORECASE)
_CITING = r"позивајући\s+се\s+на|цитирајући"
CITING = re.compile(rf"(?<!\w)(?:{either(_CITING)}|pozivajući\s+se\s+na)(?!\w)", re.IGNORECASE)
COMPLEMENTIZERS = both("да")
BOUNDARIES = both("и а али или да се који која које који када ако јер где такође међутим већ у на о за од са") | words("kad gdje")
# The auxiliary ("је", "су", "ће") stands between the speaker and the verb.
BETWEEN = both("је су ће би такође већ још раније јуче данас поново потом затим касније недавно") | words("jučer")
PARENTHETICALS = both("међутим такође са своје стране с друге стране")
PRONOUNS = {
    form: kind
    for cyrillic, kind in {"он": "PER", "она": "PER", "оно": "ORG", "они": "ORG", "његовим": "PER", "њеним": "PER",
                           "њиховим": "ORG"}.items()
    for form in (cyrillic, latin(cyrillic))
}
ANONYMOUS = both("извор извори извора изворима званичник званичници саговорник стручњаци аналитичари") | words(
    "dužnosnik dužnosnici"
)
INDEFINITES = both("један једна једно неки неколико неименовани анонимни")
# Dialogue is written with leading dashes.
DIALOGUE_DASHES = True
# No articles: a bare description ("министар") may refer back to a name.
BARE_DESCRIPTIONS = True
# "…“, рекао је Вучић новинарима после састанка": an inverted speaker ends with its names.
INVERTED_ENDS_WITH_NAMES = True
