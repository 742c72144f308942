"""The web app: server-rendered pages over the store, with local CSS, JS and SVG only.

Every value from an article (text, title, source, URL) is untrusted: the
templates autoescape everything, links to article URLs are only made for
http(s) URLs, and the one script is a static file (the CSP forbids inline
script). Offsets used for highlighting are code points into the stored
article text, which is exactly how Python slices strings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
import html
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from rashomon import __version__
from rashomon.comparison.coverage import sources_line
from rashomon.errors import UsageError
from rashomon.interfaces.api import index_for_request
from rashomon.export import domains
from rashomon.interfaces.api.queries import (
    MAX_OFFSET, StoryFilters, cached_summaries, entity_name, parse_date, story_summaries,
)
from rashomon.interfaces.web import plots

STATIC_DIR = Path(__file__).parent / "static"
TEMPLATE_DIR = Path(__file__).parent / "templates"
_RTL_LANGUAGES = {"ar", "fa", "he", "ur", "yi"}

router = APIRouter(include_in_schema=False)
_environment = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(enabled_extensions=("html",), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _safe_url(url: str | None) -> str | None:
    """``url`` when it is http(s) (so no javascript: or data: link can come from an article), else None."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _unescaped(text: str | None) -> str:
    """Text as written: feeds and pages often deliver titles HTML-escaped ("&quot;"); autoescape escapes them once again."""
    return html.unescape(text or "")


_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "‚": "‘", "‘": "’", "»": "«", "”": "”"}


def _unquoted(text: str | None) -> str:
    """A quotation without the quote marks around it (the page's <q> adds the reader's own)."""
    text = (text or "").strip()
    if len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


_environment.filters["unescaped"] = _unescaped
_environment.filters["unquoted"] = _unquoted
_environment.filters["sources_line"] = sources_line
_environment.filters["safe_url"] = _safe_url
_environment.filters["entity_name"] = entity_name
_environment.globals["version"] = __version__
_environment.globals["direction"] = lambda language: "rtl" if language in _RTL_LANGUAGES else "ltr"


def render(request: Request, template: str, context: dict, status: int = 200) -> HTMLResponse:
    page = _environment.get_template(template).render(request=request, **context)
    return HTMLResponse(page, status_code=status)


# --------------------------------------------------------------------------- highlighting


@dataclass
class Segment:
    text: str
    keys: list[str] = field(default_factory=list)  # evidence / quote keys covering this piece


def segments(text: str, marks: list[tuple[int, int, str]]) -> list[Segment]:
    """``text`` cut at every mark boundary; each piece lists the keys of the marks covering it, in marks order.

    One sweep over the boundaries (a story page has thousands of evidence marks: comparing every
    piece with every mark made pages of long stories take hundreds of milliseconds).
    """
    cuts = sorted({0, len(text)}.union(*((start, end) for start, end, _ in marks if 0 <= start < end <= len(text))))
    opening, closing = defaultdict(list), defaultdict(list)
    for number, (start, end, _) in enumerate(marks):
        # A mark covers the pieces that lie within it (one reaching past the text covers up to its end).
        first, last = bisect_left(cuts, start), bisect_right(cuts, end) - 1
        if first < last:
            opening[cuts[first]].append(number)
            closing[cuts[last]].append(number)
    covering: set[int] = set()
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering.difference_update(closing.get(start, ()))
        covering.update(opening.get(start, ()))
        pieces.append(Segment(text[start:end], [marks[number][2] for number in sorted(covering)]))
    return pieces


def claim_marks(claims) -> tuple[dict[str, list[tuple[int, int, str]]], dict[str, str]]:
    """Per article, the (start, end, key) of every piece of claim evidence; and per claim, its keys."""
    marks: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    claim_keys: dict[str, str] = {}
    for number, claim in enumerate(claims):
        keys = []
        evidence = [(f"c{number}e{i}", e) for i, e in enumerate(claim.evidence)]
        evidence += [
            (f"c{number}s{s}e{i}", e) for s, side in enumerate(claim.sides) for i, e in enumerate(side.evidence)
        ]
        for key, item in evidence:
            marks[item.article_id].append((item.start, item.end, key))
            keys.append(key)
        claim_keys[claim.id] = " ".join(keys)
    return marks, claim_keys


