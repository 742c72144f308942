"""Serbian (also read for Croatian and Bosnian): text that is not the report (the cleaning stage).

Matched in the lower-cased block at a word start; written in Cyrillic and matching both scripts, with
Croatian forms added in Latin letters. APPEALS: donation, subscription and newsletter appeals. INTERFACE:
page furniture (share, "read more", cookie and copyright lines), counted only in short blocks.
"""

from rashomon.languages.sr.script import either

APPEALS = [
    either(r"подржите (нас|наш|независн)"), either("донирајте"), either("донациј"), either("претплатите се"),
    either("пријавите се за"), either("драги читаоци"), either("ваша подршка"), r"newsletter", r"dragi čitatelji",
    r"pretplatite se",
]

INTERFACE = [
    either(r"прочитајте (још|такође|и)"), either(r"погледајте (још|такође)"), either("^подели"), either("колачић"),
    either("^реклама$"), either("пратите нас"), either("сва права задржана"), r"pročitajte (još|također)",
    r"sva prava pridržana", r"^podijeli", r"^oglas$",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"pročitajte (još|također|i)|pogledajte (još|također)|pratite nas|preuzmite|prijavite se|kliknite|прочитајте (још|такође|и)|погледајте (још|такође)|пратите нас|преузмите|пријавите се|кликните"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"foto|фото|slika|слика"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"na ovoj (?:fotografiji|slici)|на овој (?:фотографији|слици)"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"izvor|извор"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(ovaj|naš) sajt koristi kolačiće", r"\bkoristimo kolačiće", r"(овај|наш) сајт користи колачиће"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"телефон за помоћ|telefon za pomoć|бесплатн\w*|besplatn\w*|24 сата|24 sata|0-24|саветовалишт\w*|savetovališt\w*"
CONTACT = r"e-?mail|имејл|imejl|чет|čet|chat|сајт\w*|sajt\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"телефон за помоћ|telefon za pomoć|саветовалишт\w*|savetovališt\w*"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"полициј\w*|policij\w*|сведо\w*|svedo\w*|МУП|mup"
