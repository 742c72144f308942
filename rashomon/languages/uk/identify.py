"""How Ukrainian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('ru', 'be')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'іїєґщи'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "в у і й на не що з із по це як до від за він вона вони його був була було були вже також "
    "тільки при ж або але для щоб який які цей після".split()
)
