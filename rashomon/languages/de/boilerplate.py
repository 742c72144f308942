"""German: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"unterstützen sie (uns|unsere|unabhängig)", r"\bjetzt (spenden|abonnieren|unterstützen)", r"\bspende[nr]?\b",
    r"newsletter", r"\babonnieren\b", r"liebe leser(innen)?", r"ihre unterstützung",
]

INTERFACE = [
    r"später erinnern", r"lesen sie (auch|mehr)", r"mehr zum thema", r"^teilen$", r"\bcookies?\b", r"^anzeige$",
    r"folgen sie uns", r"alle rechte vorbehalten",
]
