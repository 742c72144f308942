"""Slovak: how names are written and inflected (the entities stage)."""

# Case and possessive endings of names the dictionary does not know, "ending:what the nominative ends in".
NAME_ENDINGS = "ovej: ových: ovi: ovu: om: em: ou:a u: a: y:a e:a i:a"

# simplemma's dictionary for lemmas and the ordinary-word test.
SIMPLEMMA = "sk"

# A place in the genitive after an organisation completes its name ("МИД Великобритании").
GENITIVE_COMPLEMENTS = True

# Women's surnames and possessives add "-ov-" to the surname (Mayová, Johnsonova).
OV_SURNAMES = True
