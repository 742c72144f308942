"""Slovak: cues of contested claims (the comparison stage), in the shapes of ``rashomon.comparison.cues``.

Patterns are matched case-insensitively on word boundaries; stems match every inflection.
"""

# A comma followed by one of these starts a new clause worth comparing on its own.
CLAUSE_CONJUNCTIONS = r"ale|avšak|však|zatiaľ čo|hoci|a preto"
NEGATION = r"nie|nie je|nie sú|nebol\w*|nemožno|nikdy|žiadn\w*|nič|nemožné"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"bez"
# The particle of the conditional mood ("gdyby", "бы"): a statement in it asserts no value of its own ("bi imel
# v najslabšem primeru 273 glasov" beside the 306 counted). Only Slavic languages mark the mood by a word.
CONDITIONAL = r"keby|by"

# "Until" opening a clause: a negation in it denies nothing ("dokiaľ nebol rozsudok potvrdený": until it happens).
UNTIL = r"dokiaľ|pokým"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"keď|kedy"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"bolo|bola|boli|bude|budú|môže|môžu|ešte|dosiaľ"

# Words that tell a matter goes on ("protesty pokračujú"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"pokračov\w*|pokračuj\w*|stále|naďalej"

# What a statement asserts about something planned: halted, never scheduled, or going ahead.
HALTED = r"odlož\w*|odklad\w*|zruš\w*|pozastav\w*|prelož\w*|presunut\w*|odvola\w*|pôvodne (?:\S+ ){0,2}(?:plánovan\w*|naplánovan\w*)"

# Rulings of a court ("zrušil rozsudok"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"rozsud\w*|verdikt\w*|odsúdeni\w*"
UNSCHEDULED = r"(?:nikdy )?nebol\w* (?:\w+ )?(?:naplánovan\w*|dohodnut\w*|dohodnut\w*)|(?:nebola )?žiadna dohoda"
PROCEEDING = r"uskutoční sa|sa uskutoční|prebehne|podľa plánu|ako bolo plánované"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"potrebn\w*|nutn\w*|treba|musí|musel\w*"

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"zatiaľ|doteraz|dosiaľ|doposiaľ|predbežn\w*|už(?=\s+\d)"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"asi|približne|zhruba|okolo|takmer|skoro|cca"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"tieto|týchto|týmto|týmito|títo|tie|tých|tým|tými"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"doma|vo svojom dome|vo svojom byte",
          "hospital": r"v nemocnici|na klinike"}

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"hlavn\w* mest\w*"
