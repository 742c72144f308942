"""French: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of être, avoir, aller, faire, pouvoir, devoir, dire (the tokeniser splits "c'est", "n'a"
at the apostrophe). VERB_CLITICS: the reflexive pronoun, which stands only before a verb ("se trouve").
INFINITIVE: how a verb's lemma ends. VERB_FORM: endings that mark an inflected verb (imperfect, past, future,
conditional, participles). PROBES: (ending, other ending) pairs from a present form to its infinitive. STEM_ALTERNATIONS: what the present
makes of the stem's last vowel or consonant, with what the infinitive has ("relève" -> "relever", "cède" -> "céder",
"appelle" -> "appeler", "jette" -> "jeter"), which simplemma reads as nouns or not at all.
"""

FINITE_VERBS = frozenset(
    "suis es est sommes êtes sont était étaient fut furent sera seront serait soit ai as a avons avez ont avait "
    "avaient eut aura auront aurait ait vais va vont allait fait font faisait peut peuvent pouvait pourrait "
    "doit doivent devait devrait dit disent disait".split()
)
VERB_CLITICS = frozenset({"se"})
INFINITIVE = r"[^\W\d_]{2,}(?:er|ir|re|oir)"
VERB_FORM = r"[^\W\d_]{2,}(?:ait|aient|èrent|irent|ont|era|ira|erait|irait|eront|iront|é|ée|és|ées|i|ie|is|it|ent)"
PROBES = (("e", "er"), ("ent", "er"), ("es", "er"), ("it", "ir"), ("issent", "ir"))
STEM_ALTERNATIONS = (("è", "e"), ("è", "é"), ("ll", "l"), ("tt", "t"))
