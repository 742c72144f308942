"""How Bulgarian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('ru', 'mk')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'ъщи'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "на и за от се че да в с е са ще който която които това като но не до след при във със или "
    "беше бяха има тази този той тя те му вече също още само".split()
)
