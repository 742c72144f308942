"""Polish: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    prezydent premier ministra minist rzeczni ambasador kanclerz gubernator burmistrz przewodnicząc szef pan
    pani papież król królow lider wicepremier marszał poseł posł senator kandydat
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    prezes szef dyrektor
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministerstw uniwersytet uni wspólnot parti bank agencj rada rady radzie radę radą komitet komisj sąd sejm senat
    parlament służb policj kancelari urząd urzęd instytut fundacj stowarzysz organizacj związ zgromadz izb
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    ustaw traktat umow porozumieni konstytucj
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    ulic plac rzek jezior morz ocean gór wysp województw powiat region prowincj stan miast
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    w na za z do od po przy dla bez nad pod między i a ale lub że jak to ten ta te on ona ono oni my wy jego
    jej ich nasz wasz tam tu wtedy także jednak oraz obecnie dziś dzisiaj teraz wczoraj jutro również
    natomiast ponadto dlatego potem później zdaniem według czy nie już gdy kiedy jeśli jeżeli choć chociaż bo
    pkb
    """.split()
)

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "owskiego:owski owego: owej: owym: owi: iem: em: ie: a: u: y:a ę:a ą:a i:a"
# Endings written after an apostrophe onto a foreign name whose last letter is not pronounced as written
# ("Farage'a", "O'Leary'ego", "Wilde'owi"): the name is what stands before the apostrophe.
APOSTROPHE_ENDINGS = "ego emu em owi ie a e u m ą y"
# A plural name's genitive has no ending ("Niemiec" is Niemcy, "Węgier" Węgry): the nominative adds this, a fleeting "ie" or "e" before the
# last consonant dropped.
PLURAL_NAME_ENDING = "y"

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "pl"

# A place in the genitive after an organisation completes its name ("МИД Великобритании").
GENITIVE_COMPLEMENTS = True

# Lower-case nouns that end a name begun by a capitalised adjective ("Белия дом", "Bílý dům",
# "Światowa organizacja", "Združenega kraljestva"): whole inflected forms, so that no first name
# ("Dominik") or verb starts like one.
NAME_HEAD_NOUNS = frozenset(
    """
    dom domu domem domie kolegium kolegiach izba izby izbie królestwo królestwa królestwie rzeczpospolita republika republiki republice federacja federacji organizacja organizacji agencja agencji stowarzyszenie stowarzyszenia służba służby bank banku
    """.split()
)

# Adjectives are written in lower case: one capitalised mid-sentence begins a name ("Česká televize").
ADJECTIVES_IN_LOWER_CASE = True

# Prepositions after which a capitalised word is no adjective opening a name ("w Zakopanem przed tłumem"): the
# language's own, not STOPWORDS, which every language's names are trimmed by ("Ku Klux Klan", "U Thant").
PREPOSITIONS = frozenset("przed przez o u we ze ku wobec podczas wśród mimo około".split())

# What the dictionary's lemma of a verb (its infinitive) ends in; not "-ść", which nouns in "-ość" end in too.
VERB_LEMMA_ENDINGS = tuple("ać eć ić yć ąć uć óc".split())

# "Party" (lower-case prefixes): the capitalised adjective beside it names a party, and a noun of that adjective's
# stem the party's members ("demokratów", "republikanie"), which SlavicNER marks as a name,
# typed as the party (ORG) more often than as persons.
PARTY_WORDS = ("parti",)
PARTY_MEMBER_TYPE = "ORG"
