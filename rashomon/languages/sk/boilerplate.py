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
