"""Cue phrases of text that is not the report, in the languages Rashomon reads most.

Two kinds, matched in the lowercased block, each at the start of a word:

* APPEAL cues — donation, membership, subscription and newsletter appeals, the
  publisher talking to "dear readers", calls to report a typo (Ctrl+Enter),
  affiliate-link disclosures. A block with one is an appeal; where a
  run of them closes (or opens) an article, the run is cut.
* INTERFACE cues — page furniture that leaks into text: share / "read more" /
  "read also" lines, cookie notices, "remind me later", follow-us lines,
  copyright lines. They only count in short blocks (a line of furniture, not a
  sentence of the report that mentions cookies).

Stems rather than whole words keep the lists short across inflecting languages
(uk/ru/pl/cs/bg/sl). Phrases are chosen so that news prose rarely contains them:
"subscribe to", not "subscribers"; "support us", not "support".
"""

from __future__ import annotations

import re

APPEAL_CUES = {
    "en": [
        r"\bsupport (us|our (work|journalism|newsroom|reporting|mission)|independent (journalism|media|news))",
        r"\bby supporting\b", r"\byour support\b", r"\bplease (support|donate|consider|subscribe|help)",
        r"\bdonat(e|ion|ing)\b", r"\bmake a (contribution|gift|donation)", r"\bcontribut(e|ion)s? (today|now|monthly)",
        r"\bevery contribution\b", r"\bbecome a (member|patron|subscriber|supporter|paid)", r"\bsubscribe (to|now|today|for)\b",
        r"\bsign up (for|to)\b", r"\bnewsletter", r"\bin your inbox\b", r"\bdear readers?\b", r"\ba message from\b",
        r"\bwe need your help\b", r"\bthank you for (reading|standing|supporting|your support)", r"\bpatreon\b",
        r"\bstarting (from|at) just\b", r"\bkeep (our|this) journalism\b", r"\bunlimited (digital )?access\b",
        r"\balready a subscriber\b", r"\bfree trial\b", r"ctrl\s*\+\s*enter", r"\bspotted (a|an) (mistake|error|typo)",
        r"\baffiliate links?\b", r"\b(may )?earn (a )?commissions?\b", r"\bget a demo\b",
    ],
    "uk": [
        r"підтрима(йте|ти|йте нас|ти нас) ", r"підтримайте", r"вашої підтримки", r"ваша підтримка", r"задонат", r"\bдонат",
        r"пожертв", r"благодійн(ий|і) внес", r"підпис(уйтес|уйся|атися|ка на)", r"розсилк", r"дорогі читач", r"шановні читач",
        r"ставайте (членом|патроном|підписником)", r"\bpatreon\b", r"якщо ви (помітили|знайшли) помилку",
    ],
    "ru": [
        r"поддерж(ите|ать) (нас|редакци|проект|независим)", r"вашей поддержк", r"ваша поддержка", r"задонат", r"\bдонат",
        r"пожертвова", r"подпис(ывайтес|ывайся|аться|ка на)", r"рассылк", r"дорогие читател", r"уважаемые читател",
        r"станьте (подписчиком|патроном|участником)", r"если вы (заметили|нашли) ошибку",
    ],
    "de": [
        r"unterstützen sie (uns|unsere|unabhängig)", r"\bjetzt (spenden|abonnieren|unterstützen)", r"\bspende[nr]?\b",
        r"newsletter", r"\babonnieren\b", r"liebe leser(innen)?", r"ihre unterstützung",
    ],
    "fr": [
        r"soutenez(-nous)?", r"faire un don", r"\bfaites un don", r"abonnez-vous", r"newsletter", r"lettre d'information",
        r"chers lecteurs", r"chères lectrices", r"votre soutien",
    ],
    "es": [
        r"apóyanos", r"apoya (nuestro|el periodismo)", r"\bdona(r|ción|ciones)\b", r"suscríbete", r"suscribirse",
        r"boletín", r"queridos lectores", r"estimados lectores", r"tu apoyo",
    ],
    "pl": [
        r"wesprzyj", r"wspieraj nas", r"darowizn", r"wpłać", r"subskrybuj", r"zaprenumeruj", r"newsletter",
        r"drodzy czytelnicy", r"twoje wsparcie", r"zostań patronem",
    ],
    "cs": [
        r"podpořte", r"darujte", r"\bdar(em)? (na|pro)\b", r"předplaťte", r"přihlaste se k odběru", r"newsletter",
        r"milí čtenáři", r"vaše podpora",
    ],
    "bg": [r"подкрепете", r"дарете", r"дарение", r"абонирайте се", r"бюлетин", r"скъпи читатели", r"вашата подкрепа"],
    "sl": [r"podprite", r"donirajte", r"donacij", r"naročite se", r"novičnik", r"dragi bralci", r"vaša podpora"],
}

