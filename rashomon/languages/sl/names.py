"""Slovene: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    predsednik predsednic premier premierk ministric tiskovn veleposlanik kanclerk guverner župan vodj gospod
    gospa papež kralj kraljic kandidat
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    direktor šef izvršn
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministrstv univerz unij strank bank agencij svet sveta svetu svetom odbor komisij sodišč parlament služb polici
    urad inštitut fundacij združen organizacij zvez skupščin vlada vlade zbor zbornic
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    zakon pogodb sporazum ustav
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    ulic trg rek jezer morj ocean gor otok pokrajin regij država mest
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    v na za z do od po pri brez nad pod med in a ali da kot to ta te on ona ono oni mi vi njegov njen njihov
    tam tu tedaj tudi vendar medtem danes včeraj jutri zdaj sedaj zato nato ko če ne že
    """.split()
)

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "ovega: ovemu: ovih: ovim: ovem: ove: ova: ovo: ovi: evega: eve: eva: evo: evi: jem: ju: ja: om: em: a: u: e:a o:a iji:ija ije:ija ijo:ija i:a"

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "sl"

# A place in the genitive after an organisation completes its name ("МИД Великобритании").
GENITIVE_COMPLEMENTS = True

# Women's surnames and possessives add "-ov-" to the surname (Mayová, Johnsonova).
OV_SURNAMES = True

# Lower-case nouns that end a name begun by a capitalised adjective ("Белия дом", "Bílý dům",
# "Światowa organizacja", "Združenega kraljestva"): whole inflected forms, so that no first name
# ("Dominik") or verb starts like one.
NAME_HEAD_NOUNS = frozenset(
    """
    hiša hiše hiši hišo kolegij zbornica zbornice zbornici kraljestvo kraljestva kraljestvu republika republike republiki federacija organizacija organizacije agencija agencije služba službe banka banke
    """.split()
)

# Adjectives are written in lower case: one capitalised mid-sentence begins a name ("Česká televize").
ADJECTIVES_IN_LOWER_CASE = True

# Prepositions after which a capitalised word is no adjective opening a name ("w Zakopanem przed tłumem"): the
# language's own, not STOPWORDS, which every language's names are trimmed by ("Ku Klux Klan", "U Thant").
PREPOSITIONS = frozenset("pred čez o ob proti".split())

# Prepositions that open what an institution or a law is for or about, part of its name: "Nacionalni inštitut za
# javno zdravje", "Съвета по общи въпроси", "Закон о восстании" (lower-case words after it, to the phrase's end).
PURPOSE_PREPOSITIONS = frozenset("za".split())

# "o" opens what a law or treaty is about ("Zakon o obrambi"), after a body it opens the matter it decides on
# ("Ústavní soud o stížnosti rozhodne"): the preposition and the document words (lower-case prefixes) it follows.
ABOUT_PREPOSITIONS = frozenset("o".split())
ABOUT_HEADS = frozenset("zakon pogodb sporazum konvencij uredb odlok deklaracij".split())

# What the dictionary's lemma of a verb (its infinitive) ends in: a verb ends the phrase after a PURPOSE_PREPOSITION.
INFINITIVE_ENDINGS = tuple("ti či".split())

# "Party" (lower-case prefixes): the capitalised adjective beside it names a party, and a noun of that adjective's
# stem the party's members ("demokrati", "republikancev"), which SlavicNER marks as a name,
# typed as the party (ORG) more often than as persons.
PARTY_WORDS = ("strank",)
PARTY_MEMBER_TYPE = "ORG"
