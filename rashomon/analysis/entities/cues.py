"""Words around and inside names that are not names themselves, from every language's profile.

Titles mark the name that follows as a person ("держсекретар Марко Рубіо",
"Deputy Foreign Minister Sergei Ryabkov"); organisation and place words in a
capitalised run type it ("Ministerstwo Zdrowia", "Johns Hopkins University").
Matching is by lower-case prefix, so inflected forms match too. The lists of
all languages count in every text: names and quotations cross languages
("the Verkhovna Rada", "Bundeskanzler Scholz" in an English report). Each
language's own lists are in ``rashomon/languages/<code>/names.py``.
"""

from __future__ import annotations

from functools import lru_cache

from rashomon.languages import union, value

PERSON_TITLES = tuple(sorted(union("names", "TITLES")))
# Titles of who runs a company ("prezes", "гендиректор", "CEO").
EXECUTIVE_TITLES = tuple(sorted(union("names", "EXECUTIVE_TITLES")))
ORGANISATION_WORDS = union("names", "ORGANISATION_WORDS")
# Laws, treaties and documents: products in the BSNLP sense ("Affordable Care Act", "Lisabonské smlouvy").
DOCUMENT_WORDS = union("names", "DOCUMENT_WORDS")
PLACE_WORDS = union("names", "PLACE_WORDS")
# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = union("names", "STOPWORDS")
# Particles of Arabic names, in whatever language the text is ("Mohammed bin Salman"), and of Arabic, German, Dutch,
# French and Italian names as Cyrillic texts write them ("Урсула фон дер Ляйен", "Жан-Ив льо Дриан", "бин Салман").
_NAME_PARTICLES = frozenset(
    "al bin ibn фон дер ван ден де ди дю ла ле льо дел дель бин бен ибн аль ал эль ель".split()
)
# Connectors written as abbreviations with a dot ("НИИ им. Гамалеи", "Grupa Sterująca ds. Brexitu").
ABBREVIATED_CONNECTORS = union("names", "ABBREVIATED_CONNECTORS")
CONNECTORS = union("names", "CONNECTORS") | _NAME_PARTICLES | ABBREVIATED_CONNECTORS
# Particles that stand two in a row inside a person's name ("von der Leyen", "van den Berg", "фон дер Ляйен"), unlike
# "of the" ("Members of the Ku Klux Klan" is no name).
NAME_PARTICLES = _NAME_PARTICLES | frozenset("von van der den de la du del di da".split())


@lru_cache(maxsize=64)
def noun_articles(language: str) -> frozenset[str]:
    """Articles of a language that capitalises every noun (German): a capitalised word after one is a noun."""
    return value(language, "names", "NOUN_ARTICLES", frozenset())
