"""Russian: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    экс- премьер министр госсекретар замести замминистр представител пресс-секретар председател мэр лидер глав
    спикер судья господин госпож вице
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    гендиректор генеральн директор глав
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    министерств университет парти банк агентств совет комитет комисси суд парламент служб полици арми компани
    корпораци групп фонд институт федераци союз ассоциаци организаци ассамбле сенат конгресс правительств
    ведомств палат коллеги
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    закон договор соглашени конституци хартия
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    улиц площад рек озер мор океан гор остров област район регион провинци штат город
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything ("ред": the editor signing a note, "(до
# Брюсселя. - Ред.)").
STOPWORDS = frozenset(
    """
    о об от из к с со после перед через для без над под между и а но или что как это этот эта эти тот он она
    оно они мы вы его ее её их наш ваш там тут тогда также впрочем однако кроме сми днк рнк ввп ндс
    ред
    """.split()
)

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "ым: ом: ем: у: а: е: ой:а ы:а у:а е:а"

# pymorphy3's dictionary: lemmas, proper-name tags, agreement of a name's words.
PYMORPHY = "ru"

# Abbreviations written with a dot that join two capitalised parts of one name ("НИИ им. Гамалеи", "имени").
ABBREVIATED_CONNECTORS = frozenset({"им"})

# A place in the genitive after an organisation completes its name ("МИД Великобритании").
GENITIVE_COMPLEMENTS = True

# English words of foreign names, written in Cyrillic letters and lower case after the capitalised first word:
# "Скай ньюз", "Файнэншл таймс", "Даунинг стрит", "Уолл-стрит джорнэл", "Дейли мейл".
FOREIGN_NAME_WORDS = frozenset("ньюз таймс стрит джорнэл джорнел мейл телеграф".split())

# "Party" (lower-case prefixes): the capitalised adjective beside it names a party, and a noun of that adjective's
# stem the party's members ("демократов", "республиканцы"), which SlavicNER's ru texts mark as a name, typed as the
# party (ORG) three times in four.
PARTY_WORDS = ("парти",)
PARTY_MEMBER_TYPE = "ORG"

# Endings of place names (countries, regions, buildings: "Шотландия", "Капитолия"): a lone unknown word so ending, no
# given name, is a place. SlavicNER, capitalised one-word names so ending that are no given names: bg 3,513 places of
# 3,523; ru 1,991 of 2,137; uk 176 of 203.
PLACE_NAME_ENDINGS = ("ия", "ии", "ию", "ией")
