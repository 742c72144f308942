"""How Croatian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('sl', 'bs', 'sr')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'ćđ'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "i je se u na da s sa za su koji koja koje što također kao će bi ili po pri ne nije bio "
    "bila bilo ga to tko gdje prije poslije tisuća vrijeme tijekom".split()
)
