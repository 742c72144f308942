"""Spanish: how reported speech is written (the quotes stage); constants fill ``Lexicon``'s fields."""

import re

from rashomon.languages.patterns import alternation, words

_VERBS = r"""
dijo dijeron dice dicen afirmó afirmaron afirma declaró declararon declara aseguró aseguraron asegura
señaló señalaron señala explicó explicaron explica añadió añadieron agregó agregaron indicó indicaron
indica sostuvo sostiene advirtió advierte reconoció anunció anunciaron confirmó confirmaron escribió
"""

VERBS = re.compile(rf"(?<!\w)(?:{alternation(_VERBS)})(?!\w)")
ACCORDING_PREFIX = re.compile(r"(?<!\w)(?:según|de\s+acuerdo\s+con)(?!\w)", re.IGNORECASE)
COMPLEMENTIZERS = words("que")
BOUNDARIES = words("y pero o que quien cuando si porque donde")
BETWEEN = words("también ya además")
PARENTHETICALS = frozenset()
PRONOUNS = {"él": "PER", "ella": "PER"}
ANONYMOUS = words("fuente fuentes funcionario")
INDEFINITES = words("un una unos")
# Dialogue is written with leading dashes.
DIALOGUE_DASHES = True

# --- Read in every language's text.
TITLE_SMALL_WORDS = words("de la el y")
DEFINITE_ARTICLES = words("el los las")
