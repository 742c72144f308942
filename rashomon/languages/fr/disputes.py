"""French: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"ne|n['’]|pas|jamais|aucun\w*|impossible"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"sans"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"quand|lorsque|lorsqu['’]"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"avoir|être|était|étaient|sont|sera|seront|avait|avaient|peut|peuvent|pourra|doit|doivent|encore|plus|toujours|déjà"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"report\w*|ajourn\w*|annul\w*|suspendu\w*|repouss\w*|initialement (?:prévu\w*|programmé\w*|fixé\w*)|(?:prévu\w*|programmé\w*) initialement"

# Rulings of a court ("annulé le jugement"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"verdicts?|jugements?|condamnations?"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"jamais (?:été )?(?:prévu\w*|programmé\w*|convenu\w*|fixé\w*)|aucun accord|pas d['’]accord sur"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"aura lieu|comme prévu|maintenu\w*|(?:a|ont) bien eu lieu|à la date prévue"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"dément\w*|démenti\w*|(?:a|ont) nié|nie (?:que|qu['’]|avoir)|(?:est|était|sont|serait) (?:\S+ )?(?:faux|fausse|fausses|infondé\w*)|fake news|intox\w*"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"envisag\w*|réfléchi\w* à|songe\w* à|(?:étudie\w*|examine\w*) la possibilité|à l['’]étude"

# A matter decided or announced as done ("has decided", "announced it will").
DECIDED = r"(?:a|ont) (?:\S+ )?(?:annoncé|décidé) (?:que|qu['’]|de|d['’])|décide\w* de"

# Words that tell a matter goes on ("les manifestations continuent"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"continu\w*|toujours|se poursui\w*"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"auparavant|précédemment|plus tôt|l['’]an dernier|l['’]année dernière|la semaine dernière|le mois dernier"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"(?:à|au|aux|en|dans|près de|vers|depuis)(?: le| la| les| l['’])?"

# Compass directions from a place or in a region, in lower case ("south-east of the capital", "in the north of"), by
# the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"au nord-est|dans le nord-est",
 "NW": r"au nord-ouest|dans le nord-ouest",
 "SE": r"au sud-est|dans le sud-est",
 "SW": r"au sud-ouest|dans le sud-ouest",
 "N": r"au nord|dans le nord",
 "S": r"au sud|dans le sud",
 "E": r"à l['’]est|dans l['’]est",
 "W": r"à l['’]ouest|dans l['’]ouest"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"vous|votre|vos|tu|ton|ta|tes"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"au moins|plus de|plus d['’]"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"moins de|moins d['’]|jusqu['’]à|au plus|au maximum"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"environ|près de|quelque|presque|approximativement|autour de|quasiment"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"ces|lesdits|lesdites"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"à son domicile|chez (?:lui|elle|eux)|à la maison",
          "hospital": r"à l['’]hôpital|dans un hôpital|dans une clinique|en clinique"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"jusqu['’]à présent|jusqu['’]ici|jusqu['’]à maintenant|pour l['’]instant|pour le moment|à ce jour|à l['’]heure actuelle|provisoire\w*|préliminaire\w*|déjà(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"capitale"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"nécessaires?|requis\w*|faut|besoin|doit|doivent|devra|devront"


# Scale words after a number and the power of ten they stand for.
SCALES = {'mille': 3, 'million': 6, 'millions': 6, 'milliard': 9, 'milliards': 9, 'md': 9, 'mds': 9}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'deux': 2,
 'trois': 3,
 'quatre': 4,
 'cinq': 5,
 'six': 6,
 'sept': 7,
 'huit': 8,
 'neuf': 9,
 'dix': 10,
 'douze': 12,
 'douzaine': 12,
 'vingt': 20,
 'vingtaine': 20,
 'trente': 30,
 'trentaine': 30,
 'quarante': 40,
 'quarantaine': 40,
 'cinquante': 50,
 'cinquantaine': 50,
 'cent': 100,
 'centaine': 100,
 'onze': 11,
 'treize': 13,
 'quatorze': 14,
 'quinze': 15,
 'quinzaine': 15,
 'seize': 16,
 'soixante': 60,
 'soixantaine': 60,
 'quatre-vingts': 80,
 'quatre-vingt': 80}
