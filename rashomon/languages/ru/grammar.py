"""Russian: what makes a unit a clause (rashomon/comparison/predicate.py).

Russian leaves out the copula in the present tense, so much that is no verb stands for one; on the SlavicNER store
the test with verbs and participles alone dropped real claims ("Выборы в США непрямые", "Всего в Коллегии 538
выборщиков") as often as fragments. FINITE_VERBS: forms of быть and the predicative words. PYMORPHY_PREDICATES:
pymorphy3's readings that can be a predicate: finite verb, infinitive (it heads a list item or an instruction:
"заключить"), participle and adjective, long or short ("отложена", "непрямые"), predicative, comparative ("хуже"),
numeral, and the words it marks as predicative ("Prdx": "против", "много"). PREDICATE_MARK: a dash between words
("Москва — столица"), "это", and a figure (a quantity states something: "538 выборщиков").
"""

FINITE_VERBS = frozenset("есть был была было были будет будут надо нужно можно нельзя".split())
PYMORPHY_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "PRTF", "ADJS", "ADJF", "PRED", "COMP", "NUMR", "Prdx"})
PREDICATE_MARK = r"\w\s+[—–-]\s+\w|\d|(?<!\w)это(?!\w)"
