"""Czech: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    prezident premiér ministr mluvčí velvyslan kancléř senátor guvernér starost předsed šéf paní papež král
    králov kandidát
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    šéf ředitel generální
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministerstv univerzit uni stran bank agentur rada rady radě radu radou výbor komis soud parlament služb polici
    úřad institut nadac sdružen organizac svaz sněmovn vlád komor
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    zákon smlouv dohod ústav
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    ulic náměst řek jezer moř oceán hor ostrov kraj okres region provinci stát měst
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    v na za z do od po při pro bez nad pod mezi i a ale nebo že jak to ten ta ty on ona ono oni my vy jeho
    její jejich náš váš tam tady tehdy také však nyní dnes včera zítra proto pak potom podle když pokud jestli
    ne už hdp
    """.split()
)

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "ovou:ová ové:ová ových: ovým: ovou: ův: ova: ovo: ovy: ovi: ovu: em: ou:a u: a: y:a e:a ě:a i:a"
# A plural name's genitive has no ending ("Čech" is Čechy): the nominative adds this, a fleeting "ie" or "e" before the
# last consonant dropped.
PLURAL_NAME_ENDING = "y"

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "cs"

# A place in the genitive after an organisation completes its name ("МИД Великобритании").
GENITIVE_COMPLEMENTS = True

# The ending of a noun's genitive plural that no other form of a noun or adjective has: what an institution is made of
# completes its name ("Sněmovna lordů", "Sněmovny reprezentantů").
GENITIVE_PLURAL_ENDINGS = ("ů",)

# Women's surnames and possessives add "-ov-" to the surname (Mayová, Johnsonova).
OV_SURNAMES = True

# Lower-case nouns that end a name begun by a capitalised adjective ("Белия дом", "Bílý dům",
# "Światowa organizacja", "Združenega kraljestva"): whole inflected forms, so that no first name
# ("Dominik") or verb starts like one.
NAME_HEAD_NOUNS = frozenset(
    """
    dům domu domě domem kolej kolegium komora komory komoře komorou království královstvím republika republiky republice republiku republikou federace organizace agentura agentury agentuře asociace služba služby služb banka banky bance
    """.split()
)

# Adjectives are written in lower case: one capitalised mid-sentence begins a name ("Česká televize").
ADJECTIVES_IN_LOWER_CASE = True

# Prepositions after which a capitalised word is no adjective opening a name ("w Zakopanem przed tłumem"): the
# language's own, not STOPWORDS, which every language's names are trimmed by ("Ku Klux Klan", "U Thant").
PREPOSITIONS = frozenset("před přes o u ve ze k ke během proti kvůli".split())

# Prepositions that open what an institution or a law is for or about, part of its name: "Nacionalni inštitut za
# javno zdravje", "Съвета по общи въпроси", "Закон о восстании" (lower-case words after it, to the phrase's end).
PURPOSE_PREPOSITIONS = frozenset("pro".split())

# "o" opens what a law or treaty is about ("Zakon o obrambi"), after a body it opens the matter it decides on
# ("Ústavní soud o stížnosti rozhodne"): the preposition and the document words (lower-case prefixes) it follows.
ABOUT_PREPOSITIONS = frozenset("o".split())
ABOUT_HEADS = frozenset("zákon smlouv úmluv dohod vyhlášk nařízen".split())

# What the dictionary's lemma of a verb (its infinitive) ends in: a verb ends the phrase after a PURPOSE_PREPOSITION.
INFINITIVE_ENDINGS = tuple("at it ít ět out ýt ct".split())
# The same, telling a capitalised verb form mid-sentence ("Číst článek", "Patří", "Nevadí") from a name.
VERB_LEMMA_ENDINGS = INFINITIVE_ENDINGS

# "Party" (lower-case prefixes): the capitalised adjective beside it names a party, and a noun of that adjective's
# stem the party's members ("labouristé", "konzervativců"), which SlavicNER marks as a name, typed as persons (PER).
PARTY_WORDS = ("stran",)
PARTY_MEMBER_TYPE = "PER"
