"""Which parts of an article state something, and which are page furniture.

A sentence is cut where a photo credit starts inside it ("… Kabuga. Foto: REUTERS/…"), so a
caption and the credit after it are units of their own, and after a line without an end mark when the next
line opens with a capital or a digit (a heading or label the splitter joined to the paragraph after it: "Source:
ANI⏎Get the latest news …"); a unit starts after a wire dateline
(", 04:00 REGNUM ", "INTERFAX.RU - "). A unit is no statement when it is:

- a fragment, heading, byline, credit, dateline or timestamp (``is_statement``: too few words
  or lower-case words, unpunctuated with few, a bracketed agency tag, a source line, short unpunctuated lines, a
  label and its value, a list of tags),
  or, but for the first unit (the headline, which may lack a verb), a unit without a predicate (``predicate.py``:
  "An analysis by … for EURACTIV Germany", "“Parkmed Eliza, 14, and a son Oscar, 10.") or a teaser the page cut
  off (an ellipsis set off by a space at its end: "Laut dem SPD-Chef sollte ...");
- an editorial or legal notice anywhere in it (each language's ``boilerplate.NOTICES``: "Editor's note", "This
  material may not be published …", "Hinweis der Redaktion");
- a reader prompt, a republication note or a line of interface text (each language's
  ``boilerplate.PROMPTS`` at a clause start; in a short unit, the cleaning lexicon's interface cues
  and a source line's label, ``boilerplate.SOURCE_LABELS``: "Источник - …"), or a question (of at most
  ``QUESTION_MAX_WORDS`` words) or an address to the reader outside the quotations it holds (also, but in the first
  unit, the formal "Sie" inside a clause, ``boilerplate.FORMAL_READER``); a quotation that runs on past the unit
  covers all of it. The first unit carries the headline: it may ask, and, when long, hold a box that talks to the
  reader between the headline and the lead;
- a contact line: a labelled telephone number or address ("Tel.: …"), or a short unit with an
  e-mail address ("Write to … at …");
- a service box: a unit with a telephone number and a word that offers a service (each language's
  ``boilerplate.SERVICE``: "helpline", "rund um die Uhr erreichbar", "numero verde", "телефон доверия") near the
  number, and the units right after it that hold such a word or a way to reach the service (``boilerplate.CONTACT``:
  "Auch eine Beratung über E-Mail ist möglich."); likewise a cookie consent notice (``boilerplate.CONSENT``) and the
  units about cookies right after it;
- a caption: it opens with a caption label ("Image caption", any language's
  ``boilerplate.CAPTION_LABELS``), it points at its photo ("seen in this photo", each language's
  ``boilerplate.CAPTIONS``), or it is a short unit right before a photo credit (each language's
  ``boilerplate.CREDITS``, and ©) that is not the article's last unit, other than the article's first
  unit (which carries the headline);
- a sub-heading: a short line of its own without an end mark before a paragraph with one (``_is_subheading``;
  a question the next paragraph answers, "Где и как можно будет сделать прививку"), other than the first unit;
- readers' comments under the report (shouting "!!!", rows of asterisks);
- the tail of the page: short unpunctuated lines after a prompt or contact line among the
  article's last ``TAIL_UNITS`` units (the teaser headline after "Mehr:"), and everything after a run of
  ``PAGE_RUN`` units that talk to the reader when no more statements than that follow (a registration
  wall and the page's text about itself, ``_page_tail``).

A timestamp ("Dec. 24, 12:31 p.m.") has no lower-case words: one-letter abbreviations do not count.
"""

from __future__ import annotations

import re
from functools import cache

from rashomon.cleaning.lexicon import CONSENT, INTERFACE
from rashomon.comparison.cues import addresses_reader, prompts_reader
from rashomon.comparison.names import WORD
from rashomon.comparison.predicate import has_predicate
from rashomon.languages import every, value
from rashomon.model import Sentence