# Claims listed per status before "show more", and articles shown in full side by side
# (a 500-article story's page must stay a few screens long).
CLAIMS_SHOWN = 8
ACCOUNTS_SHOWN = 6


def accounts_shown(articles, claims) -> list:
    """The articles to show in full: those holding evidence of the most top-ranked claims, in story order."""
    weight: dict[str, float] = defaultdict(float)
    for rank, claim in enumerate(claims):
        for article_id in {e.article_id for e in claim.evidence}:
            weight[article_id] += 1.0 / (1 + rank)
    chosen = set(sorted((a.id for a in articles), key=lambda a: -weight[a])[:ACCOUNTS_SHOWN])
    return [a for a in articles if a.id in chosen]


@dataclass
class SpeakerGroup:
    label: str
    entity: str | None  # canonical entity ID, when the speaker was resolved
    quotes: list  # rashomon.export.StoryQuote


def speaker_groups(quotes, names: dict[str, str]) -> list[SpeakerGroup]:
    """Quotes grouped by speaker: by entity when resolved ("he", "Ryabkov" and "Рябков" together), else as written.

    A group is labelled with the entity's name when known, else the longest way
    the speaker was written; groups with most quotes come first.
    """
    groups: dict[str, SpeakerGroup] = {}
    for entry in quotes:
        speaker = entry.quote.speaker
        key = (speaker.entity or speaker.text.casefold()) if speaker else ""
        group = groups.setdefault(key, SpeakerGroup("Unattributed", speaker.entity if speaker else None, []))
        group.quotes.append(entry)
        if speaker and len(speaker.text) > len(group.label if group.label != "Unattributed" else ""):
            group.label = speaker.text
    for group in groups.values():
        group.label = names.get(group.entity, group.label)
    return sorted(groups.values(), key=lambda group: (group.label == "Unattributed", -len(group.quotes)))


# --------------------------------------------------------------------------- pages


@router.get("/", response_class=HTMLResponse)
def story_list(
    request: Request,
    language: str | None = None,
    source: str | None = None,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: int = 1,
):
    store = request.app.state.store
    if not 1 <= page <= MAX_OFFSET // 50:
        raise UsageError(f"page must be between 1 and {MAX_OFFSET // 50:,}, got {page}")
    filters = StoryFilters(
        language, source, entity, parse_date(since, "since"), parse_date(until, "until"), 50, (page - 1) * 50
    )
    query = {"language": language or "", "source": source or "", "entity": entity or "", "since": since or "",
             "until": until or ""}  # fmt: skip
    reader = language or _reader_language(request)  # chips and headlines: the filtered language, else the browser's
    # The page is made of cached reads only, so it is kept whole, as they are (rendering 50 stories costs more
    # CPU than reading them).
    key = ("story list page", repr(filters), tuple(query.items()), page, reader)
    html = request.app.state.cache.get(store, key, lambda: _story_list_html(request, filters, query, page, reader))
    return HTMLResponse(html)


def _story_list_html(request: Request, filters: StoryFilters, query: dict, page: int, reader: str | None) -> str:
    store = request.app.state.store
    cache = request.app.state.cache
    languages = cache.get(store, "languages", lambda: store.article_counts("language"))
    sources = cache.get(store, "sources", lambda: store.article_counts("source"))
    return _environment.get_template("stories.html").render(
        request=request,
        **{
            "summaries": cached_summaries(request, filters, reader),
            "filters": filters,
            "query": query,
            "page": page,
            "languages": [key for key, _ in languages],
            "sources": [key for key, _ in sources],
            "volume_chart": Markup(
                cache.get(store, "volume", lambda: plots.volume_chart(store.article_counts("day"), "Articles per day"))
            ),
            "language_chart": Markup(plots.bar_chart(languages, "Articles by language")),
            "source_chart": Markup(plots.bar_chart(sources, "Articles by source")),
        },
    )


