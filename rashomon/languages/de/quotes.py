"""German: how reported speech is written (the quotes stage); constants fill ``Lexicon``'s fields.

German puts the finite verb second: a phrase before the verb that is no
subject ("Am Montag sagte …", "Den Unmut brachte …") puts the speaker after it,
and a participle cue finds its speaker around the auxiliary ("hat … bekräftigt").
"""

import re

from rashomon.languages.patterns import alternation, words

_VERBS = r"""
sag(?:t|te|ten|en) erklär(?:t|te|ten|en) betont(?:e|en)? beton(?:en) meint(?:e|en)? mein(?:en)
bericht(?:et|ete|eten|en) warnt(?:e|en)? forder(?:t|te|ten|n) kritisier(?:t|te|ten|en) bestätig(?:t|te|ten|en)
behaupt(?:et|ete|eten|en) versicher(?:t|te|ten|n) erklärte verkünde(?:t|te|ten|n) bekräftig(?:t|te|ten|en)
glaub(?:t|te|ten|en) hofft(?:e|en)? hoff(?:en) befürchte(?:t|te|ten|n) schätz(?:t|te|ten|en) vermute(?:t|te|ten|n)
argumentier(?:t|te|ten|en) unterstrich(?:en)? unterstreich(?:t|en) bezeichne(?:t|te|ten|n) nann(?:te|ten)
schrieb(?:en)? schreib(?:t|en) antwortet(?:e|en)? kommentier(?:t|te|ten|en) äußer(?:t|te|ten|n)(?:\s+sich)?
zitier(?:t|te|ten|en) verwies(?:en)? verweis(?:t|en) räum(?:t|te|ten|en)\s+ein gab(?:en)?\s+an gib(?:t)?\s+an
teil(?:t|te|ten|en)\s+mit kündig(?:t|te|ten|en)\s+an füg(?:t|te|ten|en)\s+hinzu wies(?:en)?\s+darauf\s+hin
ist\s+überzeugt war\s+überzeugt zeig(?:t|te|ten)\s+sich\s+überzeugt
mitteil(?:t|te|ten|en) angab(?:en)? angibt ankündig(?:t|te|ten|en) hinzufüg(?:t|te|ten|en) einräum(?:t|te|ten|en)
gesagt mitgeteilt angekündigt bestätigt geschrieben gewarnt gefordert angegeben bekanntgegeben versichert erläutert
empfahl(?:en)? empfiehlt bezweifel(?:t|te|ten|n) zweifel(?:t|te|ten|n) erwarte(?:t|te|ten|n) ergänz(?:t|te|ten|en)
erläuter(?:t|te|ten|n) frag(?:t|te|ten|en) rief(?:en)? lob(?:t|te|ten|en) verurteil(?:t|te|ten|en) begründe(?:t|te|ten|n)
sprach(?:en)?\s+von heißt\s+es hieß\s+es bezeichne(?:t|te|ten|n) appellier(?:t|te|ten|en) mahn(?:t|te|ten|en)
(?:ist|sind|war|waren)\s+der\s+(?:Meinung|Ansicht|Auffassung|Überzeugung) (?:geht|gehen|ging|gingen)\s+davon\s+aus
(?:hält|halten|hielt|hielten)\s+es\s+für\s+\w+ eingeräumt zuversichtlich besorgt meldete(?:n)? meldet(?:en)?
"""
# Separable verbs count only when their particle closes the clause: "teilte die Polizei am Montag mit".
_SEPARABLE = (
    r"(?:kündig(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\ban\b)|teil(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\bmit\b)"
    r"|gab(?:en)?(?=[^.;:!?„“]{0,80}?\b(?:an|bekannt)\b)|gibt(?=[^.;:!?„“]{0,80}?\b(?:an|bekannt)\b)"
    r"|wies(?:en)?(?=[^.;:!?„“]{0,80}?\bhin\b)|räum(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\bein\b)"
    r"|füg(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\bhinzu\b)|schlug(?:en)?(?=[^.;:!?„“]{0,80}?\bvor\b))"
)
# ", so Rice.": "so" with the speaker after it closes a clause of reported speech.
_SO = r"(?<=[,–—]\s)so(?=\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ]))"
_SUBJUNCTIVE = (
    r"\b(?:sei|seien|seiest|habe|hätten?|werde|würden?|könne|könnten|müsse|müssten|solle|sollten|"
    r"dürfe|dürften|wolle|wollten|gebe|gäbe|liege|stehe|gehe|komme|bestehe|wisse|brauche|sollen|soll)\b"
)

