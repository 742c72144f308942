"""Bulgarian: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"подкрепете", r"дарете", r"дарение", r"абонирайте се", r"бюлетин", r"скъпи читатели", r"вашата подкрепа",
]

INTERFACE = [
    r"напомни ми по-късно", r"прочетете (още|също)", r"вижте (още|също)", r"^сподели", r"бисквитки", r"^реклама$",
    r"последвайте ни", r"всички права запазени",
]
