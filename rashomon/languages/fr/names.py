"""French: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    présid ministre porte-parole ambassadeur m. mme monsieur madame
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    pdg patron directeur
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministère université parti banque agence conseil comité commission cour parlement
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    loi traité accord
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    le la les un une des et ou mais lundi mardi mercredi jeudi vendredi samedi dimanche
    """.split()
)

# Lower-case words inside a name ("Secretary of State", "Ursula von der Leyen").
CONNECTORS = frozenset("de du la le".split())

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "fr"

# The dictionary also lists first names ("Marco"): a sentence-initial word is ordinary only if the text
# also writes it in lower case.
FIRST_NAMES_IN_DICTIONARY = True

# Nationality adjectives derived from place names ("Russian") are no names.
CAPITALISED_DEMONYMS = True
