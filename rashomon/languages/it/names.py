"""Italian: how names are written and inflected (the entities stage)."""

# Lower-case words inside a name ("Secretary of State", "Ursula von der Leyen").
CONNECTORS = frozenset("di da del".split())

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "it"

# The dictionary also lists first names ("Marco"): a sentence-initial word is ordinary only if the text
# also writes it in lower case.
FIRST_NAMES_IN_DICTIONARY = True
