"""Russian: what makes a unit a clause (rashomon/comparison/predicate.py).

PYMORPHY_PREDICATES: pymorphy3's parts of speech that are a predicate: finite verb, infinitive (it heads a list item
or an instruction: "заключить"), participle, long or short ("встреча отложена", "отложенная"), short adjective,
predicative ("сообщил", "готов", "нельзя"). PREDICATE_MARK: a dash between words stands for the copula the present
tense leaves out ("Москва — столица"), and so does "это".
"""

PYMORPHY_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "PRTF", "ADJS", "PRED"})
PREDICATE_MARK = r"\w\s+[—–-]\s+\w|(?<!\w)это(?!\w)"
