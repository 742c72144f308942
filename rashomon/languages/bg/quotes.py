"""Bulgarian: how reported speech is written (the quotes stage): quotations by their marks, dialogue by dashes."""

# Dialogue is written with leading dashes.
DIALOGUE_DASHES = True
