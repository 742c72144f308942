"""Spanish: cues of contested claims and page prompts (rashomon/comparison/cues.py reads them).

Patterns are regular expressions matched case-insensitively on word boundaries;
Slavic entries are stems so every inflection matches.
"""

# Negation cues (words that deny what a statement asserts).
NEGATION = r"no|nunca|ningún|ninguna|imposible"

# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = r"sin"

# "When" opening a clause right after a date: the clause tells what happened then ("8 июля, когда в отставку подал").
WHEN = r"cuando"

# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies ("has not yet been
# charged").
AUXILIARIES = r"sido|había|habían|haber|será|serán|está|están|estaba|puede|pueden|debe|deben|todavía"

# A planned event halted: postponed, put on hold, cancelled.
HALTED = r"anulad\w*|aplaza\w*|pospu\w*|postergad\w*|suspendid\w*|cancelad\w*|(?:inicialmente|originalmente|en un principio) (?:previst\w*|programad\w*|fijad\w*)"

# Rulings of a court ("anulada la sentencia"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = r"veredictos?|sentencias?|condenas?|fallos?"

# A planned event that never was: never scheduled, no agreement, nothing to postpone.
UNSCHEDULED = r"nunca (?:se )?(?:programad\w*|acordad\w*|previst\w*|fijad\w*)|ningún acuerdo|no había acuerdo"

# A planned event going ahead: will take place, as planned.
PROCEEDING = r"tendrá lugar|se celebrará|según lo previsto|en la fecha prevista|se mantiene|se mantuvo"

# A denial of a report or a claim ("denied", "calls it fake").
DENIED = r"desmint\w*|desment\w*|neg[óo] (?:que|haber)|niegan? (?:que|haber)|(?:es|era|son|fue|sería) (?:\S+ )?(?:falso|falsa|falsos|falsas|mentira|infundad\w*)|noticias? falsas?|bulo"

# A matter under consideration, not decided ("is considering").
CONSIDERED = r"(?:está|están|estaba|estaban) (?:\S+ )?(?:considerando|estudiando|evaluando|sopesando|barajando)|contempla\w* la posibilidad|estudia\w* la posibilidad|considera\w* la posibilidad|se plantea\w*|baraja\w*"

# A matter decided or announced as done ("has decided", "announced it will").
DECIDED = r"decidi[óo]|decidieron|ha decidido|han decidido|(?:anunci[óo]|anunciaron|ha anunciado|han anunciado) que"

# Words that tell a matter goes on ("las protestas continúan"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = r"continú\w*|continu\w*|sigue|siguen|todavía"

# Words that set what a statement tells before the time of the report ("earlier"): a count then is another fact.
EARLIER = r"anteriormente|previamente|antes|el año pasado|la semana pasada|el mes pasado"

# Words that put the name after them in a place slot ("in Palenque", "w Chorzowie").
LOCATIVE = r"(?:en|desde|hacia|cerca de|junto a)(?: el| la| los| las)?"

# Compass directions from a place or in a region, in lower case ("south-east of the capital", "in the north of"), by
# the point they name;
# the longer ones first.
DIRECTIONS = {"NE": r"al (?:noreste|nordeste)|en el (?:noreste|nordeste)",
 "NW": r"al noroeste|en el noroeste",
 "SE": r"al (?:sureste|sudeste)|en el (?:sureste|sudeste)",
 "SW": r"al (?:suroeste|sudoeste)|en el (?:suroeste|sudoeste)",
 "N": r"al norte|en el norte",
 "S": r"al sur|en el sur",
 "E": r"al este|en el este",
 "W": r"al oeste|en el oeste"}

# Words addressing the reader (second person): outside a quotation, a prompt, not a claim.
READER = r"usted|ustedes|tú|tu|tus|vosotros"

# Words giving a quantity as a floor ("at least"): a floor below another value is no dispute.
LOWER_BOUND = r"al menos|más de|por lo menos"

# Words giving a quantity as a ceiling ("less than"): a ceiling above another value is no dispute.
UPPER_BOUND = r"menos de|hasta|como máximo|como mucho|por debajo de"

# Words giving a quantity as an estimate ("about", "около"): two estimates this close are one value told twice
# (disputes.APPROXIMATE_SPREAD: "примерно на 193 тысячи" / "примерно на 189 тыс.").
APPROXIMATE = r"unos|unas|alrededor de|aproximadamente|cerca de|casi|en torno a"

# Demonstratives ("these", "цих"): a count right after one counts what was named before ("У цих трьох штатах"),
# a set the statement does not give, so no account of a count.
DEMONSTRATIVES = r"estos|estas|esos|esas|aquellos|aquellas|dichos|dichas"

# Where someone is or died, by a common noun: at home or in hospital. Two statements of one fact that give
# the two are in dispute ("died on Monday at his home in Manhattan" / "died Dec. 30 at a hospital in Manhattan").
VENUES = {"home": r"en su casa|en su domicilio|en casa",
          "hospital": r"en (?:el|un) hospital|en (?:la|una) clínica"}

# Words that give a count as it stands at the time of the report ("so far", "na razie", "пока"): a running
# count ("already", "już", "уже") is a snapshot, another snapshot of it is no contradiction ("na razie 220 głosów" / "253 elektorów").
PROVISIONAL = r"hasta ahora|hasta el momento|hasta la fecha|por ahora|de momento|por el momento|provisional\w*|preliminar\w*|ya(?=\s+\d)"

# The capital named by a common noun ("в столице", "in the capital"): a fact there and one in a named place
# may be of two places ("вакцинация в столице с 5 декабря" / "в Казахстане с 1 февраля").
CAPITAL = r"capital"

# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = r"necesari\w*|requerid\w*|necesita\w*|hacen falta|hace falta|debe|deben|deberá|deberán|tiene que|tienen que"


# Scale words after a number and the power of ten they stand for.
SCALES = {'mil': 3, 'millón': 6, 'millones': 6, 'millardo': 9, 'millardos': 9, 'billón': 12, 'billones': 12}

# Number words, including approximate collectives ("une centaine").
NUMBER_WORDS = {'dos': 2,
 'tres': 3,
 'cuatro': 4,
 'cinco': 5,
 'seis': 6,
 'siete': 7,
 'ocho': 8,
 'nueve': 9,
 'diez': 10,
 'doce': 12,
 'docena': 12,
 'veinte': 20,
 'veintena': 20,
 'treinta': 30,
 'treintena': 30,
 'cuarenta': 40,
 'cuarentena': 40,
 'cincuenta': 50,
 'cincuentena': 50,
 'cien': 100,
 'centenar': 100,
 'once': 11,
 'trece': 13,
 'catorce': 14,
 'quince': 15,
 'dieciséis': 16,
 'sesenta': 60,
 'setenta': 70,
 'ochenta': 80,
 'noventa': 90}
