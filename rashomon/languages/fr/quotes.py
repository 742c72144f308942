"""French: how reported speech is written (the quotes stage); constants fill ``Lexicon``'s fields."""

import re

from rashomon.languages.patterns import alternation, words

_VERBS = r"""
(?:a|ont|avait)\s+(?:déclaré|dit|affirmé|ajouté|souligné|expliqué|indiqué|précisé|estimé|annoncé|assuré|confirmé|reconnu|averti|rappelé|écrit|jugé)
déclare déclarent dit disent affirme affirment ajoute ajoutent souligne soulignent explique expliquent
indique indiquent précise précisent estime estiment annonce annoncent assure assurent
"""

VERBS = re.compile(rf"(?<!\w)(?:{alternation(_VERBS)})(?!\w)")
ACCORDING_PREFIX = re.compile(r"(?<!\w)(?:selon|d'après|d’après|de\s+l'avis\s+de)(?!\w)", re.IGNORECASE)
COMPLEMENTIZERS = words("que qu'")
BOUNDARIES = words("et mais ou que qui dont où quand si car donc")
BETWEEN = words("aussi également encore déjà")
PARENTHETICALS = frozenset()
PRONOUNS = {"il": "PER", "elle": "PER", "ils": "ORG"}
ANONYMOUS = words("source sources responsable")
INDEFINITES = words("un une des")
# Dialogue is written with leading dashes.
DIALOGUE_DASHES = True

# --- Read in every language's text.
TITLE_SMALL_WORDS = words("de la le et du des")
DEFINITE_ARTICLES = words("le la les")
