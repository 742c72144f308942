"""One HTML page (file, fetched URL, WARC record, feed entry page) -> a Document with its metadata.

The main text is extracted later by the cleaner; here we only decode the page,
reject what is not a readable page, and read what the page declares about
itself: title, author, publication date, language, publisher.
"""

from __future__ import annotations

import re
from datetime import datetime

from rashomon.errors import SourceError
from rashomon.model import Document
from rashomon.sources.bounds import ITEM_SECONDS, check_markup, time_limit
from rashomon.sources.decoding import decode_html
from rashomon.sources.values import normal_language, parse_published

_FULL_PAGE_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_PAGE_END = re.compile(r"</(?:html|body)\s*>", re.I)
# Between a headline and the site's name in <title>: "Headline | Site", "Headline - Site".
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")


def page_document(
    raw: bytes,
    path: str,
    *,
    url: str | None = None,
    charset: str | None = None,
    locator: str | None = None,
    published: datetime | None = None,
    seconds: float | None = ITEM_SECONDS,
) -> Document:
    """Decode and inspect one page; raise SourceError with a one-line reason when it is not readable.

    ``published`` is the date known from outside the page (WARC-Date, feed
    entry); the page's own date wins when it has one. Reading it is abandoned after ``seconds``.
    """
    with time_limit(seconds, "reading the page"):
        html, meta = _read_page(raw, charset)
    return Document(
        path=path,
        raw=raw,
        html=html,
        url=url or meta["url"],
        title=meta["title"],
        author=meta["author"],
        published=parse_published(meta["published"]) or published,
        source=meta["source"],
        language=meta["language"],
        locator=locator,
    )


def _read_page(raw: bytes, charset: str | None) -> tuple[str, dict]:
    html = decode_html(raw, charset)
    if not html.strip():
        raise SourceError("empty page")
    # HTML5 lets a page omit </body></html>, but a complete page still ends with a tag.
    if _FULL_PAGE_START.match(html) and not html.rstrip().endswith(">") and not _PAGE_END.search(html):
        raise SourceError("truncated HTML: the page ends in the middle of its content")
    check_markup(html)
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None or not _has_text(tree):
        raise SourceError("no readable text in the page")
    return html, read_page_metadata(tree)


def read_page_metadata(tree) -> dict:
    """What the page declares: title, author, published (string), language, source (publisher), url."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - malformed JSON-LD is the page's problem; the rest still counts
        pass
    published = find_date(
        tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z", deferred_url_extractor=True
    )
    url = meta.url or extract_url(tree)
    author = _clean(meta.author) or _byline_author(tree)
    return {
        "title": _page_title(tree, _clean(meta.title) or _clean(extract_title(tree)), meta.sitename),
        "author": author.replace("; ", ", ") if author else None,
        "published": published,
        "language": _page_language(tree),
        "source": _clean(meta.sitename),
        "url": url if url and url.startswith(("http://", "https://")) else None,
    }


_AUTHOR_ELEMENTS = "//*[@rel='author' or @itemprop='author' or contains(@class, 'author-name') or contains(@class, 'byline__name')]"
_BY = re.compile(r"^(?:by|von|par|por|przez|автор|автори|авторы)\s*:?\s+", re.I)


def _byline_author(tree) -> str | None:
    """The author named by markup (rel/itemprop author, author-name classes), when the meta tags name none.

    Much cheaper than trafilatura's heuristic search, which prunes a copy of the whole tree.
    """
    for element in tree.xpath(_AUTHOR_ELEMENTS)[:5]:
        name = _BY.sub("", " ".join(element.text_content().split()))
        if name and 1 < len(name.split()) <= 6 and not any(ch.isdigit() for ch in name):
            return name
    return None


def _page_title(tree, declared: str | None, site: str | None) -> str | None:
    """The headline: the page's only <h1> when it has one, else the declared title without the site's name.

    On the WCXB article pages the lone <h1> is the reviewed title four times
    in five; ``<title>``/og:title often differs (SEO wording, "| Site" suffix).
    """
    headings = [text for text in (" ".join(h.text_content().split()) for h in tree.iter("h1")) if text]
    if len(headings) == 1 and 2 <= len(headings[0].split()) <= 40:
        return headings[0]
    if not declared:
        return None
    parts = _TITLE_SEPARATOR.split(declared)
    if len(parts) > 1:
        last, headline = parts[-1], declared[: declared.rfind(parts[-1])].rstrip(" |-–—:·•")
        names_site = bool(site) and " ".join(last.lower().split()) == " ".join(site.lower().split())
        # Without a declared site name, a short last part after a longer headline reads as one.
        if names_site or (len(last.split()) <= 4 and len(headline.split()) >= 4):
            return headline
    return declared


def _page_language(tree) -> str | None:
    root = tree.getroottree().getroot()
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iterfind(".//meta[@content]"):
        key = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").lower()
        if key in ("content-language", "language", "og:locale", "dc.language"):
            candidates.append(meta.get("content").split(",")[0])
    return next((code for code in map(normal_language, candidates) if code), None)


def _has_text(tree) -> bool:
    body = tree.find(".//body")
    for element in (body if body is not None else tree).iter():
        if element.tag in ("script", "style", "head", "noscript", "template"):
            continue
        if (element.text and element.text.strip() and isinstance(element.tag, str)) or (element.tail and element.tail.strip()):
            return True
    return False


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "pre", "ul", "ol", "table", "figure"}


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    import lxml.html

    try:
        check_markup(fragment)
    except SourceError:
        return ""  # not something a person wrote; the caller reports the entry as without content
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(block.split()) for block in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
