"""Serbian (also read for Croatian and Bosnian): cues of contested claims (the comparison stage).

In the shapes of ``rashomon.comparison.cues``: matched case-insensitively on word boundaries, stems match
every inflection; written in Cyrillic and matching both scripts, with Croatian forms added in Latin letters.
"""

from rashomon.languages.sr.script import either

# Words that tell a matter goes on ("протести се настављају"): a date in their clause is one day of it, not when it
# happened (rashomon/comparison/disputes.py, _continued).
CONTINUED = either(r"наставља\w*|настави\w*|још увек|и даље")

# A comma followed by one of these starts a new clause worth comparing on its own.
CLAUSE_CONJUNCTIONS = either("али|међутим|док|иако|а")
NEGATION = either(r"не|није|нису|нема|никада|ниједан\w*|ништа|немогуће") + r"|nikad"
# Prepositions that deny only the noun after them ("without delay"): no denial of a statement's event.
PRIVATIVE = either("без")
# "When" opening a clause right after a date: the clause tells what happened then.
WHEN = either("када")
# Auxiliary verbs and adverbs of time, which a negation passes to reach the word it denies.
AUXILIARIES = either("било|била|били|биће|може|могу|више")
# What a statement asserts about something planned: halted, never scheduled, or going ahead.
HALTED = either(r"одлож\w*|одгођ\w*|отказ\w*|суспендова\w*|прекинут\w*|помер\w*|првобитно (?:\w+ ){0,2}(?:планиран\w*|заказан\w*)") + r"|odgođ\w*|odgod\w*"

# Rulings of a court ("отказ пресуде"): a halted word in their clause annuls, suspends or
# appeals a ruling, no planned event (rashomon/comparison/cues.py, status_family).
RULINGS = either(r"пресуд\w*")
UNSCHEDULED = either(r"никада није (?:\w+ )?(?:заказан\w*|планиран\w*|договорен\w*)|није било (?:\w+ )?договор\w*")
PROCEEDING = either("одржаће се|биће одржан|по плану|како је планирано") + "|održat će se|bit će održan|kako je planirano"
# Words that make the quantity beside them a requirement, not an account ("270 needed to win", "must win 270"): needs
# and modal verbs of necessity.
NEEDED = either(r"потребн\w*|неопходн\w*") + r"|potrebn\w*"
# Words giving a quantity as an estimate ("about"): two estimates this close are one value told twice.
APPROXIMATE = either("око|отприлике|приближно|скоро|готово") + r"|oko|otprilike|približno|skoro|gotovo"
# Demonstratives ("these"): a count right after one counts what was named before: no account of a count.
DEMONSTRATIVES = either("ови|ове|ова|ових|овим|ти|те|тих|тим") + r"|ovi|ove|ova|ovih|ovim|ti|te|tih|tim"
# Where someone is or died, by a common noun: at home or in hospital.
VENUES = {"home": either("код куће|у свом дому") + r"|kod kuće|u svom domu",
          "hospital": either("у болници|на клиници") + r"|u bolnici|na klinici"}
