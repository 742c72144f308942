"""How Bosnian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('sl', 'hr', 'sr')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'ćđ'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "i je se u na da s sa za su koji koja koje šta također kao će bi ili po pri ne nije bio "
    "bila bilo ga to ko gdje prije poslije hiljada vrijeme tokom".split()
)
