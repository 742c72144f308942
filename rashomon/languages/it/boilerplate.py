"""Italian: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"sostieni(ci)? (il|la|l[\'’]|noi|nostro|nostra|giornalismo|informazione)", r"\bdona(re|zione|zioni)\b", r"abbonati (ora|subito|oggi)",
    r"abbonamento digitale", r"iscriviti alla newsletter", r"newsletter", r"cari lettori", r"care lettrici", r"il tuo sostegno",
]

INTERFACE = [
    r"\bjavascript\b",
    r"ricordamelo più tardi", r"leggi (anche|di più|tutto)", r"^condividi", r"\bcookies?\b", r"^pubblicità$",
    r"seguici", r"tutti i diritti riservati", r"riproduzione riservata", r"articoli correlati", r"i più letti",
    r"ti potrebbe interessare",
]

# Reader prompts and republication notes that open a sentence or clause ("Leggi anche …", "Scarica l'app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"leggi (anche|di più)|iscriviti|seguici|seguimi|seguitemi|scarica|clicca|guarda (il|anche) video|non perdere|questo articolo (è stato )?(originariamente|inizialmente) pubblicato|fai clic|per saperne di più|maggiori informazioni|altro da|dai un[\'’]occhiata|visita|(questo articolo )?è apparso per la prima volta|riproduzione riservata|condividi|per favore condividi|(i punti di vista e )?le opinioni (qui )?espress[ei]|segui .{1,40}? su (twitter|facebook|instagram)"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"foto|immagine|immagini|credits?"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"in questa (?:foto|immagine)|questa (?:foto|immagine) mostra"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"didascalia\s*:"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"fonte"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"nota (?:del|della) (?:redattore|redazione)|n\.d\.r\.|(?:è )?vietata la riproduzione|riproduzione vietata|(?:questo|l[\'’]) articolo è stato (?:aggiornato|modificato|corretto)"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(questo|il nostro) sito (web )?(utilizza|usa) (i )?cookie", r"\butilizziamo (i )?cookie"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"numero verde|linea (?:di ascolto|d['’]ascolto)|telefono amico|ascolto|gratuit[oaie]|24 ore su 24|h24|7 giorni su 7|raggiungibil[ei]|consulenza"
CONTACT = r"e-?mail|chat|sito (?:web|internet)"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"numero verde|linea (?:di ascolto|d['’]ascolto)|telefono amico|telefono azzurro|telefono rosa|centro antiviolenza"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"polizia|carabinieri|questura|testimoni|inquirenti|investigatori|agenti"
