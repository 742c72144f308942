"""Slovene: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"podprite", r"donirajte", r"donacij", r"naročite se", r"novičnik", r"dragi bralci", r"vaša podpora",
]

INTERFACE = [
    r"opomni me kasneje", r"preberite (še|tudi)", r"^deli$", r"piškotk", r"^oglas$", r"sledite nam",
    r"vse pravice pridržane",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"preberite (še|tudi)|sledite nam|prenesite|prijavite se|kliknite|pišite nam"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"foto|slika|fotografija"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"na tej (?:fotografiji|sliki)"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"vir"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(ta|naša) (spletna )?stran uporablja piškotke", r"\buporabljamo piškotke"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"telefon za pomoč|brezplačn\w*|24 ur na dan|dosegljiv\w*|svetovanj\w*"
CONTACT = r"e-?pošt\w*|e-?mail|klepet\w*|spletn\w* stran\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"telefon za pomoč|klic v stiski|zaupni telefon"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"polici\w*|policist\w*|prič\w*|kriminalist\w*"
