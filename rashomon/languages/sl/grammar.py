"""Slovenian: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of biti, imeti, iti ("Gre za šest oseb") and morati, and "lahko". INFINITIVE: how a verb's lemma ends. VERB_FORM: endings of the
l-participle (-l, -la, -li …) and of the present (-jo, -mo, -te). PREDICATE_MARK: a dash between words.
"""

FINITE_VERBS = frozenset("je so sta sem smo ste bo bodo bil bila bilo bili ima imajo ni niso gre gredo mora morajo lahko".split())
INFINITIVE = r"[^\W\d_]{2,}(?:ti|či)"
VERB_FORM = r"[^\W\d_]{2,}(?:l|la|lo|li|le|jo|mo|te|i|a)"
PREDICATE_MARK = r"\w\s+[—–-]\s+\w"
