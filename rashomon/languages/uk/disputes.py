"""Ukrainian: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"не|ні|ніколи|ніяк\w*|жодн\w*|немає|неможливо"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"без"

# The particle of the conditional mood ("gdyby", "бы"): a statement in it asserts no value of its own ("bi imel
# v najslabšem primeru 273 glasov" beside the 306 counted). Only Slavic languages mark the mood by a word.
CONDITIONAL = r"би|якби"

# "Until" opening a clause: a negation in it denies nothing ("доки суд не ухвалить рішення": until it happens).
UNTIL = r"доки|допоки"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"коли"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"було|була|були|буде|будуть|може|можуть|став|стала|стали|стане|є|більше|поки"

# A planned event halted: postponed, put on hold, cancelled. "Перенести" is postponed only to a time ("на"):
# "перенести побочные эффекты", "переносят COVID-19" is to suffer.
HALTED = r"відкла\w*|відклад\w*|перен[еёо]с\w*(?=(?: \S+){0,3} на )|призупин\w*|скасов\w*|скасув\w*|відмін\w*|зірва\w*|(?:спочатку|початково|первісно) (?:\S+ ){0,2}(?:планувал\w*|запланован\w*)"

# Rulings of a court ("скасував вирок"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"вирок\w*|вердикт\w*|судиміст\w*|судимост\w*|рішенн\w* (?:\S+ ){0,2}суд\w*"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"не було (?:\w+ )?(?:домовлен\w*|домовленост\w*|запланован\w*)|домовленост\w* не було|не (?:був |була |було |були )?(?:домовля\w*|домовил\w*|планувал\w*|призначал\w*|запланован\w*|призначен\w*|погоджен\w*)|нічого відкладати"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"відбудеться|відбудуться|за планом(?!\s+[^\W\d_]{3,})|як і планувалося|у (?:визначений|запланований) термін"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"спростув\w*|спросту\w*|запереч\w*|фейк\w*|неправд\w*|не відповіда\w* дійсності"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"розгляда\w*|обмірков\w*|розмірков\w*|вивча\w* можлив\w*"

# A matter decided or announced as done ("has decided", "announced it will").
DECIDED = r"вирішил\w*|вирішив|ухвалил\w* рішення|ухвалив рішення|(?:оголосил\w*|оголосив),? що"

# Words that tell a matter goes on ("протести продовжуються"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"продовж\w*"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"раніше|до цього|перед тим|минулого (?:року|тижня|місяця)"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"в|у|із|на|під|біля|поблизу"

# Compass directions from a place or in a region, in lower case ("south-east of the capital", "in the north of"), by
# the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"північно-східніше|на північний схід|на північному сході",
 "NW": r"північно-західніше|на північний захід|на північному заході",
 "SE": r"південно-східніше|на південний схід|на південному сході",
 "SW": r"південно-західніше|на південний захід|на південному заході",
 "N": r"північніше|на північ|на півночі",
 "S": r"південніше|на південь|на півдні",
 "E": r"східніше|на схід|на сході",
 "W": r"західніше|на захід|на заході"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"ви|ваш|ваша|ваше|ти|твій|твоя"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"щонайменше|понад|більше ніж|більш ніж|принаймні|як мінімум"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"менше|менш ніж|не більше|максимум|до(?= \d)(?! (?:1[89]|20)\d\d(?!\d))"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"близько|приблизно|майже|орієнтовно|порядку"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"ці|цих|цим|цими|ті|тих|тим|тими|зазначені|зазначених"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"вдома|удома|у (?:своєму|власному) домі|у своїй квартирі",
          "hospital": r"[ув] лікарні|[ув] клініці|[ув] шпиталі"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"поки що|вже(?=\s+\d)|наразі|на даний момент|на сьогодні|досі|попередн\w*"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"столиц\w*"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"потрібн\w*|необхідн\w*|треба|повин(?:ен|на|но|ні)|мусить|ма(?:є|ють) \w+ти"


# Scale words after a number and the power of ten they stand for.
SCALES = {'тис': 3,
 'тисяч': 3,
 'тисячі': 3,
 'млн': 6,
 'мільйон': 6,
 'мільйони': 6,
 'мільйонів': 6,
 'млрд': 9,
 'мільярд': 9,
 'мільярди': 9,
 'мільярдів': 9}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'два': 2,
 'дві': 2,
 'три': 3,
 'чотири': 4,
 "п'ять": 5,
 'шість': 6,
 'сім': 7,
 'вісім': 8,
 "дев'ять": 9,
 'десять': 10,
 'дванадцять': 12,
 'двадцять': 20,
 'тридцять': 30,
 "п'ятдесят": 50,
 'сто': 100,
 'одинадцять': 11,
 "п'ятнадцять": 15,
 'сорок': 40,
 'шістдесят': 60,
 'сімдесят': 70,
 'вісімдесят': 80,
 "дев'яносто": 90,
 'двох': 2,
 'трьох': 3,
 'чотирьох': 4,
 "п'яти": 5,
 'шести': 6,
 'семи': 7,
 'восьми': 8,
 "дев'яти": 9,
 'десяти': 10,
 'дванадцяти': 12,
 "п'ятнадцяти": 15,
 'двадцяти': 20,
 'тридцяти': 30,
 'сорока': 40,
 "п'ятдесяти": 50,
 'сотні': 100,
 'сотня': 100}
