"""Slovene: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"podprite", r"donirajte", r"donacij", r"naročite se", r"novičnik", r"dragi bralci", r"vaša podpora",
]

INTERFACE = [
    r"opomni me kasneje", r"preberite (še|tudi)", r"^deli$", r"piškotk", r"^oglas$", r"sledite nam",
    r"vse pravice pridržane",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"preberite (še|tudi)|sledite nam|prenesite|prijavite se|kliknite|pišite nam"
