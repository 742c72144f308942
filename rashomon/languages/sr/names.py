"""Serbian (also read for Croatian and Bosnian): how names are written and inflected (the entities stage).

Every list is written once in Cyrillic and read in both scripts; Croatian and Bosnian forms that differ
(ijekavian "predsjednik", "sveučilište") are added in Latin letters. Every language's lists count in every
text, so words whose Latin form is another language's word are left out or kept in Cyrillic only: "kancelar"
would make Polish "Kancelaria" a title, "oblast" Czech and Slovene "area" a place, "papa" a Slovene parrot;
titles are whole nouns ("predsednik", not "predsedni", which takes Slovene "predsedniške volitve").
"""

from rashomon.languages.patterns import words
from rashomon.languages.sr.script import both

# Titles before a name mark it as a person; matched as lower-case prefixes, so inflected forms count.
TITLES = tuple(
    both(
        """
        председник председниц премијер министар министарк министр портпарол амбасадор сенатор гувернер
        градоначелник лидер краљ краљиц господин госпођ кандидат потпредседник потпредседниц посланик
        """
    )
    | words("predsjednik predsjednic potpredsjednik potpredsjednic glasnogovornik glasnogovornic veleposlanik zastupnik")
)

# Titles of who runs a company (lower-case prefixes): a name between one and a person's full name is the company
# ("szef Ryanaira Michael O'Leary").
EXECUTIVE_TITLES = tuple(
    """
    direktor šef директор шеф
    """.split()
)

# Words (lower-case prefixes, or whole words where a prefix would reach first names) that make a capitalised
# run an organisation.
ORGANISATION_WORDS = both(
    """
    министарств универзитет партиј странк агенциј савет савета савету одбор комисиј парламент скупштин
    служб полициј војск институт фондациј удружењ организациј савез влада владу владом компаниј
    """
) | words("vlade sveučilišt vijeć sabor tvrtk")

# Laws, treaties and documents.
DOCUMENT_WORDS = both("закон устав уговор конвенциј")

# Words (lower-case prefixes) that make a capitalised run a place.
PLACE_WORDS = both("улиц језер планин острв покрајин општин регион округ") | words("област otok općin")

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = both(
    """
    у на за с са до од по при након пре кроз без над под између и а или да као то тај та те он она оно
    они ми ви његов њен њихов тамо овде тада такође међутим данас јуче сутра сада према када ако не већ још
    затим због док иако
    """
) | words("ovdje jučer također poslije prije tijekom kad")

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "ovog: ovom: ove: ova: ovo: ovi: om: em: a: u: e:a o:a i:a"

# simplemma's dictionary for lemmas and the ordinary-word test: Serbo-Croatian, both scripts.
SIMPLEMMA = "hbs"

# A place in the genitive after an organisation completes its name ("Влада Србије").
GENITIVE_COMPLEMENTS = True

# Possessives add "-ov-" to the surname (Johnsonov).
OV_SURNAMES = True

# Adjectives are written in lower case: one capitalised mid-sentence begins a name ("Česká televize").
ADJECTIVES_IN_LOWER_CASE = True
