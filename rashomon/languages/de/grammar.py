"""German: what makes a unit a clause (rashomon/comparison/predicate.py).

FINITE_VERBS: finite forms of sein, haben, werden, the modals, and the past of common strong verbs (which
simplemma reads as other words: "brach", "stand"). INFINITIVE: how a verb's lemma ends. PROBES:
(ending, other ending) pairs that lead to another form of the verb whose lemma is its infinitive ("dosiert" ->
"dosieren", "bewegte" -> "bewegen", "schicken" -> "schickte"). A lower-case word that simplemma reads as a noun is a verb form whose homograph won
("stand" -> "Stand").
"""

FINITE_VERBS = frozenset(
    "bin bist ist sind seid war warst waren wart sei seien wäre wären habe hast hat haben habt hatte hatten "
    "hätte hätten werde wirst wird werden werdet wurde wurden würde würden kann kannst können konnte konnten "
    "könnte könnten muss musst müssen musste mussten müsste soll sollst sollen sollte sollten will willst wollen "
    "wollte wollten darf dürfen durfte dürfte mag mögen mochte möchte möchten gibt gab gäbe geht ging steht stand "
    "liegt lag kommt kam bleibt blieb heißt heißen hieß brach fiel fielen fing gewann half hielt hing kannte lief ließ "
    "nahm rief sah saß schien schlug schrieb schwieg sprach starb stieg trat traf trug tat verlor wies wuchs zog".split()
)
# A word in "-ieren" is a verb ("informieren", "kurisieren" as typed).
VERB_FORM = r"[^\W\d_]{3,}ieren"
INFINITIVE = r"[^\W\d_]{2,}(?:en|ern|eln)"
PROBES = (("t", "en"), ("te", "en"), ("ten", "en"), ("st", "en"), ("et", "en"), ("ete", "en"), ("eten", "en"),
          ("en", "te"), ("en", "t"))
NOUN_HOMOGRAPHS = True
# A form equal to the infinitive is finite (the plural: "Die Kinder spielen im Garten") but as a unit's last word,
# where a main clause would have put its finite verb second: "Update vom 10. April liefern".
BARE_NOT_LAST = True
