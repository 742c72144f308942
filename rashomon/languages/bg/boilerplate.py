"""Bulgarian: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"подкрепете", r"дарете", r"дарение", r"абонирайте се", r"бюлетин", r"скъпи читатели", r"вашата подкрепа",
]

INTERFACE = [
    r"напомни ми по-късно", r"прочетете (още|също)", r"вижте (още|също)", r"^сподели", r"бисквитки", r"^реклама$",
    r"последвайте ни", r"всички права запазени",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"прочетете (още|също)|вижте (още|също)|последвайте ни|абонирайте се|изтеглете|кликнете|пишете ни"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"снимк[аи]|фото"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"на тази снимка"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"източник"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(този|нашият) (уеб)?сайт използва (бисквитки|cookie)", r"\bизползваме (бисквитки|cookie)"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"гореща линия|телефон за помощ|безплатн\w*|денонощн\w*|24/7|консултаци\w*"
CONTACT = r"електронна поща|имейл|e-?mail|чат|сайт\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"гореща линия|телефон за помощ|телефон на доверието"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"полици\w+|свидетел\w*|мвр|разследващ\w*|дежурн\w+ част\w*"
