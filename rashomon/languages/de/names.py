"""German: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    präsident kanzler bundeskanzler ministerin außenminister sprecher botschafter gouverneur bürgermeister
    herr frau chef vorsitzende
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    chef vorstandschef vorstandsvorsitzend konzernchef geschäftsführer
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministerium universität partei bank agentur rat rates ausschuss kommission gericht parlament dienst
    polizei
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    gesetz vertrag abkommen verfassung
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    straße platz fluss see meer insel
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    der die das ein eine und oder aber wenn als nach vor im am zum zur vom beim montag dienstag mittwoch
    donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember
    """.split()
)

# Lower-case words inside a name ("Secretary of State", "Ursula von der Leyen").
CONNECTORS = frozenset("von der den".split())

# Every noun is capitalised: a capitalised word right after an article is a noun, not a name.
NOUN_ARTICLES = frozenset(
    "der die das dem den des ein eine einen einem einer eines kein keine keinen dieser diese dieses diesem diesen".split()
)

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "de"

# The dictionary also lists first names ("Marco"): a sentence-initial word is ordinary only if the text
# also writes it in lower case.
FIRST_NAMES_IN_DICTIONARY = True

# Nationality adjectives derived from place names ("Russian") are no names.
CAPITALISED_DEMONYMS = True
