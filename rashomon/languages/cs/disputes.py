"""Czech: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"ne|není|nejsou|nebyl\w*|nelze|nikdy|žádn\w*|nic|nemožné"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"bez"

# The particle of the conditional mood ("gdyby", "бы"): a statement in it asserts no value of its own ("bi imel
# v najslabšem primeru 273 glasov" beside the 306 counted). Only Slavic languages mark the mood by a word.
CONDITIONAL = r"kdyby|by|bychom|byste"

# "Until" opening a clause: a negation in it denies nothing ("dokud nebyl rozsudek potvrzen": until it happens).
UNTIL = r"dokud"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"když|kdy"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"bylo|byla|byly|byli|bude|budou|může|mohou|jsou|ještě|dosud"

# Words that tell a matter goes on ("protesty pokračují"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"pokračov\w*|pokračuj\w*|stále|nadále"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"odlož\w*|odklád\w*|zruš\w*|pozastav\w*|přelož\w*|původně (?:\S+ ){0,2}(?:plánov[aá]n\w*|naplánov[aá]n\w*)"

# Rulings of a court ("zrušil rozsudek"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"rozsud\w*|verdikt\w*|odsouzení"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"(?:nikdy )?nebyl\w* (?:\w+ )?(?:naplánován\w*|dohodnut\w*|sjednán\w*)|(?:nebyla )?žádná dohoda"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"uskuteční se|proběhne|podle plánu"

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"vy|váš|vaše|ty|tvůj|tvoje"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"nejméně|alespoň|více než|přes"

# Words giving a quantity as a ceiling ("up to"): a ceiling above another value is no dispute.
UPPER_BOUND = r"až do|do(?= \d)(?! (?:1[89]|20)\d\d(?!\d))"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"asi|přibližně|zhruba|kolem|téměř|skoro|cca|okolo"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"tyto|těchto|těmto|těmi|tito|ty|těch|těm|tyhle|těhle"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"doma|ve svém domě|ve svém bytě",
          "hospital": r"v nemocnici|na klinice"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"zatím|dosud|doposud|prozatím|do této chvíle|v tuto chvíli|předběžn\w*|už(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"hlavní(?:m|ho)? měst\w*"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"potřebn\w*|nutn\w*|potřeb\w*|musí|musel\w*"


# Scale words after a number and the power of ten they stand for.
SCALES = {'tis': 3, 'tisíc': 3, 'mil': 6, 'milion': 6, 'milionů': 6, 'miliard': 9, 'miliardy': 9, 'mld': 9}
