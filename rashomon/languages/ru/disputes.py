"""Russian: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"не|нет|ни|никогда|никак\w*|невозможно"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"без"

# The particle of the conditional mood ("gdyby", "бы"): a statement in it asserts no value of its own ("bi imel
# v najslabšem primeru 273 glasov" beside the 306 counted). Only Slavic languages mark the mood by a word.
CONDITIONAL = r"бы"

# "Until" opening a clause: a negation in it denies nothing ("до тех пор, пока суд не вынесет решение": until it happens).
UNTIL = r"до тех пор,? пока"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"когда"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"было|была|были|будет|будут|может|могут|стал|стала|стали|станет|является|ещё|еще|больше|пока"

# A planned event halted: postponed, put on hold, cancelled. "Перенести" is postponed only to a time ("на"):
# "перенести побочные эффекты", "переносят COVID-19" is to suffer.
HALTED = r"отлож\w*|отклад\w*|перен[еёо]с\w*(?=(?: \S+){0,3} на )|приостанов\w*|отмен\w*|сорва\w*|(?:первоначально|изначально) (?:\S+ ){0,2}(?:планировал\w*|запланирован\w*|намечен\w*)"

# Rulings of a court ("отменил приговор", "приговор был отменен"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"приговор\w*|вердикт\w*|судимост\w*|решени\w* (?:\S+ ){0,2}суд\w*"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"не было (?:\w+ )?(?:договорен\w*|договорённост\w*|запланирован\w*)|договор[её]нност\w* не было|не (?:был |была |было |были )?(?:договарива\w*|договорил\w*|планировал\w*|назначал\w*|запланирован\w*|назначен\w*|согласован\w*)|нечего откладывать"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"состоится|состоятся|по плану(?!\s+[^\W\d_]{3,})|как и планировалось|в (?:назначенный|запланированный) срок"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"опроверг\w*|опровержени\w*|отрица(?!тельн)\w*|фейк\w*|(?:является )?неправд\w*|не соответству\w* действительности"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"рассматрива\w*|обдумыва\w*|размышля\w*|изуча\w* возможност\w*"

# A matter decided or announced as done ("has decided", "announced it will").
DECIDED = r"решил\w*|принял\w* решение|(?:объявил\w*|заявил\w*),? что (?:\S+ ){0,3}буд\w*"

# Words that tell a matter goes on ("продолжают 1 ноября акции протеста"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"продолж\w*"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"ранее|прежде|раньше|до этого|в прошлом (?:году|месяце)|на прошлой неделе"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"в|во|из|на|под|около|возле|близ"

# Compass directions from a place or in a region, in lower case ("south-east of the capital", "in the north of"), by
# the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"северо-восточнее|к северо-востоку|на северо-востоке",
 "NW": r"северо-западнее|к северо-западу|на северо-западе",
 "SE": r"юго-восточнее|к юго-востоку|на юго-востоке",
 "SW": r"юго-западнее|к юго-западу|на юго-западе",
 "N": r"севернее|к северу|на севере",
 "S": r"южнее|к югу|на юге",
 "E": r"восточнее|к востоку|на востоке",
 "W": r"западнее|к западу|на западе"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"вы|ваш|ваша|ваше|ты|твой|твоя"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"не менее|более|свыше|по меньшей мере|как минимум"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"менее|меньше|не более|максимум|не свыше|до(?= \d)(?! (?:1[89]|20)\d\d(?!\d))"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"около|примерно|приблизительно|почти|порядка"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"эти|этих|этим|этими|те|тех|тем|теми|указанные|указанных"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
# Bare "дома" is also "of the house" ("Белого дома", "жилые дома"): only its forms that say "at home".
VENUES = {"home": r"у себя дома|дома у(?=\s)|в (?:своём|своем|собственном) доме|в своей квартире",
          "hospital": r"в больнице|в клинике|в госпитале"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"пока что|уже(?=\s+\d)|к настоящему времени|на данный момент|на текущий момент|на сегодняшний день|до сих пор|предварительн\w*"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"столиц\w*"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"нужн\w*|необходим\w*|требу\w*|долж(?:ен|на|но|ны)|надо"


# Scale words after a number and the power of ten they stand for.
SCALES = {'тыс': 3,
 'тысяч': 3,
 'тысячи': 3,
 'млн': 6,
 'миллион': 6,
 'миллиона': 6,
 'миллионов': 6,
 'млрд': 9,
 'миллиард': 9,
 'миллиарда': 9,
 'миллиардов': 9}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'два': 2,
 'две': 2,
 'три': 3,
 'четыре': 4,
 'пять': 5,
 'шесть': 6,
 'семь': 7,
 'восемь': 8,
 'девять': 9,
 'десять': 10,
 'двенадцать': 12,
 'двадцать': 20,
 'тридцать': 30,
 'пятьдесят': 50,
 'сто': 100,
 'одиннадцать': 11,
 'пятнадцать': 15,
 'сорок': 40,
 'шестьдесят': 60,
 'семьдесят': 70,
 'восемьдесят': 80,
 'девяносто': 90,
 'двух': 2,
 'трёх': 3,
 'трех': 3,
 'четырёх': 4,
 'четырех': 4,
 'пяти': 5,
 'шести': 6,
 'семи': 7,
 'восьми': 8,
 'девяти': 9,
 'десяти': 10,
 'двенадцати': 12,
 'пятнадцати': 15,
 'двадцати': 20,
 'тридцати': 30,
 'сорока': 40,
 'пятидесяти': 50,
 'шестидесяти': 60,
 'ста': 100,
 'сотни': 100,
 'сотня': 100}
