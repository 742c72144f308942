"""How Macedonian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('bg', 'sr', 'ru')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'ѓќѕјљњџи'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "на и за од се дека да во со е ќе кој која кои ова како но не до по при или беше беа има "
    "оваа овој тој таа тие му веќе исто уште само".split()
)