# Sentences shorter than this are fragments, not claims.
MIN_STATEMENT_WORDS = 3
# A unit of at most this many words before a photo credit is the photo's caption; a longer one is
# a sentence of the report that a photo follows. Of the 140 units before a credit in the SemEval
# dev texts (en, de, es, fr, it, pl, ru), those up to 16 words are captions, credits and labels
# but for a few restated facts; from 18 words on they are nearly all report sentences.
CAPTION_MAX_WORDS = 16
# Interface cues ("Share this", "All rights reserved") and e-mail addresses count in units of at most this
# many words.
INTERFACE_MAX_WORDS = 12
# A prompt or contact line among an article's last this many units starts the page's tail, where short
# unpunctuated lines are teasers. Of 60 units after such a prompt in the SemEval dev texts, those that
# end with a full stop were as often report sentences (an inline "Read also" mid-report) as furniture.
TAIL_UNITS = 3
TEASER_MAX_WORDS = 10
# Paragraphs cut off by an ellipsis in one article from which they are a list of teasers (_cut_paragraphs). In the
# 3,448 SlavicNER raw documents 2 pages have 10 and 14 (teasers of other reports), 8 have one (a writer's ellipsis,
# a "..." for "and so on", a lone teaser).
TEASER_PARAGRAPHS = 2
# This many units in a row that talk to the reader, with no more statements after them than the run is long, end
# the report: what follows belongs to the page (a registration wall's own sentences). In the SemEval dev texts
# three such units also stand in reports (a columnist's questions to the readers).
PAGE_RUN = 4
# Lines of at most this many words, none with an end mark, are a box of labels and values ("autor: PAP/Jan
# Kowalski"); a headline that a site's name follows on its own line is longer.
LABEL_LINE_MAX_WORDS = 6
# A unit that ends in a question mark is a question to the reader up to this many words. Of the 35 longer ones in the
# SemEval dev texts, most are a headline or a report's sentence that the page (or a splice) glued a question to.
QUESTION_MAX_WORDS = 26
# A telephone number has at least this many digits ("116 123", the European helplines' numbers).
PHONE_DIGITS = 6
# A word that offers a service stands this close to the number it gives (characters either side): in a long unit
# that a page glued together, a number and a service word far apart are parts of different things.
SERVICE_REACH = 80
# A unit after a service box that offers a service or a way to reach it belongs to the box up to this many words ("Eine
# Liste mit bundesweiten Hilfsstellen findet sich auf der Seite der …", 14); a longer one is the report going on.
SERVICE_FOLLOW_MAX_WORDS = 16
# A list of tags: at least this many items of at most this many words each, parted by commas, without an end mark
# (a bullet list item may name five: "Это медики, военнослужащие, работники соцсферы, учителя, пожилые люди").
TAG_ITEMS = 6
TAG_WORDS = 4
# A line of its own of at most this many words and without an end mark is a sub-heading.
HEADING_MAX_WORDS = 16

# What may close a sentence after its end mark: quotation marks (German ones close with “ and ‘), brackets.
_CLOSING = " \"'”’“‘»)"
_END_MARKS = (".", "!", "?", "…")
_LIST_ITEM = re.compile(r"[-–—•*·]|\d{1,2}[.)]\s")
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
# A quotation that opens and closes inside the unit: what the page itself says is the rest ("Indem Sie „Akzeptieren
# und schließen“ anklicken, stimmen Sie … zu").
_QUOTATION = re.compile(r"„[^„“”]*[“”]|“[^“”]*”|\"[^\"]*\"|«[^«»]*»|‘[^‘’]*’|(?<!\w)'[^'\n]{1,80}'(?!\w)")
# An ellipsis set off by a space at a unit's end: the page cut a teaser off there ("Walter-Borjans will, dass ...",
# "почему об …"); a sentence that trails off keeps it on its last word ("and then..."). The first unit may be a feed's
# cut description and all there is of the article; a quotation left open at the end is someone trailing off.
_CUT_OFF = re.compile(r"\s(?:…|\.\.\.)[\s\"'”’»)]*$")
# Shouting ("!!!", "???") and rows of asterisks: readers' comments under the report, not its prose.
_SHOUTING = re.compile(r"[!?]{3,}|\*{4,}")
_WEB_ADDRESS = re.compile(r"https?://|www\.|\w\.(?:com|org|net|de|fr|pl|es|it|ru|ua|uk|cz|bg|si|info)\b", re.IGNORECASE)
# An address, also as web pages obfuscate it ("name(at)host.de", "[email protected]").
_EMAIL = re.compile(r"[\w.+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}|\[email[\s\u00a0]protected\]",
                    re.IGNORECASE)
