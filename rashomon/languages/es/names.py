"""Spanish: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    presidente ministro portavoz embajador señor señora
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    consejero delegado director ejecutivo
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministerio universidad partido banco agencia consejo comité comisión tribunal parlamento
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    ley tratado acuerdo
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    el los las y pero lunes martes miércoles jueves viernes sábado domingo
    """.split()
)

# Lower-case words inside a name ("Secretary of State", "Ursula von der Leyen").
CONNECTORS = frozenset("de del la y".split())

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "es"

# The dictionary also lists first names ("Marco"): a sentence-initial word is ordinary only if the text
# also writes it in lower case.
FIRST_NAMES_IN_DICTIONARY = True

# Nationality adjectives derived from place names ("Russian") are no names.
CAPITALISED_DEMONYMS = True
