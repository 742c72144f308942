"""English: text that is not the report (the cleaning stage), matched in the lower-cased block at a word start.

APPEALS: donation, membership, subscription and newsletter appeals. INTERFACE: page furniture (share, "read
more", cookie and copyright lines), counted only in short blocks.
"""

APPEALS = [
    r"\bsupport (us|our (work|journalism|newsroom|reporting|mission)|independent (journalism|media|news))",
    r"\bby supporting\b", r"\byour support\b", r"\bplease (support|donate|consider|subscribe|help)",
    r"\bdonat(e|ion|ing)\b", r"\bmake a (contribution|gift|donation)", r"\bcontribut(e|ion)s? (today|now|monthly)",
    r"\bevery contribution\b", r"\bbecome a (member|patron|subscriber|supporter|paid)",
    r"\bsubscribe (to|now|today|for)\b", r"\bsign up (for|to)\b", r"\bnewsletter", r"\bin your inbox\b",
    r"\bdear readers?\b", r"\ba message from\b", r"\bwe need your help\b",
    r"\bthank you for (reading|standing|supporting|your support)", r"\bpatreon\b", r"\bstarting (from|at) just\b",
    r"\bkeep (our|this) journalism\b", r"\bunlimited (digital )?access\b", r"\balready a subscriber\b",
    r"\bfree trial\b", r"ctrl\s*\+\s*enter", r"\bspotted (a|an) (mistake|error|typo)", r"\baffiliate links?\b",
    r"\b(may )?earn (a )?commissions?\b", r"\bget a demo\b",
]

# Words that also open sentences of a report ("Share prices fell", "Close to 100 people") only count as the
# whole line (^…$).
INTERFACE = [
    r"\bjavascript\b",
    r"\bremind me later\b", r"\bread (more|also|next)\b", r"\bsee also\b",
    r"\brelated (articles?|stories|content|posts?)\b", r"\bshare (this|on|via)\b", r"^share( (article|story))?$",
    r"\bclick here\b", r"\bcookies?\b", r"\bprivacy (policy|settings)\b", r"\bterms of (use|service)\b",
    r"\ball rights reserved\b", r"©", r"\bfollow us\b", r"^advertisement$", r"\bskip to (main )?content\b",
    r"^(log|sign) in\b", r"^\d* ?comments?$", r"^print( this)?( article| page)?$", r"\bemail this\b",
    r"\bmost (read|popular)\b", r"\btrending now\b", r"^loading", r"^close$", r"\bno thanks\b",
    r"\blisten to (this|the) (article|story)\b", r"^watch:", r"\bjoin (us|our) on\b",
    r"\bvideo (has )?failed to load\b", r"\brefresh(ing)? (your|the) (browser|page)\b",
]

# Reader prompts and republication notes that open a sentence or clause ("Read also …", "Download the app"):
# such a sentence is page furniture, not a claim (rashomon/comparison/statements.py).
PROMPTS = r"(more|related)(?=\s*:)|visit|download|subscribe|sign ?up|follow (us|me|@)|send (us |your )?(questions|comments|tips|news)|click|tap|read (more|also|next)|watch (the|our|more|live)|listen (to|on)|don[\'’]t miss|check out|find out more|get (the|our) (latest|app)|this (article|story) (was )?(originally|first) (appeared|published)|(reproduced|republished) with permission|originally published|reprinted (with permission )?from|the post .{1,200}? appeared first on|(the )?views (and opinions )?expressed (here|in this)|see also|to read more|write to|email (him|her|us|the (author|reporter|writer))|get in touch|follow .{1,40}? on (twitter|facebook|instagram)|(additional )?reporting by|(writing|editing|compiled) by|with (additional )?reporting (by|from)|contributing\s*:"

# Labels of photo credits ("Photo: AFP", "(Image: Reuters)"): the text before a credit is its photo's caption
# (rashomon/comparison/furniture.py). Matched case-insensitively before a colon or slash.
CREDITS = r"photos?|photograph|pictures?|images?(?: source)?|credit"

# A sentence that points at "this" photo ("seen in this photo") is a caption, not a claim; "the photo" and
# "(pictured)" also stand in report sentences.
CAPTIONS = r"in this (?:file )?(?:photo|picture|image|handout)|this (?:photo|picture|image) (?:shows|was taken)"

# Labels that open a photo caption ("Image caption …"), in whatever language the page around it is.
CAPTION_LABELS = r"image caption|photo caption|caption\s*:"

# Labels of a source line ("Source: PAP", "Источник - newsru.co.il"): a short unit that opens with one is no claim.
SOURCE_LABELS = r"source"

# Editorial and legal notices ("Editor's note:", "This material may not be published …", "Hinweis der Redaktion"):
# wherever they stand in a unit and however long it is, the unit is no claim (rashomon/comparison/furniture.py).
NOTICES = r"editor[\'’]?s note|note to editors|this (?:material|article|story|content) (?:may|must) not be (?:re)?published|(?:is|was) (?:auto-generated|automatically generated) from|(?:this|the) (?:story|article) has not been edited|this (?:story|article) (?:has been|was) (?:updated|corrected)|created this (?:story|article|report) (?:using|with)"

# Cookie consent notices: page furniture wherever they stand and however long (rashomon/cleaning/boilerplate.py).
CONSENT = [r"\b(our|this) (web)?site uses cookies", r"\bwe use cookies\b", r"\bby (continuing to use|using) (this|our) (web)?site\b"]

# A service box (a helpline, a counselling offer, "can be reached around the clock at …"): SERVICE, words that offer a
# service, and CONTACT, ways to reach one. A unit with a telephone number and SERVICE words near it is the box, and
# so are the units right after it that hold a word of either (rashomon/comparison/furniture.py); matched in lower
# case at a word start. Police appeals ("call Crime Stoppers anonymously at …") are claims: no words of theirs here.
SERVICE = r"helplines?|lifeline|counsell?ing|counsellors?|free of charge|confidential|24/7|24 hours a day|around the clock|round the clock|(?:can|may) be reached|samaritans|crisis (?:line|centre|center)|support line"
CONTACT = r"e-?mail|online chat|chat|website|text (?:line|us|home)"

# Names of a helpline or counselling service (a noun): one near a number makes a service box, as two SERVICE words do.
HELPLINES = r"helplines?|lifeline|samaritans|childline|crisis (?:line|centre|center)|support line|counsell?ing (?:service|line)s?"
# The police and its appeals to witnesses: a unit with one of these that gives a number is an appeal, a claim.
POLICE = r"police|officers?|detectives?|investigators?|witness(?:es)?|crime stoppers|sheriff\w*|constabulary"
