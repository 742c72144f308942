"""Spanish: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"apóyanos", r"apoya (nuestro|el periodismo)", r"\bdona(r|ción|ciones)\b", r"suscríbete", r"suscribirse",
    r"boletín", r"queridos lectores", r"estimados lectores", r"tu apoyo",
]

INTERFACE = [
    r"\bjavascript\b",
    r"recordarme más tarde", r"lee (también|más)", r"lea también", r"^compartir", r"\bcookies?\b", r"^publicidad$",
    r"síguenos", r"todos los derechos reservados",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"suscríbete|suscríbase|síguenos|sígueme|descarga (la|nuestra)|haz clic|pulsa aquí|lee también|lea también|mira (el|la) (video|vídeo)|no te pierdas|(también )?te puede interesar|este artículo (fue )?(publicado|apareció) originalmente|ver esta publicación en|la publicación .{1,200}? apareció primero en|la ley de derechos de autor|las opiniones expresadas|más información:|te recomendamos|lee más|leer más|lea más|siga .{1,40}? en (twitter|facebook|instagram)|con (información|reportes?|datos) de"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"fotos?|fotografía|imagen|imágenes"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"en esta (?:foto|fotografía|imagen)|esta (?:foto|fotografía|imagen) muestra"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"pie de foto\s*:"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"fuente"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"nota del? (?:la )?(?:editor|redacción)|n\. de la r\.|(?:queda )?prohibida (?:la|su) reproducción|(?:este|el) (?:artículo|texto) (?:fue|ha sido) (?:actualizado|corregido|modificado)"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(este|nuestro) sitio (web )?(utiliza|usa) cookies", r"\b(utilizamos|usamos) cookies"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"l[ií]nea (?:de ayuda|de atención|gratuita)|tel[ée]fono (?:de ayuda|de la esperanza|gratuito)|gratuit[oa]s?|confidencial|las 24 horas|24/7|atenci[óo]n (?:psicol[óo]gica|telef[óo]nica)|asesoramiento"
CONTACT = r"correo electr[óo]nico|e-?mail|chat|p[áa]gina web|sitio web"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"l[ií]nea (?:de ayuda|de atención)|tel[ée]fono (?:de ayuda|de la esperanza)|tel[ée]fono contra el suicidio"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"polic[ií]a\w*|guardia civil|testigos?|agentes|investigadores|mossos"
