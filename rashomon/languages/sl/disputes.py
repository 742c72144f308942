"""Slovene: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"ne|ni|niso|nikoli|noben\w*|nemogoče"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"brez"

# The particle of the conditional mood ("gdyby", "бы"): a statement in it asserts no value of its own ("bi imel
# v najslabšem primeru 273 glasov" beside the 306 counted). Only Slavic languages mark the mood by a word.
CONDITIONAL = r"bi"

# "Until" opening a clause: a negation in it denies nothing ("dokler ne bo sodišče odločilo": until it happens).
UNTIL = r"dokler"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"ko|kadar"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"bilo|bila|bili|bile|bodo|more|morejo|lahko"

# Words that tell a matter goes on ("protesti se nadaljujejo"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"nadaljuj\w*|nadaljeva\w*|še vedno"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"prelož\w*|odlož\w*|odpoved\w*|zamrznjen\w*|prekinjen\w*|prvotno (?:\S+ ){0,2}načrtovan\w*"

# Rulings of a court ("odpoved sodbe"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"sodb\w*|obsodb\w*|razsodb\w*"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"(?:nikoli )?ni bil\w* (?:\w+ )?(?:načrtovan\w*|dogovorjen\w*)|ni bilo (?:\w+ )?dogovor\w*"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"bo potekal\w*|po načrtu"

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"vi|vaš|vaša|ti|tvoj|tvoja"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"vsaj|najmanj|več kot"

# Words giving a quantity as a ceiling ("up to"): a ceiling above another value is no dispute.
UPPER_BOUND = r"do(?= \d)(?! (?:1[89]|20)\d\d(?!\d))"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"približno|okoli|skoraj|dobrih|slabih|cca"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"ti|te|teh|tem|temi|omenjen\w*"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"doma|na svojem domu",
          "hospital": r"v bolnišnici|na kliniki"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"doslej|zaenkrat|za zdaj|do zdaj|do sedaj|trenutno|že(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"prestolnic\w*"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"potrebn\w*|mora|morajo|moral\w*"


# Scale words after a number and the power of ten they stand for.
SCALES = {'tisoč': 3, 'mio': 6, 'milijon': 6, 'milijonov': 6, 'milijard': 9, 'milijarde': 9}
