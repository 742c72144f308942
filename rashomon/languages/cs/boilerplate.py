"""Czech: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"podpořte", r"darujte", r"\bdar(em)? (na|pro)\b", r"předplaťte", r"přihlaste se k odběru", r"newsletter",
    r"milí čtenáři", r"vaše podpora",
]

INTERFACE = [
    r"\bjavascript\b",
    r"připomenout později", r"čtěte (také|též|více)", r"^sdílet", r"\bcookies?\b", r"^reklama$", r"sledujte nás",
    r"všechna práva vyhrazena",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"čtěte (také|též|více)|přečtěte si|poslechněte si|podívejte se na|sledujte (nás|náš)|stáhněte|přihlaste se|klikněte|pošlete nám|máte tip"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
# A plain "Zdroj:" is a source line; after "|" or an "(ilustrační foto)" it credits the photo.
CREDITS = r"foto|snímek|obrázek|zdroj foto|\|\s*zdroj|\(ilustrační foto\)\s*zdroj"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"na tomto snímku|na této fotografii|na této fotce"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"popisek\s*:"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"zdroj"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(tento|náš) web (používá|využívá) (soubory )?cookie", r"\bpoužíváme (soubory )?cookie"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"link[ay] (?:důvěry|bezpečí|pomoci)|bezplatn\w*|zdarma|nonstop|24 hodin denně|nepřetržit\w*|poradn\w*|poradenstv\w*"
CONTACT = r"e-?mail|chat|webov\w* stránk\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"link[ay] (?:důvěry|bezpečí|pomoci)|krizov\w+ (?:link\w+|centr\w+)"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"polici\w*|policist\w*|svědk\w*|svědci|vyšetřovatel\w*"
