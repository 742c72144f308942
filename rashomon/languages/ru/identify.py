"""How Russian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('bg', 'mk', 'uk', 'be')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'ыэёщи'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "в и на не что с по это как к из у за от он она они так его был была было были уже также "
    "только при же или но для чтобы который которые этот после".split()
)
