"""Portuguese: how names are written and inflected (the entities stage)."""

# Lower-case words inside a name ("Secretary of State", "Ursula von der Leyen").
CONNECTORS = frozenset("da de".split())

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "pt"

# The dictionary also lists first names ("Marco"): a sentence-initial word is ordinary only if the text
# also writes it in lower case.
FIRST_NAMES_IN_DICTIONARY = True
