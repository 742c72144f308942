"""Slovenian: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of biti, imeti, iti ("Gre za šest oseb", "Šlo naj bi"), morati and moči, and "lahko".
INFINITIVE: how a verb's lemma ends. VERB_FORM: endings of the l-participle (-l, -la, -li …) and of the present (-jo,
-mo, -te); the third person's -a, -i, -e would make a verb of every noun. PROBES: (ending, other ending) pairs from a
present form to its infinitive, which simplemma reads as a noun ("pada" -> "padati", "trdi" -> "trditi", "skrbi" ->
"skrbeti", "zastopata" -> "zastopati"). PREDICATE_MARK: a dash between words.
"""

FINITE_VERBS = frozenset(
    "je so sta sem smo ste bo bodo bil bila bilo bili ima imajo ni niso gre gredo šel šla šlo šli mora morajo more morejo "
    "lahko".split()
)
INFINITIVE = r"[^\W\d_]{2,}(?:ti|či)"
VERB_FORM = r"[^\W\d_]{2,}(?:l|la|lo|li|le|jo|mo|te)"
PREDICATE_MARK = r"\w\s+[—–-]\s+\w"
PROBES = (("a", "ati"), ("ja", "jati"), ("i", "iti"), ("i", "eti"), ("e", "eti"), ("ata", "ati"), ("ita", "iti"))
