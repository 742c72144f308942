"""How Belarusian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('ru', 'uk')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'ыэёўі'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "у ў і на не што з па гэта як да ад за ён яна яны яго быў была было былі ужо таксама толькі "
    "пры ці але для каб які якія пасля".split()
)
