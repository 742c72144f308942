"""Spanish: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"apóyanos", r"apoya (nuestro|el periodismo)", r"\bdona(r|ción|ciones)\b", r"suscríbete", r"suscribirse",
    r"boletín", r"queridos lectores", r"estimados lectores", r"tu apoyo",
]

INTERFACE = [
    r"recordarme más tarde", r"lee (también|más)", r"lea también", r"^compartir", r"\bcookies?\b", r"^publicidad$",
    r"síguenos", r"todos los derechos reservados",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"suscríbete|suscríbase|síguenos|descarga (la|nuestra)|haz clic|pulsa aquí|lee también|lea también|mira (el|la) (video|vídeo)|no te pierdas|te puede interesar|este artículo (fue )?(publicado|apareció) originalmente"
