"""Serbian (also read for Croatian and Bosnian): abbreviations that never end a sentence (the sentences stage).

Titles and "that is"/"for example" stand before what follows ("др. Јовановић", "тј. министар"); words that
often close a sentence ("итд.", "год.") are left out.
"""

from rashomon.languages.patterns import words
from rashomon.languages.sr.script import both

ABBREVIATIONS = both("др мр проф тј нпр бр гђа гђица ул св ген пук") | words("sv")
