"""Polish: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"nie|nigdy|żadn\w*|niemożliwe"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"bez"

# The particle of the conditional mood ("gdyby", "бы"): a statement in it asserts no value of its own ("bi imel
# v najslabšem primeru 273 glasov" beside the 306 counted). Only Slavic languages mark the mood by a word.
CONDITIONAL = r"gdyby|bym|byś|byśmy|byście|\w+(?:ł|ła|ło|li|ły)by"

# "Until" opening a clause: a negation in it denies nothing ("dopóki wniosek nie zostanie rozpatrzony": until it happens).
UNTIL = r"dopóki"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"gdy|kiedy"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"został\w*|zostanie|zostaną|była|było|były|byli|będzie|będą|jest|może|mogą|można|mógł|jeszcze|wciąż|nadal"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"przesunię\w*|przełoż\w*|odłoż\w*|odwoła\w*|zawiesz\w*|wstrzyma\w*|(?:pierwotnie|początkowo) (?:\S+ ){0,2}(?:planowan\w*|zaplanowan\w*)"

# Rulings of a court ("odwołał się od wyroku", "wyrok w zawieszeniu"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"wyrok\w*|werdykt\w*|orzeczeni\w*"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"nigdy nie (?:zaplanowan\w*|uzgodnion\w*|ustalon\w*)|nie (?:zaplanowano|uzgodniono|ustalono)|nie było (?:żadnych )?(?:porozumie\w*|ustaleń|uzgodnień)"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"odbędzie się|zgodnie z planem|w zaplanowanym terminie"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"zdementow\w*|dementuj\w*|dementi|zaprzecz\w*|fejk\w*|fake news|nieprawd\w*|kłamstw\w*"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"rozważ\w*|bran\w* pod uwagę|bierze\w* pod uwagę|bierzemy pod uwagę|biorą pod uwagę|zastanawia\w* się (?:nad|czy)|analizuj\w*|analizowa\w*"

# A matter decided or announced as done ("has decided", "announced it will"). Of "zdecydowa-" only the verb's
# forms: "zdecydowanie", "zdecydowana większość" are "definitely", "the vast majority".
DECIDED = r"zdecydowa(?:ł\w*|li\w*|ć|no)|postanowi\w*|(?:ogłosi\w*|zapowiedzia\w*),? że"

# Words that tell a matter goes on ("protesty trwają"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"kontynu\w*|nadal|wciąż|trwa|trwają"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"wcześniej|poprzednio|przedtem|uprzednio|w zeszłym (?:tygodniu|miesiącu|roku)|rok temu"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"w|we|na|pod|koło|nad|przy|obok"

# Compass directions from a place or in a region, in lower case ("south-east of the capital", "in the north of"), by
# the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"na północny wschód|na północnym wschodzie",
 "NW": r"na północny zachód|na północnym zachodzie",
 "SE": r"na południowy wschód|na południowym wschodzie",
 "SW": r"na południowy zachód|na południowym zachodzie",
 "N": r"na północ|na północy",
 "S": r"na południe|na południu",
 "E": r"na wschód|na wschodzie",
 "W": r"na zachód|na zachodzie"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"ty|twój|twoja|twoje|masz|możesz|wy|wasz|wasza|państwo"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"co najmniej|ponad|przynajmniej|więcej niż"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"poniżej|mniej niż|najwyżej|maksymalnie|nie więcej niż|do(?= \d)(?! (?:1[89]|20)\d\d(?!\d))"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"około|ok\.|blisko|niemal|prawie|mniej więcej|szacunkowo"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"te|tych|tym|tymi|ci|owe|owych|owym|tamte|tamtych"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"w (?:swoim |własnym )?domu|w (?:swoim )?mieszkaniu",
          "hospital": r"w szpitalu|w klinice"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"na razie|dotychczas|dotąd|do tej pory|jak dotąd|póki co|na chwilę obecną|obecnie|wstępn\w*|już(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"stolic\w*"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"potrzebn\w*|niezbędn\w*|wymagan\w*|potrzeba|musi|muszą|musiał\w*|trzeba"


# Scale words after a number and the power of ten they stand for.
SCALES = {'tys': 3,
 'tysiąc': 3,
 'tysiące': 3,
 'tysięcy': 3,
 'mln': 6,
 'milion': 6,
 'miliony': 6,
 'milionów': 6,
 'mld': 9,
 'miliard': 9,
 'miliardy': 9,
 'miliardów': 9}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'dwa': 2,
 'dwie': 2,
 'trzy': 3,
 'cztery': 4,
 'pięć': 5,
 'sześć': 6,
 'siedem': 7,
 'osiem': 8,
 'dziewięć': 9,
 'dziesięć': 10,
 'dwanaście': 12,
 'tuzin': 12,
 'dwadzieścia': 20,
 'trzydzieści': 30,
 'pięćdziesiąt': 50,
 'sto': 100,
 'jedenaście': 11,
 'piętnaście': 15,
 'czterdzieści': 40,
 'sześćdziesiąt': 60,
 'siedemdziesiąt': 70,
 'osiemdziesiąt': 80,
 'dziewięćdziesiąt': 90,
 'dwóch': 2,
 'dwu': 2,
 'trzech': 3,
 'czterech': 4,
 'pięciu': 5,
 'sześciu': 6,
 'siedmiu': 7,
 'ośmiu': 8,
 'dziewięciu': 9,
 'dziesięciu': 10,
 'dwunastu': 12,
 'piętnastu': 15,
 'dwudziestu': 20,
 'trzydziestu': 30,
 'czterdziestu': 40,
 'pięćdziesięciu': 50,
 'stu': 100}
