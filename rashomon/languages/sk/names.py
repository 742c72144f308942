"""Slovak: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    prezident prezidentk premiér premiérk minist hovorc hovorkyň veľvyslan kancelár senátor guvernér starost
    predseda predsedu predsedom predsedovi predsedníčk podpredseda podpredsedu podpredsedom podpredsedníčk šéf pán pani pápež kráľ kráľovn kandidát riaditeľ
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    šéf riaditeľ generálny
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    ministerstv univerzit stran bank agentúr rada rady radu radou výbor komisi súd parlament služb políci
    úrad inštitút nadáci združen organizáci zväz snemov vlád spoločnos
    """.split()
)

# Laws, treaties and documents.
DOCUMENT_WORDS = frozenset("zákon zmluv dohod ústav dohovor".split())

# Words (lower-case prefixes) that make a capitalised run a place ("more" and "hora" are left out: as prefixes
# they take "Morning", "Moravec", "Horst").
PLACE_WORDS = frozenset("ulic námest riek jazer oceán ostrov kraj okres región provinci štát mest".split())

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    v vo na za z zo do od po pri pre bez nad pod medzi a i ale alebo že ako to ten tá tie on ona ono oni my vy
    jeho jej ich náš váš tam tu vtedy tiež však dnes včera zajtra teraz podľa keď ak ani už aj ešte potom preto
    """.split()
)

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "ovej: ových: ovi: ovu: om: em: ou:a u: a: y:a e:a i:a"

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "sk"

# A place in the genitive after an organisation completes its name ("Ministerstvo zahraničných vecí Slovenska").
GENITIVE_COMPLEMENTS = True

# Women's surnames and possessives add "-ov-" to the surname (Mayová, Johnsonova).
OV_SURNAMES = True

# Adjectives are written in lower case: one capitalised mid-sentence begins a name ("Česká televize").
ADJECTIVES_IN_LOWER_CASE = True

# Prepositions that open what an institution or a law is for or about, part of its name: "Nacionalni inštitut za
# javno zdravje", "Съвета по общи въпроси", "Закон о восстании" (lower-case words after it, to the phrase's end).
PURPOSE_PREPOSITIONS = frozenset("pre".split())

# "o" opens what a law or treaty is about ("Zakon o obrambi"), after a body it opens the matter it decides on
# ("Ústavní soud o stížnosti rozhodne"): the preposition and the document words (lower-case prefixes) it follows.
ABOUT_PREPOSITIONS = frozenset("o".split())
ABOUT_HEADS = frozenset("zákon zmluv dohod dohovor vyhlášk nariaden".split())

# What the dictionary's lemma of a verb (its infinitive) ends in: a verb ends the phrase after a PURPOSE_PREPOSITION.
INFINITIVE_ENDINGS = tuple("ať iť ieť ovať ýť núť".split())
