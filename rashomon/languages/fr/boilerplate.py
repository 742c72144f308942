"""French: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"soutenez(-nous)?", r"faire un don", r"\bfaites un don", r"abonnez-vous", r"newsletter",
    r"lettre d'information", r"chers lecteurs", r"chères lectrices", r"votre soutien",
]

INTERFACE = [
    r"me le rappeler", r"lire (aussi|la suite|plus)", r"\bà lire aussi\b", r"^partager", r"\bcookies?\b",
    r"^publicité$", r"suivez-nous", r"tous droits réservés",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"ne (ratez|manquez)|abonnez-vous|inscrivez-vous|suivez-nous|téléchargez|cliquez|retrouvez (tous|toute|nos|l[\'’]|notre)|découvrez (nos|notre|tous)|lire aussi|à lire aussi|à voir aussi|cet article (a été )?(initialement|d[\'’]abord) (paru|publié)"
