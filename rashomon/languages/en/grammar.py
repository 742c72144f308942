"""English: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: closed-class finite forms (auxiliaries, copulas, modals, the clitics "'s", "'re", "n't" as the
tokeniser leaves them). VERB_BASES: a word is (or inflects) a verb when simplemma reads one of these forms of its
base as the base itself ("walking" -> "walk"); endings stripped to reach the base: "-s", "-es", "-ed", "-d".
"""

FINITE_VERBS = frozenset(
    "am is are was were be has have had do does did will would can could may might must shall should go "
    "s re ve ll d m t".split()
)
VERB_BASES = ("ing", "ed")
BASE_ENDINGS = ("s", "es", "ed", "d")
# A bare base is a finite verb after these (or after a name, a plural or an adverb in "-ly", or first: an imperative):
# "they say", "who know", "Police say", "people want"; after an article or an adjective it is a noun ("an important
# quest").
BARE_AFTER = frozenset(
    "i we you they who that which not also still never often just only even ever always now then".split()
)
