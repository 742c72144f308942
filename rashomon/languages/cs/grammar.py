"""Czech: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of být and mít, and the predicative "lze" / "nelze" ("To však lze vykládat …"). INFINITIVE: how a verb's lemma ends. VERB_FORM: endings of the
past tense (-l, -la, -li …), the passive (-no, -to), and the present (-uje, -ují, -í; lenient). PREDICATE_MARK:
a dash between words stands for the copula.
"""

FINITE_VERBS = frozenset("je jsou jsem jsme jste byl byla bylo byli byly bude budou má mají měl měla měli lze nelze".split())
INFINITIVE = r"[^\W\d_]{2,}(?:t|ti|ci)"
VERB_FORM = r"[^\W\d_]{2,}(?:l|la|lo|li|ly|no|na|to|ta|me|te|uje|ují|ají|í)"
PREDICATE_MARK = r"\w\s+[—–-]\s+\w"
