"""Polish: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"wesprzyj", r"wspieraj nas", r"darowizn", r"wpłać", r"subskrybuj", r"zaprenumeruj", r"newsletter",
    r"drodzy czytelnicy", r"twoje wsparcie", r"zostań patronem",
]

INTERFACE = [
    r"\bjavascript\b",
    r"przypomnij później", r"czytaj (też|także|również|więcej)", r"zobacz (też|także)", r"udostępnij", r"\bcookie",
    r"^reklama$", r"obserwuj nas", r"wszelkie prawa zastrzeżone",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"więcej(?=\s*:)|sprawdź|zapraszamy do (śledzenia|lektury|czytania|oglądania|słuchania)|czytaj (też|także|również|więcej)|zobacz (też|także|również|wideo|więcej)|pobierz|subskrybuj|zapisz się|obserwuj|kliknij|masz newsa|napisz do nas|materiał chroniony prawem autorskim|więcej informacji|wyślij nam|prześlij nam|obserwuj .{1,40}? na|(poniżej )?dalsza część (artykułu|tekstu)"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"fot\.|fot|foto|zdjęcie|zdjęcia"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"na tym zdjęciu|na tej fotografii|to zdjęcie przedstawia"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"podpis (?:zdjęcia|pod zdjęciem)\s*:"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"źródło"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"od redakcji\s*:|nota redakcyjna|(?:artykuł|tekst) (?:został )?zaktualizowany|nie (?:mogą|może) być (?:reprodukowan|kopiowan|rozpowszechnian|powielan)\w*"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(ta|nasza) strona (internetowa )?(używa|wykorzystuje|stosuje) (plików |plik(i|ów) )?cookie", r"\bużywamy (plików )?cookie"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"telefon (?:zaufania|wsparcia)|infolinii|infolinia|bezpłatn\w*|całodobow\w*|przez całą dobę|24/7|czynn[ya] (?:jest|są|całą|od)|porad\w*"
CONTACT = r"e-?mail|czat|chat|stron(?:a|ie|y) (?:internetow|www)\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"telefon (?:zaufania|wsparcia)|infolinii|infolinia|linii wsparcia|linia wsparcia"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"polic\w+|świadk\w*|śledcz\w*|prokuratur\w*|funkcjonariusz\w*|dyżurn\w*"
