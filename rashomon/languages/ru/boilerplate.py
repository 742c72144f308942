"""Russian: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"поддерж(ите|ать) (нас|редакци|проект|независим)", r"вашей поддержк", r"ваша поддержка", r"задонат",
    r"\bдонат", r"пожертвова", r"подпис(ывайтес|ывайся|аться|ка на)", r"рассылк", r"дорогие читател",
    r"уважаемые читател", r"станьте (подписчиком|патроном|участником)", r"если вы (заметили|нашли) ошибку",
]

INTERFACE = [
    r"\bjavascript\b",
    r"напомнить позже", r"читайте (также|нас)", r"смотрите также", r"^поделит", r"файл(ы|ов) cookie", r"^реклама$",
    r"следите за нами", r"присоединяйтес", r"^\d* ?комментари(и|ев)?$", r"все права защищены", r"новости по теме",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"читайте (также|нас|новости)|подписывайтесь|подпишитесь|смотрите (также|видео)|скачайте|следите за|нажмите|присылайте|материал (был )?(впервые )?опубликован|читайте (далее|дальше)|подробнее (на|читайте|по ссылке)|новости по теме|(?<![,;] )подробн(ее|ости)\s*[—–-]?\s*(в|на) (материале|статье|сюжете)|эта (статья|история) (была )?(первоначально|впервые) опубликована|все права защищены|этот материал нельзя|для получения дополнительной информации|поделиться|другие (свежие |последние )?новости|материалы,? отмеченные|по материалам"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"фото|снимок|фотография"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"на этом (?:фото|снимке)|на этой фотографии"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"подпись к (?:фото|фотографии|изображению)"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"источник"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"примечание редакции|от редакции\s*:|(?:статья|материал|новость) (?:был[ао]? )?обновлен[ао]?|перепечатка (?:материалов )?(?:запрещена|без)|при (?:цитировании|использовании|перепечатке)(?: (?:материалов|информации)(?: [\w-]+){0,3})? (?:активная )?(?:ссылка|гиперссылка)|публику\w* на (?:коммерческой основе|правах рекламы)|на правах рекламы|допуска\w* только (?:при|с) (?:(?:обязательной|прямой|активной|открытой) )*(?:гипер)?ссылк\w*|(?:гипер)?ссылка (?:на [\w.-]+ )?(?:должна|обязательна)|свидетельство о регистрации (?:сми|эл)|учредитель\s*:"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"(наш|этот) сайт использует (файлы )?cookie", r"\bмы используем (файлы )?cookie"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"горяч(?:ая|ей|ую) лини\w+|телефон доверия|бесплатн\w*|круглосуточн\w*|24/7|консультаци\w*|психологическ\w* помощ\w*"
CONTACT = r"электронн\w* почт\w*|e-?mail|чат|сайт\w*"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"горяч(?:ая|ей|ую) лини\w+|телефон доверия|служб\w* психологическ\w+ помощ\w*"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"полици\w+|полицейск\w+|мвд|свидетел\w+|следовател\w+|дежурн\w+ част\w*|гувд|гибдд|ск рф"
