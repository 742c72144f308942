"""Italian: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"non|mai|nessun\w*|niente|nulla|impossibile"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"senza"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"quando"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"stato|stata|stati|state|essere|sono|sarà|saranno|avere|aveva|avevano|hanno|può|possono|deve|devono|ancora|erano"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"rinviat\w*|rimandat\w*|slitt\w*|cancellat\w*|sospes\w*|annullat\w*|posticipat\w*|(?:inizialmente|originariamente) (?:previst\w*|programmat\w*|fissat\w*)"

# Rulings of a court ("annullata la sentenza"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"verdett[oi]|sentenz[ae]|condann[ae]"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"mai (?:stat[oa] )?(?:programmat\w*|previst\w*|concordat\w*|fissat\w*)|nessun accordo"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"si terrà|avrà luogo|come previsto|nella data prevista|confermat\w* la data"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"smenti\w*|smentisc\w*|(?:ha|hanno) negato|neg\w* (?:che|di aver)|(?:è|sono|era|sarebbe) (?:\S+ )?(?:falso|falsa|falsi|false|infondat\w*)|fake news|bufal\w*"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"(?:sta|stanno|stava|stavano) (?:\S+ )?(?:valutando|considerando|pensando|studiando|riflettendo)|valuta\w* la possibilità|allo studio"

# A matter decided or announced as done ("has decided", "announced it will").
DECIDED = r"(?:ha|hanno) (?:\S+ )?(?:annunciato|deciso) (?:che|di)"

# Words that tell a matter goes on ("le proteste continuano"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"continu\w*|prosegu\w*|ancora"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"in precedenza|precedentemente|l['’]anno scorso|la settimana scorsa|il mese scorso"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"(?:a|ad|in|presso|vicino a|nel|nello|nella|nei|negli|nelle|nell['’]|al|allo|alla|ai|agli|alle|all['’])(?: il| lo| la| i| gli| le| l['’])?"

# Compass directions from a place or in a region, in lower case ("south-east of the capital", "in the north of"), by
# the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"a nord-est|nel nord-est",
 "NW": r"a nord-ovest|nel nord-ovest",
 "SE": r"a sud-est|nel sud-est",
 "SW": r"a sud-ovest|nel sud-ovest",
 "N": r"a nord|nel nord",
 "S": r"a sud|nel sud",
 "E": r"a est|nell['’]est",
 "W": r"a ovest|nell['’]ovest"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"voi|vostro|vostra|vostri|tu|tuo|tua|ti|tuoi|tue|vostre"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"almeno|più di|oltre"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"meno di|fino a|al massimo|non più di"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"circa|quasi|intorno a|all['’]incirca|approssimativamente|pressappoco"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"questi|queste|quei|quegli|quelle|detti|dette"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"a casa|nella sua casa|nella sua abitazione|in casa",
          "hospital": r"in ospedale|all['’]ospedale|in clinica"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"finora|sinora|fino ad ora|fino a ora|per ora|al momento(?! d)|per il momento|ad oggi|provvisori\w*|preliminar\w*|già(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"capitale"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"necessari\w*|richiest\w*|servono|serve|deve|devono|dovrà|dovranno|bisogna"


# Scale words after a number and the power of ten they stand for.
SCALES = {'mila': 3, 'milione': 6, 'milioni': 6, 'miliardo': 9, 'miliardi': 9, 'mln': 6, 'mld': 9}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'due': 2,
 'tre': 3,
 'quattro': 4,
 'cinque': 5,
 'sei': 6,
 'sette': 7,
 'otto': 8,
 'nove': 9,
 'dieci': 10,
 'dodici': 12,
 'dozzina': 12,
 'venti': 20,
 'ventina': 20,
 'trenta': 30,
 'trentina': 30,
 'cinquanta': 50,
 'cinquantina': 50,
 'cento': 100,
 'centinaio': 100,
 'undici': 11,
 'tredici': 13,
 'quattordici': 14,
 'quindici': 15,
 'quindicina': 15,
 'sedici': 16,
 'diciassette': 17,
 'diciotto': 18,
 'diciannove': 19,
 'quaranta': 40,
 'quarantina': 40,
 'sessanta': 60,
 'sessantina': 60,
 'settanta': 70,
 'ottanta': 80,
 'novanta': 90}
