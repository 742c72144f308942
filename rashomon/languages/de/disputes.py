"""German: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"nicht|kein\w*|nie|niemals|unmöglich"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"ohne"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"als|wenn"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"werden|wird|wurde|wurden|worden|haben|hatte|hatten|sein|sind|waren|können|kann|konnte|müssen|muss|soll|sollte|wollen|will|noch|mehr|schon|bereits|immer"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"verschob\w*|verschieb\w*|aufgeschoben|abgesagt|ausgesetzt|vertagt|auf eis gelegt|ursprünglich (?:\S+ ){0,4}(?:geplant|angesetzt|vorgesehen|terminiert)"

# Rulings of a court ("zur Bewährung ausgesetzte Strafe"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"urteil\w*|schuldspruch\w*|verurteilung\w*|\w*strafe"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"nie (?:geplant|vereinbart|angesetzt|terminiert)|nicht (?:geplant|vereinbart|angesetzt|terminiert)|keine vereinbarung"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"findet (?:\w+ )?statt|wie geplant|wie vorgesehen|planmäßig|zum geplanten termin"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"dementier\w*|dementi|bestr(?:eit|itt)\w* (?:\S+ ){0,3}(?:dass|vorwürfe|bericht\w*|behauptung\w*)|stritt\w* (?:\S+ ){0,4}ab|(?:wies|weist|weisen) (?:\S+ ){0,3}(?:vorwürfe|berichte?|meldung\w*|spekulation\w*|gerüchte) (?:\S+ )?zurück|(?:ist|sei|war|seien) (?:\S+ )?(?:falsch|unwahr|erfunden|haltlos)|falschmeldung\w*|fake news"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"erwäg\w*|erwogen|überlegt|überlegen, ob|denk\w* (?:\S+ ){0,3}nach|nachgedacht|in betracht|in erwägung"

# A matter decided or announced as done ("has decided", "announced it will").
DECIDED = r"(?:hat|haben|hatte|hatten) (?:\S+ ){0,3}angekündigt,? (?:dass|zu)|kündigt\w* (?:\S+ ){0,3}an,? (?:dass|zu)|beschlossen|beschloss\w*|(?:hat|haben|hatte|hatten) (?:\S+ ){0,2}entschieden|entschied\w*"

# Words that tell a matter goes on ("die Proteste dauern an"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"weiterhin|dauer\w* an|halten an|hält an|noch immer|immer noch|fortgesetzt"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"zuvor|vorher|früher|davor|ehemals|vormals|im vorjahr|vergangene[nsm]? (?:woche|monat|jahr)|letzte[nsm]? (?:woche|monat|jahr)"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"in|im|bei|beim|nahe|nach|aus|südlich|nördlich|östlich|westlich"

# Compass directions from a place, in lower case ("south-east of the capital"), by the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"nordöstlich\w*",
 "NW": r"nordwestlich\w*",
 "SE": r"südöstlich\w*",
 "SW": r"südwestlich\w*",
 "N": r"nördlich\w*",
 "S": r"südlich\w*",
 "E": r"östlich\w*",
 "W": r"westlich\w*"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"du|dich|dein|deine|euch|euer|eure"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"mindestens|mehr als|über|wenigstens"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"weniger als|unter|bis zu|höchstens|maximal"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"rund|etwa|ungefähr|circa|ca\.|fast|knapp|gut(?=\s+\d)|annähernd|schätzungsweise"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"diese|diesen|dieser|jene|jenen|jener"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"zu hause|zuhause|daheim|in (?:seiner|ihrer) wohnung|in (?:seinem|ihrem) haus",
          "hospital": r"im krankenhaus|in einem krankenhaus|in (?:der|einer) klinik|im spital"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"bisher|bislang|vorläufig\w*|vorerst|bis jetzt|bis dato|zurzeit|derzeit|schon(?=\s+\d)|bereits(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"hauptstadt"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"nötig\w*|notwendig\w*|erforderlich\w*|benötigt\w*|braucht|muss|müssen|musste|mussten"


# Scale words after a number and the power of ten they stand for.
SCALES = {'tausend': 3,
 'million': 6,
 'millionen': 6,
 'mio': 6,
 'milliarde': 9,
 'milliarden': 9,
 'mrd': 9,
 'billion': 12,
 'billionen': 12}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'zwei': 2,
 'drei': 3,
 'vier': 4,
 'fünf': 5,
 'sechs': 6,
 'sieben': 7,
 'acht': 8,
 'neun': 9,
 'zehn': 10,
 'elf': 11,
 'zwölf': 12,
 'dutzend': 12,
 'zwanzig': 20,
 'dreißig': 30,
 'vierzig': 40,
 'fünfzig': 50,
 'hundert': 100,
 'dreizehn': 13,
 'vierzehn': 14,
 'fünfzehn': 15,
 'sechzehn': 16,
 'siebzehn': 17,
 'achtzehn': 18,
 'neunzehn': 19,
 'sechzig': 60,
 'siebzig': 70,
 'achtzig': 80,
 'neunzig': 90}