VERBS = re.compile(rf"\b(?:{alternation(_VERBS)}|{_SEPARABLE})\b|{_SO}")
ACCORDING_PREFIX = re.compile(
    r"\b(?:laut|nach\s+(?:Angaben|Aussagen?|Informationen|Einschätzung|Ansicht|Meinung|Auffassung|"
    r"Darstellung|Worten|Berichten|Schätzungen|Erkenntnissen)(?:\s+(?:von|des|der))?|"
    r"(?:seinen|ihren|eigenen)\s+Angaben\s+zufolge|"
    r"nach\s+(?:(?:dessen|deren|seinen|ihren|eigenen|offiziellen|ersten|bisherigen|übereinstimmenden|bisherigem)\s+)?"
    r"\w*(?:[Aa]ngaben|Erkenntnisstand|Erkenntnissen|Informationen|Berichten))\b",
    re.IGNORECASE,
)
ACCORDING_SUFFIX = re.compile(r"\bzufolge\b", re.IGNORECASE)
CITING = re.compile(r"\bunter\s+Berufung\s+auf\b", re.IGNORECASE)
COMPLEMENTIZERS = words("dass daß ob")
BOUNDARIES = words(
    """und aber oder dass daß weil wenn als ob obwohl da wo denn sondern jedoch doch zudem außerdem
    dann so wie nachdem bevor am im in bei auf vor nach seit gegenüber während zum zur mit"""
)
BETWEEN = words("auch bereits noch jedoch zudem außerdem hat habe hatte hatten haben wird wurde ebenfalls nun erneut")
PARENTHETICALS = words("jedoch allerdings dagegen hingegen zudem außerdem indes")
PRONOUNS = {"er": "PER", "sie": "PER", "es": "ORG", "ihm": "PER", "ihr": "PER"}
ANONYMOUS = words("Quelle Quellen Sprecher Sprecherin Beobachter Experten Kreise Insider Regierungskreise Unternehmenskreise")
INDEFINITES = words("ein eine einer eines mehrere einige")
# Konjunktiv I marks reported speech without a cue.
REPORTED_MOOD = re.compile(_SUBJUNCTIVE)
INVERSION_AFTER_ADVERBIAL = True
ANAPHORS = words("das dies dieses")
# "teilte dessen Stellvertreter mit: „…“", "empfahl dem Gericht, …": the content follows the clause's comma or colon.
CONTENT_AFTER_COMMA = True

# --- Word order (verb second), read where INVERSION_AFTER_ADVERBIAL holds.

# Articles and pronouns that never open a German subject.
NOT_NOMINATIVE = words("dem den einem einen ihm ihn ihnen mir mich uns euch dessen deren")
ARTICLES = words(
    "der die das dem den des ein eine einem einen einer eines sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer"
)
# Perfect and pluperfect auxiliaries (not the passive "wurde": its subject is no speaker).
AUXILIARIES = words("hat haben hatte hatten habe hätte hätten ist sind war waren sei")
# Words the walk back to an auxiliary does not cross: subordinators, and articles, which may open a relative clause.
AUXILIARY_BARRIERS = words("dass daß ob weil wenn als wie der die das welcher welche nachdem obwohl und")
# Past its noun, a source phrase goes on only with a genitive ("der"/"des"), not with these.
NOT_GENITIVE = words("die dem den")
NOUN_PHRASE_WORDS = words("der des die dem den von vom zur zum und für aus")
# A compound that names the source of "nach Polizeiangaben".
SOURCE_COMPOUND = re.compile(r"\w+(?<!^[Aa])(?:angaben|Angaben)")

# --- Read in every language's text.
RELATIVES = words("der die welcher welche")
COORDINATORS = words("und aber")
NAME_CONJUNCTIONS = words("und")
DETERMINERS = words("der die das ein eine")
TITLE_SMALL_WORDS = words("der die das und von im")
DEFINITE_ARTICLES = words("der die das den dem des")
