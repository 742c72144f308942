"""Spanish: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of ser, estar, haber, ir, dar, hacer, poder, decir, tener. VERB_CLITICS: the reflexive
pronoun, which stands only before a verb ("se muestra"). INFINITIVE: how a verb's lemma ends. VERB_FORM: endings
that mark an inflected verb (tenses, participles, gerunds; a noun with such an ending only makes the test
lenient). PROBES: (ending, other ending) pairs from a present form to its infinitive.
"""

FINITE_VERBS = frozenset(
    "es son fue fueron era eran sea sean será serán sería soy somos está están estaba estaban estuvo esté "
    "ha han he hemos había habían habrá haya hay va van iba fue da dan dio hace hacen hizo puede pueden pudo "
    "dice dicen dijo dijeron dio dieron hubo tiene tienen tuvo".split()
)
VERB_CLITICS = frozenset({"se"})
INFINITIVE = r"[^\W\d_]{2,}(?:ar|er|ir|ír)"
VERB_FORM = r"[^\W\d_]{2,}(?:aron|ieron|aba|aban|ía|ían|ó|ió|ará|erá|irá|arán|erán|irán|aría|ería|iría|ado|ada|ados|adas|ido|ida|idos|idas|ando|iendo|amos|emos|imos)"
PROBES = (("a", "ar"), ("an", "ar"), ("e", "er"), ("en", "er"), ("e", "ir"), ("en", "ir"), ("e", "ar"), ("en", "ar"))
