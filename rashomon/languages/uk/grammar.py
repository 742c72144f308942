"""Ukrainian: what makes a unit a clause (rashomon/comparison/predicate.py).

PYMORPHY_PREDICATES: pymorphy3's parts of speech that are a predicate: finite verb, infinitive (it heads a list item
or an instruction), participle and adjective, long or short (Ukrainian states with the long form: "зустріч наразі
відкладена", "ситуація складна"), predicative ("повідомили", "можна"). PREDICATE_MARK: a dash between words stands
for the copula the present tense leaves out, and so does "це".
"""

PYMORPHY_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "PRTF", "ADJS", "ADJF", "PRED"})
PREDICATE_MARK = r"\w\s+[—–-]\s+\w|(?<!\w)це(?!\w)"
