"""Italian: text that is not the report, matched at a word start."""

# Reader prompts and republication notes that open a sentence or clause ("Leggi anche …", "Scarica l'app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"leggi (anche|di più)|iscriviti|seguici|scarica|clicca|guarda (il|anche) video|non perdere|questo articolo (è stato )?(originariamente|inizialmente) pubblicato"