# A label before a telephone number or an address ("Tel.: +49 …", "E-Mail: …"): a contact box, at any length.
_CONTACT_LABEL = re.compile(r"(?<!\w)(?:tel|telefon|phone|fax|e-?mail|тел|телефон)\.?\s?:\s*[\d+(\[\w]", re.IGNORECASE)
# A longer label before a telephone number ("Номер телефона редакции …: +7 (495) …", "Telefon der Redaktion: 030 …").
_CONTACT_LABEL_LONG = re.compile(
    r"(?<!\w)(?:tel|telefon|phone|fax|тел|телефон|телефона|telefonu|telefono|téléphone|teléfono)\w*"
    r"(?:\s+[^\s:]+){1,6}\s?:\s*(?:\+|\(\d|\d{2,}|\d\s*\(\d)", re.IGNORECASE)
_LINE_START = re.compile(r"[\W_]*")
# Speech set off by dashes at a unit's start, with the report going on after the closing dash ("– Ti assicuro che il
# governo non cadrà – ha detto Conte", "- Sprawdź, co się stało - krzyknął policjant").
_DASH_QUOTE = re.compile(r"^\s*[-–—]\s*[^-–—]+?\s[-–—]\s*(?=\w)")
# A label, a colon and a figure of at most two words ("Liczba głosów elektorskich: 29."); not a clock time ("8:02").
_LABEL_VALUE = re.compile(r"(?P<label>[^:\n]{1,60}\D):\s*(?=\S*\d)\S+(?:\s\S+)?[.]?")
# A telephone number: digit groups parted by spaces, slashes, hyphens or brackets, maybe after a country code.
_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s/-]*)?(?:\(\d{1,5}\)[\s/-]*)?\d{1,5}"
                    r"(?:[\s/-]{1,3}(?:\(\d{1,5}\)|\d{1,5})){1,6}(?![\w,]|\.\d)")
_BRACKETED = re.compile(r"\([^()]*\)")
_COOKIE = re.compile(r"(?<!\w)cookies?(?!\w)", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"\d{4}\s*[-/–]\s*\d{2,4}")
# A wire dateline before a unit's first word: an agency in capitals after a clock time (", 04:00 REGNUM ") or
# before a dash ("INTERFAX.RU - "). It is no part of the statement.
_DATELINE = re.compile(
    r"[\s,.;:]*(?:(?P<time>\d{1,2}:\d{2}\s+)(?P<after>[\w.]{3,}\s+)?|(?P<agency>[\w.]{3,})\s+[-–—]\s+)")
# A line break after a line without an end mark, colon or comma, before a line that opens with a capital or a digit:
# the line is a heading or a label ("Source: ANI", "Dynamic Pricing"), not a sentence that a line break cuts (those
# go on in lower case); the unit after the break starts at its first character.
_LINE_BREAK = re.compile(r"(?<=[^\s.!?…:;,\-–—])[ \t]*\n\s*(?=\w)")
# A credit in brackets starts at its bracket ("(AP Photo/…", "(Foto: dpa)").
_OPEN_BRACKET = re.compile(r"[(\[][^()\[\]]{0,30}")
_OPEN_BRACKET_AT_END = re.compile(rf"{_OPEN_BRACKET.pattern}$")