INTERFACE_CUES = {
    # Words that also open sentences of a report ("Share prices fell", "Close to 100 people")
    # only count as the whole line (^…$).
    "en": [
        r"\bremind me later\b", r"\bread (more|also|next)\b", r"\bsee also\b", r"\brelated (articles?|stories|content|posts?)\b",
        r"\bshare (this|on|via)\b", r"^share( (article|story))?$", r"\bclick here\b", r"\bcookies?\b", r"\bprivacy (policy|settings)\b",
        r"\bterms of (use|service)\b", r"\ball rights reserved\b", r"©", r"\bfollow us\b", r"^advertisement$",
        r"\bskip to (main )?content\b", r"^(log|sign) in\b", r"^\d* ?comments?$", r"^print( this)?( article| page)?$",
        r"\bemail this\b", r"\bmost (read|popular)\b", r"\btrending now\b", r"^loading", r"^close$", r"\bno thanks\b",
        r"\blisten to (this|the) (article|story)\b", r"^watch:", r"\bjoin (us|our) on\b",
    ],
    "uk": [
        r"нагадати пізніше", r"читайте (також|більше|нас)", r"дивіться також", r"^поділит", r"файл(и|ів) cookie", r"^реклама$",
        r"слідкуйте за нами", r"приєднуйтес", r"^\d* ?коментар(і|ів)?$", r"всі права захищені", r"новини по темі", r"найпопулярніш",
    ],
    "ru": [
        r"напомнить позже", r"читайте (также|нас)", r"смотрите также", r"^поделит", r"файл(ы|ов) cookie", r"^реклама$",
        r"следите за нами", r"присоединяйтес", r"^\d* ?комментари(и|ев)?$", r"все права защищены", r"новости по теме",
    ],
    "de": [r"später erinnern", r"lesen sie (auch|mehr)", r"mehr zum thema", r"^teilen$", r"\bcookies?\b", r"^anzeige$", r"folgen sie uns", r"alle rechte vorbehalten"],
    "fr": [r"me le rappeler", r"lire (aussi|la suite|plus)", r"\bà lire aussi\b", r"^partager", r"\bcookies?\b", r"^publicité$", r"suivez-nous", r"tous droits réservés"],
    "es": [r"recordarme más tarde", r"lee (también|más)", r"lea también", r"^compartir", r"\bcookies?\b", r"^publicidad$", r"síguenos", r"todos los derechos reservados"],
    "pl": [r"przypomnij później", r"czytaj (też|także|również|więcej)", r"zobacz (też|także)", r"udostępnij", r"\bcookie", r"^reklama$", r"obserwuj nas", r"wszelkie prawa zastrzeżone"],
    "cs": [r"připomenout později", r"čtěte (také|též|více)", r"^sdílet", r"\bcookies?\b", r"^reklama$", r"sledujte nás", r"všechna práva vyhrazena"],
    "bg": [r"напомни ми по-късно", r"прочетете (още|също)", r"вижте (още|също)", r"^сподели", r"бисквитки", r"^реклама$", r"последвайте ни", r"всички права запазени"],
    "sl": [r"opomni me kasneje", r"preberite (še|tudi)", r"^deli$", r"piškotk", r"^oglas$", r"sledite nam", r"vse pravice pridržane"],
}


def _compile(cues: dict[str, list[str]]) -> re.Pattern:
    """One pattern for all languages, matched against lowercased text.

    Every cue starts a word, so the alternation is only tried where a word
    starts: six times faster than trying it at every character.
    """
    alternatives = "|".join(f"(?:{cue})" for language in cues.values() for cue in language)
    return re.compile(rf"(?<!\w)(?:{alternatives})")


APPEAL = _compile(APPEAL_CUES)
INTERFACE = _compile(INTERFACE_CUES)
