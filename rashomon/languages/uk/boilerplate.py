"""Ukrainian: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"підтрима(йте|ти|йте нас|ти нас) ", r"підтримайте", r"вашої підтримки", r"ваша підтримка", r"задонат",
    r"\bдонат", r"пожертв", r"благодійн(ий|і) внес", r"підпис(уйтес|уйся|атися|ка на)", r"розсилк",
    r"дорогі читач", r"шановні читач", r"ставайте (членом|патроном|підписником)", r"\bpatreon\b",
    r"якщо ви (помітили|знайшли) помилку",
]

INTERFACE = [
    r"\bjavascript\b",
    r"нагадати пізніше", r"читайте (також|більше|нас)", r"дивіться також", r"^поділит", r"файл(и|ів) cookie",
    r"^реклама$", r"слідкуйте за нами", r"приєднуйтес", r"^\d* ?коментар(і|ів)?$", r"всі права захищені",
    r"новини по темі", r"найпопулярніш",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"читайте (також|нас|новини)|новини (по|на) темі|підписуйтес|підпишіться|дивіться (також|відео)|завантажте|стежте за|натисніть|надсилайте|матеріал (був )?(вперше )?опублікован|читайте (далі|також)|детальніше (на|читайте|за посиланням)|(?<![,;] )детальніше\s*[—–-]?\s*(в|у|на) (матеріалі|статті|сюжеті)|всі права захищені|усі права захищені|поділитися|інші (свіжі |останні )?новини|матеріали,? позначені"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"фото|світлина|знімок"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"на цьому (?:фото|знімку)|на цій (?:світлині|фотографії)"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"підпис до (?:фото|зображення)"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"джерело"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"примітка редакції|від редакції\s*:|(?:статтю|матеріал|новину) (?:було )?оновлено|передрук (?:матеріалів )?(?:заборонено|без)|при (?:цитуванні|використанні|передруку)(?: (?:матеріалів|інформації)(?: [\w'’-]+){0,3})? (?:активне )?(?:посилання|гіперпосилання)|публіку\w* на (?:комерційній основі|правах реклами)|на правах реклами|дозволя\w* (?:лише|тільки) (?:за умови|з) (?:(?:обов['’ʼ]язков\w*|прям\w*|активн\w*) )*(?:гіпер)?посилан\w*|свідоцтво про (?:державну )?реєстрацію|засновник\s*:"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(наш|цей) сайт використовує (файли )?cookie", r"\bми використовуємо (файли )?cookie"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"гаряч(?:а|ої|у) лін\w+|телефон довіри|безкоштовн\w*|цілодобов\w*|24/7|консультаці\w*|психологічн\w* допомог\w*"
CONTACT = r"електронн\w* пошт\w*|e-?mail|чат|сайт\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"гаряч(?:а|ої|у) лін\w+|телефон довіри|служб\w* психологічн\w+ допомог\w*"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"поліці\w+|поліцейськ\w+|свідк\w+|слідч\w+|мвс|чергов\w+ частин\w*"
