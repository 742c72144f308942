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