def statement_spans(text: str, sentences: list[Sentence], language: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the units of ``text`` that are statements, in text order."""
    units = _units(text, sentences)
    starts_credit = [_starts_with_credit(text[start:end]) for start, end in units]
    kept = [is_statement(text[start:end], language, headline=index == 0) for index, (start, end) in enumerate(units)]
    # The first unit is never a caption or a prompt of this kind: it carries the headline, which a page may
    # glue to its prompts ("… vor  Geben Sie mit Hinweisen …").
    for index in range(1, len(units)):
        unit = text[slice(*units[index])]
        # A credit that ends the article is its copyright line ("© 2019 CBS"), not a photo's.
        before_credit = index + 2 < len(units) and starts_credit[index + 1]
        caption = before_credit and len(WORD.findall(unit)) <= CAPTION_MAX_WORDS
        unquoted = _unquoted(unit)
        formal_address = unquoted is not None and _formal_reader(language).search(unquoted)
        if caption or formal_address or _is_subheading(text, *units[index]):
            kept[index] = False
    tail = _teaser_after_prompt(text, units, language) | _service_box(text, units, language)
    tail |= _cut_paragraphs(text, units)
    kept = [keep and index not in tail for index, keep in enumerate(kept)]
    return [unit for unit, keep in zip(units, kept[:_page_tail(text, units, kept, language)]) if keep]


def _page_tail(text: str, units: list[tuple[int, int]], kept: list[bool], language: str) -> int:
    """Where the page's own text takes over for good (``len(units)`` when it does not): a run of at least
    PAGE_RUN units that talk to the reader (a registration wall: "Bitte registrieren!", "Sie haben noch keinen
    Zugang zum Archiv?", prompts, contact lines) after which no more statements follow than the run is long;
    those are the wall's own sentences ("Unser Nachrichtenportal dokumentiert …")."""
    run = 0
    for index in range(1, len(units)):  # the first unit carries the headline
        run = run + 1 if not kept[index] and _talks_to_reader(text[slice(*units[index])], language) else 0
        if run >= PAGE_RUN and sum(kept[index + 1:]) <= run:
            return index + 1 - run
    return len(units)


def _talks_to_reader(unit: str, language: str) -> bool:
    """A prompt, a contact line, a question, an exclamation or the reader addressed, outside quotation marks."""
    if _opens_with_prompt(unit, language) or prompts_reader(unit, language) or is_contact(unit):
        return True
    unquoted = _unquoted(unit)
    if unquoted is None:
        return False
    return (unquoted.rstrip(_CLOSING).endswith(("?", "!")) or addresses_reader(unquoted, language)
            or bool(_formal_reader(language).search(unquoted)))


def is_statement(text: str, language: str, headline: bool = False) -> bool:
    """Whether a unit states something, judged on its own text (see the module's docstring). A ``headline`` (the
    article's first unit) may ask ("Dymisja Andrzeja Dudy sposobem na wybory?"), and a long one may hold a sign-up
    box glued between the headline and the lead: that alone does not make it page text."""
    words = WORD.findall(text)
    lower = _lower_words(text)
    stripped = text.rstrip(_CLOSING)
    unquoted = _unquoted(text)
    return not (
        len(words) < MIN_STATEMENT_WORDS or lower < 2
        or (text.startswith(("(", "[")) and lower < 4)
        or (not stripped.endswith(_END_MARKS) and lower < 4)
        or (_WEB_ADDRESS.search(text) and lower < 6)
        or _opens_with_prompt(text, language) or is_contact(text) or _caption(language).search(text)
        or bool(_notice().search(text)) or _is_label_block(text) or _is_label_value(text)
        or (not headline and _is_tag_list(text))
        or bool(_caption_label().match(text, _LINE_START.match(text).end()))
        or (len(words) <= INTERFACE_MAX_WORDS
            and (INTERFACE.search(text.lower()) or _source_line(language).match(text)))
        or (unquoted is not None and _asks_or_addresses(unquoted, language, len(words) > QUESTION_MAX_WORDS, headline))
        or (not headline and (not has_predicate(text, language) or (unquoted is not None and _CUT_OFF.search(text))))
    )


def _asks_or_addresses(unquoted: str, language: str, long: bool, headline: bool) -> bool:
    """A question, shouting, or the reader addressed or prompted, in a unit's text outside its quotations. A question
    of more than QUESTION_MAX_WORDS words carries a headline or a report's sentence glued to it; a headline may ask,
    and a long one (the headline, a box, the lead) may hold a prompt."""
    asks = not headline and ((not long and unquoted.rstrip(_CLOSING).endswith("?")) or bool(_SHOUTING.search(unquoted)))
    talks = addresses_reader(unquoted, language) or prompts_reader(unquoted, language)
    return asks or (talks and not (headline and long))


def _unquoted(text: str) -> str | None:
    """The unit with the quotations it opens and closes blanked out (marked, or set off by dashes at its start); None
    when a quotation runs on past it (a mark left unpaired), so that all of it may be someone's words."""
    rest = _DASH_QUOTE.sub(" ", _QUOTATION.sub(" ", text))
    return None if _QUOTE_MARK.search(rest) else rest



def _is_label_block(text: str) -> bool:
    """Short lines, none with an end mark: a box of labels and values ("Polityka / opublikowano: 20 stycznia 2020 /
    aktualizacja: … / autor: PAP"), not a sentence that line breaks cut (its last line ends with a mark)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) > 1 and all(not line.rstrip(_CLOSING).endswith(_END_MARKS)
                                  and len(WORD.findall(line)) <= LABEL_LINE_MAX_WORDS for line in lines)


def _is_label_value(text: str) -> bool:
    """One line of a box of labels and values: a short label, a colon, a figure of at most two words ("Liczba głosów
    elektorskich: 29.", "Einwohner: 3,6 Millionen"); a short sentence with a colon gives words ("Ministrstvo odgovarja:
    Ne drži.")."""
    found = _LABEL_VALUE.fullmatch(text.strip())
    return bool(found) and len(WORD.findall(found.group("label"))) <= LABEL_LINE_MAX_WORDS


def _is_tag_list(text: str) -> bool:
    """A page's list of tags or keywords: at least TAG_ITEMS items parted by commas, none longer than TAG_WORDS words,
    and no end mark ("вакцина "спутник v", коронавирус в россии, коронавирусы, андрей каприн, …"); an enumeration in
    a report's sentence ends with one. What brackets hold is left out: a tag's gloss ("министерство здравоохранения
    рф (минздрав россии)"), or a list item's terms ("заболевания … (инфаркт, миокардит, …);")."""
    items = [item for item in re.split(r"[,;|•·]", _BRACKETED.sub("", text)) if item.strip()]
    return (len(items) >= TAG_ITEMS and not text.rstrip(_CLOSING).endswith(_END_MARKS)
            and all(len(WORD.findall(item)) <= TAG_WORDS for item in items))


def _lower_words(text: str) -> int:
    """The unit's lower-case words, less one-letter abbreviations ("11:31 a.m.", "2020 r.", "2020 г."): a timestamp
    has none."""
    return sum(1 for word in WORD.finditer(text)
               if word.group()[0].islower() and not (len(word.group()) == 1 and text.startswith(".", word.end())))


def _is_subheading(text: str, start: int, end: int) -> bool:
    """A line of its own, short, without an end mark, before a paragraph that has one: a sub-heading ("Где и как
    можно будет сделать прививку", "Trump: Demokrati mi skušajo ukrasti zmago"). Not a list item ("- нужно
    выбрать дату,", "2. Sprejeti so …", or an unmarked one that a line like it follows), nor a sentence that a
    line break cuts (the next line goes on in lower case)."""
    unit = text[start:end]
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip() or text[text.rfind("\n", 0, start) + 1: start].strip():
        return False
    following = text[line_end:].lstrip()
    paragraph = following.split("\n", 1)[0].rstrip(_CLOSING)
    return (bool(paragraph) and not paragraph[0].islower() and paragraph.endswith(_END_MARKS)
            and not _LIST_ITEM.match(unit) and not unit.rstrip(_CLOSING).endswith(_END_MARKS + (":", ";", ","))
            and len(WORD.findall(unit)) <= HEADING_MAX_WORDS)


def is_contact(text: str) -> bool:
    """Whether a unit is a contact line: a labelled number or address ("Tel.: …", "E-Mail: …"), or a short unit
    with an e-mail address ("Write to … at …"; a long one is a report sentence a contact line was spliced into).

    Telephone numbers are no sign: on the claims-dev pairs police appeals ("Anyone with information is
    asked to contact … at 250-247-8333") are claims both reports carry."""
    if _CONTACT_LABEL.search(text) or _CONTACT_LABEL_LONG.search(text):
        return True
    return len(WORD.findall(text)) <= INTERFACE_MAX_WORDS and bool(_EMAIL.search(text))


def is_service_line(text: str, language: str) -> bool:
    """Whether a unit offers a service by telephone: a number, and near it (within SERVICE_REACH characters) a
    helpline's name (``boilerplate.HELPLINES``: Telefonseelsorge, numero verde, телефон доверия) or two words of
    ``boilerplate.SERVICE`` ("kostenlos und rund um die Uhr … erreichbar"). One generic word ("confidential",
    "круглосуточно") is no sign, and a unit with a word of the police (``boilerplate.POLICE``) is an appeal, a claim
    the reports carry ("Zeugen werden gebeten, sich … unter 0621 174-4444 zu melden, die rund um die Uhr erreichbar
    ist")."""
    if _police(language).search(text):
        return False
    helplines = [found.start() for found in _helpline(language).finditer(text)]
    offers = [(found.start(), found.group().lower()) for found in _service(language).finditer(text)]
    for number in _PHONE.finditer(text):
        if not _is_phone_number(number.group()):
            continue
        near = range(number.start() - SERVICE_REACH, number.end() + SERVICE_REACH + 1)
        if any(at in near for at in helplines) or len({word for at, word in offers if at in near}) >= 2:
            return True
    return False


def _is_phone_number(candidate: str) -> bool:
    """At least PHONE_DIGITS digits in groups, not a year range ("2019-2020") or a figure grouped in thousands
    ("1 000 000"; a number that opens with 0 is dialled)."""
    groups = re.findall(r"\d+", candidate)
    figure = (len(groups) > 1 and len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])
              and " " in candidate and not candidate.startswith("0"))
    return sum(map(len, groups)) >= PHONE_DIGITS and not figure and not _YEAR_RANGE.fullmatch(candidate.strip())


def _service_box(text: str, units: list[tuple[int, int]], language: str) -> set[int]:
    """The units of service boxes and consent notices: each service line and the short units right after it that offer
    a service too; each unit of a cookie consent notice (any language's ``boilerplate.CONSENT``, which the cleaning
    stage drops as a block when the block is short) and the units right after it about cookies."""
    box: set[int] = set()
    for index, unit in enumerate(units):
        unit_text = text[slice(*unit)]
        follows = (index - 1 in box and len(WORD.findall(unit_text)) <= SERVICE_FOLLOW_MAX_WORDS
                   and (_service(language).search(unit_text) or _contact(language).search(unit_text)
                        or _COOKIE.search(unit_text)))
        if is_service_line(unit_text, language) or CONSENT.search(unit_text.lower()) or follows:
            box.add(index)
    return box


def _units(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The sentences' spans, each cut again where a photo credit starts inside it and after a line of its own
    that has no end mark (a heading or label the splitter joined to the paragraph after it)."""
    credit = _credit()
    units = []
    for sentence in sentences:
        cuts = [match.start() for match in _LINE_BREAK.finditer(sentence.text)
                if sentence.text[match.end()].isupper() or sentence.text[match.end()].isdigit()]
        for match in credit.finditer(sentence.text):
            cut = match.start()
            bracket = _OPEN_BRACKET_AT_END.search(sentence.text, 0, cut)
            cuts.append(bracket.start() if bracket else cut)
        edges = [0] + sorted({cut for cut in cuts if cut > 0}) + [len(sentence.text)]
        for begin, end in zip(edges, edges[1:]):
            piece = sentence.text[begin:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                lead = _after_dateline(piece, lead)
                units.append((sentence.start + begin + lead, sentence.start + begin + len(piece.rstrip())))
    return units


def _after_dateline(piece: str, start: int) -> int:
    """Where ``piece`` goes on after a wire dateline at ``start`` (``start`` when there is none)."""
    found = _DATELINE.match(piece, start)
    agency = found and (found.group("agency") or found.group("after") or "").strip()
    if not agency or not agency.isupper():
        return start
    return found.end() if found.end() < len(piece.rstrip()) and piece[found.end()].isalpha() else start


def _starts_with_credit(unit: str) -> bool:
    found = _credit().search(unit)
    return found is not None and (found.start() == 0 or bool(_OPEN_BRACKET.fullmatch(unit[: found.start()])))


def _teaser_after_prompt(text: str, units: list[tuple[int, int]], language: str) -> set[int]:
    """Units of the page's tail: short unpunctuated lines (teaser headlines, "Two more fatalities")
    after a prompt or contact line among the article's last TAIL_UNITS units."""
    for index in range(max(0, len(units) - TAIL_UNITS), len(units) - 1):
        unit = text[slice(*units[index])]
        if _opens_with_prompt(unit, language) or is_contact(unit):
            return {after for after in range(index + 1, len(units)) if _is_teaser_line(text[slice(*units[after])])}
    return set()


def _cut_paragraphs(text: str, units: list[tuple[int, int]]) -> set[int]:
    """The units of the paragraphs that the page cut off before the report goes on (each one's last unit ends in an
    ellipsis set off by a space, out of quotation marks, and another paragraph follows), where there are
    TEASER_PARAGRAPHS or more: a list of teasers of other reports, each its headline and the start of its lead
    ("Глава финансового управления штата Флорида … предложил провести летние Олимпийские игры–2021 вместо Японии в
    США. В письме Междун …"), whose complete first sentence is no statement of this report either. One such paragraph
    is as often the writer's ("Virus se lahko kadarkoli vrne, obnovi, okrepi, spremeni …", "na Institutu Jožefa
    Stefana, mariborski univerzi ..."); an ellipsis inside a paragraph is the writer's ("… in ne uri ... Tudi to");
    a report that ends cut off is this report, cut by its page. The first unit carries the headline."""
    def paragraph_break(index: int) -> bool:  # between units index and index + 1
        return "\n" in text[units[index][1]: units[index + 1][0]]

    paragraphs = []
    for index in range(1, len(units) - 1):
        unit = text[slice(*units[index])]
        if _unquoted(unit) is None or not _CUT_OFF.search(unit) or not paragraph_break(index):
            continue
        first = index
        while first > 1 and not paragraph_break(first - 1):
            first -= 1
        paragraphs.append(range(first, index + 1))
    return {index for paragraph in paragraphs for index in paragraph} if len(paragraphs) >= TEASER_PARAGRAPHS else set()


def _is_teaser_line(unit: str) -> bool:
    return len(WORD.findall(unit)) <= TEASER_MAX_WORDS and not unit.rstrip(_CLOSING).endswith(_END_MARKS)


def _opens_with_prompt(text: str, language: str) -> bool:
    """A prompt at the very start ("Czytaj także: …", "À lire aussi : « … »"), quoted title or not."""
    if _DASH_QUOTE.match(text):
        return False
    opening = _LINE_START.match(text).end()
    found = prompts_reader(text, language)
    return found and bool(_prompt_at(language).match(text, opening))


_NEVER = re.compile(r"(?!)")


@cache
def _in_language(attribute: str, language: str, template: str) -> re.Pattern:
    """The language's ``boilerplate.<attribute>`` put where ``template`` has "{}"; one that never matches
    for a language without it."""
    pattern = value(language, "boilerplate", attribute)
    return re.compile(template.replace("{}", f"(?:{pattern})"), re.IGNORECASE) if pattern else _NEVER


def _any_language(attribute: str) -> str:
    """Every language's ``boilerplate.<attribute>`` as one alternation (a page's furniture is often in
    another language than its report: BBC pages in Russian label captions in English)."""
    return "|".join(f"(?:{labels})" for labels in every("boilerplate", attribute).values())


def _prompt_at(language: str) -> re.Pattern:
    return _in_language("PROMPTS", language, r"{}(?!\w)")


def _source_line(language: str) -> re.Pattern:
    """A source line's opening in the language ("Źródło: …"); a longer unit after one is the report's lead."""
    return _in_language("SOURCE_LABELS", language, r"[\W_]*{}\s*[:–—-]\s")


@cache
def _formal_reader(language: str) -> re.Pattern:
    """The language's capitalised formal "you" inside a clause (after a word or a comma), case as written."""
    pattern = value(language, "boilerplate", "FORMAL_READER")
    return re.compile(rf"(?:(?<=\w )|(?<=, ))(?:{pattern})(?!\w)") if pattern else _NEVER


def _service(language: str) -> re.Pattern:
    return _in_language("SERVICE", language, r"(?<!\w){}(?!\w)")


def _helpline(language: str) -> re.Pattern:
    return _in_language("HELPLINES", language, r"(?<!\w){}(?!\w)")


def _police(language: str) -> re.Pattern:
    return _in_language("POLICE", language, r"(?<!\w){}(?!\w)")


def _contact(language: str) -> re.Pattern:
    return _in_language("CONTACT", language, r"(?<!\w){}(?!\w)")


def _caption(language: str) -> re.Pattern:
    return _in_language("CAPTIONS", language, r"(?<!\w){}(?!\w)")


@cache
def _credit() -> re.Pattern:
    """A photo credit: any language's label before a colon ("Foto:", "Image source:"), a photo word before
    a slash ("AP Photo/…"), or ©."""
    labels = _any_language("CREDITS")
    return re.compile(rf"(?:(?<=[\s(\[|])|^)(?:(?:{labels})\s*:|(?:photo|foto|фото)\s*/|fot\.\s)|©", re.IGNORECASE)


@cache
def _notice() -> re.Pattern:
    """Any language's editorial or legal notice ("Editor's note", "Hinweis der Redaktion", "Riproduzione vietata")."""
    return re.compile(rf"(?<!\w)(?:{_any_language('NOTICES')})(?!\w)", re.IGNORECASE)


@cache
def _caption_label() -> re.Pattern:
    """Any language's caption label ("Image caption …", "Подпись к фото")."""
    return re.compile(rf"(?:{_any_language('CAPTION_LABELS')})(?!\w)", re.IGNORECASE)
