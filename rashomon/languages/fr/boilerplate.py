"""French: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"soutenez(-nous)?", r"faire un don", r"\bfaites un don", r"abonnez-vous", r"newsletter",
    r"lettre d'information", r"chers lecteurs", r"chères lectrices", r"votre soutien",
]

INTERFACE = [
    r"\bjavascript\b",
    r"me le rappeler", r"lire (aussi|la suite|plus)", r"\bà lire aussi\b", r"^partager", r"\bcookies?\b",
    r"^publicité$", r"suivez-nous", r"tous droits réservés",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"ne (ratez|manquez)|abonnez-vous|inscrivez-vous|suivez-nous|suivez-moi|téléchargez|cliquez|retrouvez (tous|toute|nos|l[\'’]|notre)|découvrez (nos|notre|tous)|lire aussi|à lire aussi|à voir aussi|cet article (a été )?(initialement|d[\'’]abord) (paru|publié)|lire la suite|voir aussi|en savoir plus|plus d[\'’]infos|pour (le|la|nous) contacter|les opinions exprimées|suivez .{1,40}? sur (twitter|facebook|instagram)|avec (les )?agences|ndlr\s*:"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"photos?|crédits?(?: photo)?|image"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"sur cette (?:photo|image)|cette (?:photo|image) montre"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"légende\s*:"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"source"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"note de la rédaction|reproduction interdite|toute reproduction (?:totale ou partielle |même partielle )?(?:est )?interdite|(?:cet|l[\'’]) article a été (?:mis à jour|modifié|corrigé)"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(ce|notre) site utilise des cookies", r"\bnous utilisons des cookies"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"num[ée]ro (?:vert|gratuit|d['’]écoute)|ligne d['’]écoute|écoute|gratuit(?:e|ement)?|24 ?h ?/ ?24|24 heures sur 24|7 jours sur 7|joignables?|accompagnement"
CONTACT = r"courriel|e-?mail|chat|tchat|site (?:internet|web)"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"num[ée]ro (?:vert|d['’]écoute)|ligne d['’]écoute|sos amitié|cellule d['’](?:écoute|aide psychologique)"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"police|policiers?|gendarm\w+|enquêteurs?|témoins?|parquet|commissariat"
