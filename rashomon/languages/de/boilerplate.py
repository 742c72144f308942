"""German: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"unterstützen sie (uns|unsere|unabhängig)", r"\bjetzt (spenden|abonnieren|unterstützen)", r"\bspende[nr]?\b",
    r"newsletter", r"\babonnieren\b", r"liebe leser(innen)?", r"ihre unterstützung",
]

INTERFACE = [
    r"\bjavascript\b",
    r"später erinnern", r"lesen sie (auch|mehr)", r"mehr zum thema", r"^teilen$", r"\bcookies?\b", r"^anzeige$",
    r"folgen sie uns", r"alle rechte vorbehalten",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"mehr(?=\s*:)|lesen sie|folgen sie|abonnieren sie|laden sie|klicken sie|melden sie sich|schreiben sie uns|hier finden sie|sehen sie (hier|im|das)|mehr zum thema|mehr dazu|jetzt (lesen|abonnieren|herunterladen)|den vollständigen artikel|weiterlesen|original-content von|folgen sie .{1,40}? auf (twitter|facebook|instagram)|mehr (infos|informationen) (unter|auf|finden)|hier geht es zu|mit material (von|der|aus)"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"fotos?|bild(?:er|quelle)?|quelle foto"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"(?:auf|in) diesem (?:foto|bild)|dieses (?:foto|bild) zeigt"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"bildunterschrift\s*:"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"quelle"

# The reader addressed formally: these words capitalised inside a clause ("Bitte überprüfen Sie …", "in Ihrem
# Webangebot") are page text talking to the reader; at a sentence's or clause's start "Sie" is "they".
FORMAL_READER = r"Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"(?:hinweis|anmerkung) der redaktion|transparenzhinweis|über dieses thema berichtete|(?:dieser|der) (?:artikel|text|beitrag) wurde (?:zuletzt |nachträglich )?(?:aktualisiert|geändert|korrigiert)|(?:dieser|der) (?:artikel|beitrag) erschien (?:zuerst|ursprünglich)"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(diese|unsere) (web)?seite (verwendet|nutzt) cookies", r"\bwir (verwenden|nutzen|setzen) (auf unserer (web)?seite )?cookies"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"hilfetelefon|telefonseelsorge|seelsorge|beratung\w*|berater(?:in|innen)?|hilfsangebot\w*|hilfsstellen?|hilfsdienste?|anlaufstellen?|kostenlos|gebührenfrei|rund um die uhr|erreichbar"
CONTACT = r"e-?mail|chat|webseite|website|internetseite|seite (?:der|des|von)"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"hilfetelefon|telefonseelsorge|seelsorge|beratungs(?:stelle|telefon|hotline)\w*|sorgentelefon|krisendienst\w*"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"polizei\w*|zeug(?:e|en|in|innen)|ermittler\w*|kripo|staatsanwaltschaft|beamt\w+"
