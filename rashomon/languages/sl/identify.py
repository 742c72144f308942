"""How Slovene is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('hr', 'bs', 'sr')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = ''
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "in je se v na da s z za so ki tudi bo pa ter kot ali še po pri ne bil bila bilo ga ta to "
    "tem med".split()
)
