"""English: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"not|no|never|\w+n['’]t|none|nothing|impossible|neither|nor"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"without"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"when"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"been|being|have|having|were|will|would|could|should|might|must|does|shall|still|already|longer"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"postpon\w*|put on hold|on hold|delay\w*|tabled|shelved|suspend\w*|cancel\w*|called off|scrapped|put off|(?:originally|initially) (?:been )?(?:scheduled|planned|set|slated|due)|rescheduled|pulled from (?:\w+ ){0,2}schedule"

# Rulings of a court ("suspended sentence", "cancelled the conviction"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"verdicts?|sentences?|convictions?|judge?ments?|rulings?"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"(?:never|not yet|not) (?:been )?(?:scheduled|planned|agreed|arranged|set)|no (?:such )?(?:agreement|arrangement|date)|nothing to postpone|no \w+ to postpone"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"will (?:take place|go ahead|proceed)|goes ahead|going ahead|as planned|as scheduled|on schedule|on track|went ahead|on the (?:planned|scheduled) date"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"(?:deni(?:ed|es)|denying) (?:that|having|being|any|all|(?:the |these |those |such )?(?:reports?|claims?|allegations?|rumou?rs?|accusations?|wrongdoing|involvement|responsibility))|(?:is|was|are|were) (?:\w+ )?(?:false|untrue|fake|baseless|unfounded)|fake news|(?:dismissed|rejected) (?:the |these |those |such )?(?:reports?|claims?|allegations?|rumou?rs?)"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"(?:is|are|was|were|been) (?:\w+ )?(?:considering|weighing|mulling|contemplating)|(?:is|are|was|were) being (?:considered|weighed|discussed)|under consideration|(?:is|are|was|were) thinking (?:about|of)"

# A matter decided or announced as done ("has decided", "announced it will").
DECIDED = r"(?:announced|decided|confirmed) (?:that )?(?:\w+ ){0,2}will|(?:has|have|had) decided|decided to|announced plans"

# Words that tell a matter goes on ("protests continued on Thursday"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"continu\w*|still|ongoing"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"earlier|previously|formerly|before that|last (?:week|month|year)|a (?:week|month|year) ago|(?:in|from) the previous"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"(?:in|at|near|outside|inside|into|across|around)(?: the)?"

# Compass directions from a place, in lower case ("south-east of the capital"), by the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"north-?east(?:ern|erly|wards?)?",
 "NW": r"north-?west(?:ern|erly|wards?)?",
 "SE": r"south-?east(?:ern|erly|wards?)?",
 "SW": r"south-?west(?:ern|erly|wards?)?",
 "N": r"north(?:ern|erly|wards?)?",
 "S": r"south(?:ern|erly|wards?)?",
 "E": r"east(?:ern|erly|wards?)?",
 "W": r"west(?:ern|erly|wards?)?"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"you|your|yours"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"at least|more than|over|upwards of|in excess of"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"less than|fewer than|under|below|up to|at most|no more than"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"about|around|approximately|roughly|some(?=\s+\d)|nearly|almost|close to|an estimated"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"these|those"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"at (?:his|her|their) home|at home|in (?:his|her|their) home",
          "hospital": r"(?:at|in) (?:a |the )?hospital"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"so far|thus far|to date|as yet|up to now|until now|for now|as of now|at (?:the|this) moment|at this point|preliminary|provisional|already(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"capital"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"needed|required|necessary|need|needs|must|has to|have to"


# Scale words after a number and the power of ten they stand for.
SCALES = {'thousand': 3,
 'k': 3,
 'million': 6,
 'millions': 6,
 'm': 6,
 'mn': 6,
 'billion': 9,
 'billions': 9,
 'bn': 9,
 'trillion': 12}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'two': 2,
 'three': 3,
 'four': 4,
 'five': 5,
 'six': 6,
 'seven': 7,
 'eight': 8,
 'nine': 9,
 'ten': 10,
 'eleven': 11,
 'twelve': 12,
 'dozen': 12,
 'twenty': 20,
 'thirty': 30,
 'forty': 40,
 'fifty': 50,
 'hundred': 100,
 'thirteen': 13,
 'fourteen': 14,
 'fifteen': 15,
 'sixteen': 16,
 'seventeen': 17,
 'eighteen': 18,
 'nineteen': 19,
 'sixty': 60,
 'seventy': 70,
 'eighty': 80,
 'ninety': 90}
