"""English: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    president vice-president prime minister secretary deputy senator chancellor spokes ambassador governor
    mayor general chairman chairwoman chair leader king queen prince princess pope judge mr mrs ms dr sir lord
    lady commissioner director ceo chief rep sen gov congressman congresswoman candidate pastor
    president-elect foreign state
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    ceo chief executive managing director
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministry department university party bank agency council committee commission court parliament office
    service police army times news press corporation company inc ltd group foundation institute federation
    union association organization organisation assembly senate congress house club league
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    act treaty accord agreement convention constitution charter
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    street avenue square river lake sea ocean mountain island county region province state city
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    the a an this that these those it its he she we they i you his her our their my your in on at by for but
    and or if as after before when while thus however also there here what which who whom whose why how not no
    yes so then than since until from into with without about over under up down out of to later earlier
    meanwhile now today yesterday tomorrow still yet even just only both all some many most other another each
    every according despite during although though because unlike like last next first monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr dna rna gdp vat ceo usd
    eur ctrl enter
    """.split()
)

# Lower-case words inside a name ("Secretary of State", "Ursula von der Leyen").
CONNECTORS = frozenset("of the".split())

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "en"

# The dictionary also lists first names ("Marco"): a sentence-initial word is ordinary only if the text
# also writes it in lower case.
FIRST_NAMES_IN_DICTIONARY = True

# Nationality adjectives derived from place names ("Russian") are no names.
CAPITALISED_DEMONYMS = True

# A name may carry a possessive ""s" that is no part of it ("Clinton’s").
POSSESSIVE_S = True
