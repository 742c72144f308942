"""Slovak: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"podporte (nás|našu|nezávisl)", r"darujte", r"\bdar(om)? (na|pre)\b", r"predplaťte", r"prihláste sa na odber",
    r"newsletter", r"milí čitatelia", r"vaša podpora", r"ak ste našli chybu",
]

INTERFACE = [
    r"pripomenúť neskôr", r"čítajte (aj|tiež|viac)", r"prečítajte si (aj|tiež)", r"^zdieľať", r"\bcookies?\b",
    r"súbory cookie", r"^reklama$", r"sledujte nás", r"všetky práva vyhradené",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"čítajte (aj|tiež|viac)|prečítajte si|sledujte (nás|náš)|stiahnite|prihláste sa|kliknite|pošlite nám|máte tip"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
# A plain "Zdroj:" is a source line; after "|" or an "(ilustračné foto)" it credits the photo.
CREDITS = r"foto|snímka|obrázok|zdroj foto|\|\s*zdroj|\(ilustračné foto\)\s*zdroj"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"na tejto (?:snímke|fotografii|fotke)"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"zdroj"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(táto|naša) stránka (používa|využíva) (súbory )?cookie", r"\bpoužívame (súbory )?cookie"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"link[ay] (?:dôvery|pomoci)|bezplatn\w*|zadarmo|nonstop|24 hodín denne|nepretržit\w*|poradn\w*|poradenstv\w*"
CONTACT = r"e-?mail|chat|webov\w* stránk\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"link[ay] (?:dôvery|pomoci)|krízov\w+ (?:link\w+|centr\w+)"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"polícia\w*|polície|políciu|políciou|policajt\w*|svedk\w*|vyšetrovatel\w*"
