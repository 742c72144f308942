"""Polish: how reported speech is written (the quotes stage); constants fill ``Lexicon``'s fields."""

import re

from rashomon.languages.patterns import alternation, words

_VERBS = r"""
powiedzia(?:ł|ła|ło|li|ły) stwierdzi(?:ł|ła|li|ły) oświadczy(?:ł|ła|li|ły) doda(?:ł|ła|li|ły) podkreśli(?:ł|ła|li|ły)
zaznaczy(?:ł|ła|li|ły) wyjaśni(?:ł|ła|li|ły) poinformowa(?:ł|ła|li|ły) przekaza(?:ł|ła|li|ły) uważa(?:|ją)
twierdzi(?:|ł|ła|li) zapowiedzia(?:ł|ła|li) napisa(?:ł|ła|li) mówi(?:|ł|ła|li) ocenił oceniła
"""

VERBS = re.compile(rf"(?<!\w)(?:{alternation(_VERBS)})(?!\w)")
ACCORDING_PREFIX = re.compile(r"(?<!\w)(?:według|zdaniem|jak\s+(?:poinformował|podał|podała|podali))(?!\w)", re.IGNORECASE)
COMPLEMENTIZERS = words("że iż")
BOUNDARIES = words("i a ale lub że który która które gdy jeśli bo gdzie")
BETWEEN = words("także też już również")
PARENTHETICALS = frozenset()
PRONOUNS = {"on": "PER", "ona": "PER", "oni": "ORG"}
ANONYMOUS = words("źródło źródła urzędnik")
INDEFINITES = words("jeden jedno")
# Dialogue is written with leading dashes.
DIALOGUE_DASHES = True
# No articles: a bare description ("minister") may refer back to a name.
BARE_DESCRIPTIONS = True
