"""How Slovak is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('cs',)
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'äľĺŕôďť'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "a je sa v na že s z do o to by ako ktorý ktorá ktoré tiež sú bol bola bolo jeho ale podľa "
    "keď už než pre po pri len medzi tak aj".split()
)
