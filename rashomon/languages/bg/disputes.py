"""Bulgarian: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"не|няма|нямаше|нямат|нямам|нямаме|нямате|нямаш|никога|никакв\w*|невъзможно"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"без"

# "Until" opening a clause: a negation in it denies nothing ("докато Върховният съд не я отмени": until it happens).
UNTIL = r"докато"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"когато"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"беше|бяха|била|било|били|бъде|могат|може|още|вече|повече"

# Words that tell a matter goes on ("протестите продължават"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"продълж\w*"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"отлож\w*|отмен\w*|замраз\w*|спрян\w*|първоначално (?:\S+ ){0,2}(?:планиран\w*|насрочен\w*)"

# Rulings of a court ("отмени присъдата", "присъдата беше отменена"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"присъд\w*|решени\w* (?:\S+ ){0,2}съд\w*"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"(?:никога )?не (?:\w+ ){0,2}(?:насрочен\w*|планиран\w*|договорен\w*)|нямаше (?:\w+ )?(?:договорк\w*|споразумение)"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"ще се състои|ще се проведе|по план"

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"вие|ваш|ваша|ти|твой|твоя"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"най-малко|поне|над|повече от"

# Words giving a quantity as a ceiling ("up to"): a ceiling above another value is no dispute.
UPPER_BOUND = r"до(?= \d)(?! (?:1[89]|20)\d\d(?!\d))"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"около|приблизително|почти|близо до|към(?=\s+\d)"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"тези|онези|въпросните"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"у дома|в дома си|в (?:своя|собствения) си дом",
          "hospital": r"в болница(?:та)?|в клиника(?:та)?"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"засега|досега|вече(?=\s+\d)|до момента|към момента|предварителн\w*"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"столиц\w*"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"необходим\w*|нужн\w*|трябва"


# Scale words after a number and the power of ten they stand for.
SCALES = {'хил': 3, 'хиляди': 3, 'млн': 6, 'милиона': 6, 'млрд': 9, 'милиарда': 9}
