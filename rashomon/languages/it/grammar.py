"""Italian: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of essere, avere, andare, fare, potere, dovere, dire (the tokeniser splits "c'è" at the
apostrophe). VERB_CLITICS: the reflexive pronoun, which stands only before a verb ("si è"). INFINITIVE: how a
verb's lemma ends. VERB_FORM: endings that mark an inflected verb (imperfect, past, future, participles). PROBES:
(ending, other ending) pairs from a present form to its infinitive.
"""

FINITE_VERBS = frozenset(
    "sono sei è siamo siete era erano fu furono sarà saranno sarebbe sia siano ho hai ha abbiamo avete hanno "
    "aveva avevano ebbe avrà avrebbe abbia vado va vanno andava fa fanno faceva può possono poteva potrebbe "
    "deve devono doveva dovrebbe dice dicono diceva disse".split()
)
VERB_CLITICS = frozenset({"si"})
INFINITIVE = r"[^\W\d_]{2,}(?:are|ere|ire|rre)"
VERB_FORM = r"[^\W\d_]{2,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|ava|avano|eva|evano|iva|ivano|ò|ì|ono|ano|erà|irà|arà|ebbe|ebbero)"
PROBES = (("a", "are"), ("ano", "are"), ("e", "ere"), ("ono", "ere"), ("e", "ire"), ("ono", "ire"))
