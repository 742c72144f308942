"""How Czech is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('sk',)
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'řůěďť'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "a je se v na že s z do o to by jako který která které také jsou byl byla bylo jeho ale "
    "podle když už než pro po při jen mezi tak i".split()
)
