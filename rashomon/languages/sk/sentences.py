"""Slovak: abbreviations that never end a sentence (the sentences stage).

Academic titles stand before a name ("Ing. Kováč"), "tzv."/"napr." before what they introduce; words that
often close a sentence ("atď.") are left out.
"""

from rashomon.languages.patterns import words

ABBREVIATIONS = words("napr tzv resp tj prof doc ing mgr judr mudr phdr rndr paeddr ul sv č gen")
