"""Slovak: how reported speech is written (the quotes stage); constants fill ``Lexicon``'s fields."""

import re

from rashomon.languages.patterns import alternation, words

_VERBS = r"""
poveda(?:l|la|li|lo) uvie(?:dol|dla|dli|dlo) uvádza(?:|jú) vyhlási(?:l|la|li|lo) vyhlasuj(?:e|ú) doda(?:l|la|li|lo)
dodáva(?:|jú) zdôrazni(?:l|la|li|lo) zdôrazňuj(?:e|ú) informova(?:l|la|li|lo) vysvetli(?:l|la|li|lo) tvrd(?:í|ia)
tvrdi(?:l|la|li) poznamena(?:l|la|li) napísa(?:l|la|li) píše hovor(?:í|ia) hovori(?:l|la|li) konštatova(?:l|la|li)
skonštatova(?:l|la|li) upozorni(?:l|la|li) oznámi(?:l|la|li) potvrdi(?:l|la|li) prizna(?:l|la|li) odpoveda(?:l|la|li)
spresni(?:l|la|li) pripomenu(?:l|la|li) vyjadri(?:l|la|li) reagova(?:l|la|li) odkáza(?:l|la|li) myslí vraví
"""
_ACCORDING = (
    r"podľa(?:\s+(?:slov|informácií|údajov|vyjadrenia|názoru))?"
    r"|ako\s+(?:uviedol|uviedla|uviedli|informoval|informovala|informovali|povedal|povedala|napísal|napísala|píše|tvrdí)"
)

VERBS = re.compile(rf"(?<!\w)(?:{alternation(_VERBS)})(?!\w)", re.IGNORECASE)
PARTICIPLES = re.compile(r"(?<!\w)(?:dodajúc|zdôrazňujúc|poukazujúc)(?!\w)", re.IGNORECASE)
ACCORDING_PREFIX = re.compile(rf"(?<!\w)(?:{_ACCORDING})(?!\w)", re.IGNORECASE)
CITING = re.compile(r"(?<!\w)(?:s\s+odvolaním\s+na|citujúc)(?!\w)", re.IGNORECASE)
COMPLEMENTIZERS = words("že aby")
BOUNDARIES = words("a i ale alebo že aby sa si ktorý ktorá ktoré ktorí keď ak pretože kde či aj tiež však pri po")
BETWEEN = words("tiež už aj ešte opäť včera dnes neskôr následne pritom potom vtedy nedávno")
PARENTHETICALS = words("naopak zároveň tiež však")
PRONOUNS = {"on": "PER", "ona": "PER", "oni": "ORG", "ony": "ORG", "neho": "PER", "nej": "PER", "nich": "ORG"}
ANONYMOUS = words("zdroj zdroje zdrojov zdrojmi predstaviteľ predstavitelia úradník úradníci experti analytici")
INDEFINITES = words("jeden jedna jedno niektorí niekoľko nemenovaný nemenovaná nemenovaní anonymný anonymní")
# Dialogue is written with leading dashes.
DIALOGUE_DASHES = True
# No articles: a bare description ("minister") may refer back to a name.
BARE_DESCRIPTIONS = True
# "…,“ povedal Fico novinárom po stretnutí": an inverted speaker ends with its names.
INVERTED_ENDS_WITH_NAMES = True
