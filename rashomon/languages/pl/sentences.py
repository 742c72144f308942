"""Polish: abbreviations that never end a sentence (the sentences stage).

"godz." (hour) and "ok." (about) stand before a number ("około godz. 19.40", "ok. 20 osób"), "ul." before a
street, "tzw."/"np." before what they introduce, titles before a name; words that often close a sentence
("itd.", "r.") are left out.
"""

from rashomon.languages.patterns import words

ABBREVIATIONS = words("godz ok ul tzw np prof dr hab mgr inż gen płk św")
