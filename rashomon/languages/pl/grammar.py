"""Polish: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of być, mieć and the modals (może, musi, powinien), the predicative words (można, trzeba, należy, warto, widać) and
"to", the copula of "X to Y" ("Nowy rok to jeden z …").
INFINITIVE: how a verb's lemma ends. VERB_FORM: endings of the past tense (-ł, -ła, -li …), the impersonal
(-no, -to), the first person plural and the third person plural (-ą; a noun in -ą only makes the test lenient).
PREDICATE_MARK: a dash between words stands for the copula ("Warszawa – stolica"). VERB_CLITICS: the reflexive "się",
which stands only with a verb ("Teraz stara się ratować …", where simplemma reads "stara" as "stary").
"""

FINITE_VERBS = frozenset(
    "jest są jestem jesteśmy był była było były byli będzie będą ma mają miał miała miało mieli można trzeba "
    "należy warto widać wolno wiadomo potrzeba może mogą musi muszą chce chcą "
    "powinien powinna powinno powinni to".split()
)
INFINITIVE = r"[^\W\d_]{2,}(?:ć|c)"
VERB_FORM = r"[^\W\d_]{2,}(?:ł|ła|ło|li|ły|łem|łam|łeś|łaś|liśmy|łyśmy|łby|łaby|no|to|my|cie|ją|ą|uje|ują|ie)"
PREDICATE_MARK = r"\w\s+[—–-]\s+\w"
VERB_CLITICS = frozenset({"się"})
