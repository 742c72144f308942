"""How Serbian is told apart from its neighbours: its letters and frequent short words."""

# Languages a detector confuses with this one; between them the text's own evidence decides.
NEIGHBOURS = ('sl', 'hr', 'bs', 'mk')
# Letters of its alphabet that some neighbour's lacks.
LETTERS = 'ćđђћјљњџи'
# Its most frequent function words (prepositions, conjunctions, pronouns, auxiliaries).
FUNCTION_WORDS = frozenset(
    "i je se u na da s sa za su koji koja koje šta takođe kao će bi ili po pri ne nije bio bila "
    "bilo ga to ko gde pre posle hiljada vreme tokom и је се у на да са за су који која које "
    "шта такође као ће би или по при не није био била било га то ко где пре после хиљада време "
    "током".split()
)
