"""Ukrainian: what makes a unit a clause (rashomon/comparison/predicate.py).

As in Russian the present tense leaves the copula out: FINITE_VERBS: forms of бути (the test reads no word shorter
than three letters otherwise: "є") and the predicative words. PYMORPHY_PREDICATES: pymorphy3's readings that can be
a predicate: finite verb, infinitive, participle and adjective, long or short ("зустріч наразі відкладена"),
predicative, comparative, numeral, and the words it marks as predicative. PREDICATE_MARK: a dash between words,
"це", and a figure.
"""

FINITE_VERBS = frozenset("є був була було були буде будуть треба можна варто відомо невідомо багато мало".split())
PYMORPHY_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "PRTF", "ADJS", "ADJF", "PRED", "COMP", "NUMR", "Prdx"})
PREDICATE_MARK = r"\w\s+[—–-]\s+\w|\d|(?<!\w)це(?!\w)"