def _reader_language(request: Request) -> str | None:
    """The browser's most preferred language, if it says."""
    return next(iter(accepted_languages(request.headers.get("accept-language", ""))), None)


def accepted_languages(accept_language: str) -> list[str]:
    """The language codes of an Accept-Language header, most preferred first."""
    ranked = []
    for position, part in enumerate(accept_language.split(",")):
        code, _, parameters = part.strip().partition(";")
        quality = 1.0
        if parameters.strip().startswith("q="):
            try:
                quality = float(parameters.strip()[2:])
            except ValueError:
                continue
        ranked.append((-quality, position, code.strip().split("-")[0].lower()))
    return [code for _, _, code in sorted(ranked)]


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, lang: str | None = None):
    from rashomon.export import headline, story_dossier

    store = request.app.state.store
    dossier = story_dossier(store, story_id, lang, accepted_languages(request.headers.get("accept-language", "")))
    lang = dossier.reader_language
    marks, claim_keys = claim_marks(dossier.claims)
    shown_accounts = accounts_shown(dossier.articles, dossier.claims)
    # Entities have names in many more languages than the story has articles in: the browser's language names them.
    names = {entity.id: entity_name(entity, lang or _reader_language(request)) for entity in dossier.entities}
    article_ids = [a.id for a in dossier.articles]
    return render(
        request,
        "story.html",
        {
            "dossier": dossier,
            "story": dossier.story,
            "headline": headline(dossier.story, lang),
            "accounts": [(article, segments(article.text, marks.get(article.id, []))) for article in shown_accounts],
            "more_accounts": [a for a in dossier.articles if a not in shown_accounts],
            "claim_keys": claim_keys,
            "claims_by_status": {
                status: [c for c in dossier.claims if c.status == status] for status in ("contested", "shared", "exclusive")
            },
            "claims_shown": CLAIMS_SHOWN,
            "claim_texts": {c.id: c.text for c in dossier.claims},
            "speakers": speaker_groups(dossier.quotes, names),
            "entity_names": names,
            "articles_by_id": {a.id: a for a in dossier.articles},
            "source_chart": Markup(plots.bar_chart(store.article_counts("source", article_ids), "Coverage by source")),
            "language_chart": Markup(plots.bar_chart(store.article_counts("language", article_ids), "Coverage by language")),
            "volume_chart": Markup(plots.volume_chart(store.article_counts("day", article_ids), "Articles per day")),
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    store = request.app.state.store
    article = store.get_article(article_id)
    quotes = domains.article_quotes(store, article_id)
    marks = [(q.start, q.end, f"q{q.start}") for q in quotes]
    return render(
        request,
        "article.html",
        {"article": article, "pieces": segments(article.text, marks), "quotes": quotes},
    )


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    store = request.app.state.store
    entity = domains.get_entity(store, entity_id)
    reader = _reader_language(request)
    return render(
        request,
        "entity.html",
        {
            "entity": entity,
            "reader": reader,
            "summaries": story_summaries(store, StoryFilters(entity=entity.id, limit=100), reader),
            "quotes": domains.speaker_quotes(store, entity.id),
        },
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, q: str = "", kind: str | None = None, language: str | None = None, source: str | None = None
):
    from rashomon.search import search

    store = request.app.state.store
    hits = []
    if q.strip():
        index_for_request(request.app)
        hits = search(store, q, request.app.state.index, kind or None, language or None, source or None, 30)
    return render(
        request,
        "search.html",
        {"q": q, "kind": kind or "", "language": language or "", "source": source or "", "hits": hits},
    )
