"""Ukrainian: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    президент прем'єр прем’єр міністр держсекретар заступни речни посол посл канцлер сенатор губернатор мер
    генсек генеральн лідер голов керівни спікер депутат корол принц папа папи суддя суддi пан пані віце екс-
    кандидат
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    гендиректор генеральн директор голов керівни
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    міністерств університет парті банк агентств рада ради раді раду радою комітет комісі суд парламент служб
    поліці армі компані корпораці груп фонд інститут федераці союз асоціаці організаці асамбле сенат конгрес
    уряд відомств палат колегі
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    закон договір угод хартія конституці
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    вулиц площ річк озер мор океан гор остр област район регіон провінці штат міст
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything ("ред": the editor signing a note, "(до
# Брюсселя. - Ред.)").
STOPWORDS = frozenset(
    """
    про на за у в до з із від по при після перед через для без над під між та й і але або що як це цей ця ці
    той він вона воно вони ми ви я його її їх наш ваш там тут тоді також втім однак проте крім окрім змі днк
    рнк ввп пдв ред
    """.split()
)

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "ові: ом: ем: у: а: і: ою:а ої:а у:а і:а"

# pymorphy3's dictionary: lemmas, proper-name tags, agreement of a name's words.
PYMORPHY = "uk"

# Abbreviations written with a dot that join two capitalised parts of one name ("КНУ ім. Шевченка", "імені").
ABBREVIATED_CONNECTORS = frozenset({"ім"})

# A place in the genitive after an organisation completes its name ("МИД Великобритании").
GENITIVE_COMPLEMENTS = True

# Endings of place names (countries, regions, buildings: "Шотландия", "Капитолия"): a lone unknown word so ending, no
# given name, is a place. SlavicNER, capitalised one-word names so ending that are no given names: bg 3,513 places of
# 3,523; ru 1,991 of 2,137; uk 176 of 203.
PLACE_NAME_ENDINGS = ("ія", "ії", "ію", "ією")
