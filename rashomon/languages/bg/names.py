"""Bulgarian: how names are written and inflected (the entities stage)."""

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    """
    президент премиер министър говорител посланик канцлер сенатор губернатор кмет председател лидер крал
    кралица папа г-н г-жа кандидат вицепрезидент
    """.split()
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    шеф изпълнителн директор
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run an organisation.
ORGANISATION_WORDS = frozenset(
    """
    министерств университет парти банк агенци съвет комитет комиси съд парламент служб полици институт
    организаци съюз събрани правителств камар
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense.
DOCUMENT_WORDS = frozenset(
    """
    закон договор споразумени конституция
    """.split()
)

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = frozenset(
    """
    улиц площад рек езер мор океан планин остров област район регион провинци щат град
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    в във на за с със до от по при след пред през без над под между и а но или че като това този тази тези той тя то
    те ние вие негов неин техен там тук тогава също обаче ако не според днес вчера сега после когато всички
    бившият така
    """.split()
)

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = ""

# The postposed definite article: (ending, replacement) for the last word of a name and for words before it.
ARTICLE_ENDINGS_LAST = (("ът", ""), ("ят", "й"), ("ата", "а"), ("ята", "я"), ("ото", "о"), ("ите", "и"), ("ете", "е"))
ARTICLE_ENDINGS_INNER = (("ският", "ски"), ("ския", "ски"), ("ият", "и"), ("ия", "и"), *ARTICLE_ENDINGS_LAST)

# Endings of a word that carries the definite article: opening a sentence it is a common noun or adjective.
DEFINITE_ARTICLE_ENDINGS = ("ът", "ят", "та", "то", "те")

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "bg"

# "на" joins a complement to an institution's name ("Камарата на общините", "Върховният съд на Пакистан").
COMPLEMENT_PREPOSITIONS = frozenset({"на"})

# Lower-case nouns that end a name begun by a capitalised adjective ("Белия дом", "Bílý dům",
# "Światowa organizacja", "Združenega kraljestva"): whole inflected forms, so that no first name
# ("Dominik") or verb starts like one.
NAME_HEAD_NOUNS = frozenset(
    """
    дом дома дому колегия колегият колегията камара камарата кралство кралството република републиката федерация федерацията община общината организация организацията агенция агенцията асоциация асоциацията комисия комисията служба службата банка банката
    """.split()
)

# Adjectives are written in lower case: one capitalised mid-sentence begins a name ("Česká televize").
ADJECTIVES_IN_LOWER_CASE = True

# Prepositions after which a capitalised word is no adjective opening a name ("w Zakopanem przed tłumem"): the
# language's own, not STOPWORDS, which every language's names are trimmed by ("Ku Klux Klan", "U Thant").
PREPOSITIONS = frozenset("към около срещу чрез сред у".split())

# English words of foreign names, written in Cyrillic letters and lower case after the capitalised first word:
# "Франс прес", "Асошиейтед прес", "Фокс нюз", "Сънди таймс", "Даунинг стрийт", "Дейли мейл", "Вашингтон пост".
FOREIGN_NAME_WORDS = frozenset("прес нюз таймс стрийт мейл хаус пост интернешънъл асосиейшън юнивърсити джърнъл телеграф уикли ривю тудей".split())

# "Party" (lower-case prefixes): the capitalised adjective beside it names a party, and a noun of that adjective's
# stem the party's members ("демократите", "републиканците"), which SlavicNER marks as a name, typed as persons (PER).
PARTY_WORDS = ("парти",)
PARTY_MEMBER_TYPE = "PER"

# Endings of place names (countries, regions, buildings: "Шотландия", "Капитолия"): a lone unknown word so ending, no
# given name, is a place. SlavicNER, capitalised one-word names so ending that are no given names: bg 3,513 places of
# 3,523; ru 1,991 of 2,137; uk 176 of 203.
PLACE_NAME_ENDINGS = ("ия",)
