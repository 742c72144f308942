"""Main text of an HTML page: a small cascade over trafilatura's modes.

trafilatura's default mode is the best single extractor on the WCXB article
pages (benchmarks/extraction_wcxb.py), once reader comments are left out.
Its characteristic failure is missing most of the article (an empty or
clipped result when the page's markup misleads it); its recall mode then
usually finds the body. So: run the default; when its result is short, also
run recall mode and keep the recall result if it is more than twice as long.
Long default results are trusted without a second pass; about one page in
four gets one.

``fast`` mode runs trafilatura's main extractor alone (no readability/jusText
comparison) and falls back to the cascade only when that finds little
(under FAST_ENOUGH_WORDS), which about one page in twenty needs: for bulk
ingestion where speed matters more than the last words.
"""

from __future__ import annotations

# A default result shorter than this (in words) gets a recall-mode second opinion.
SECOND_OPINION_WORDS = 1000
# The recall result replaces the default when it is at least this many times longer.
RECALL_GAIN = 2.0
# In fast mode, a main-extractor result shorter than this (in words) goes through the cascade.
FAST_ENOUGH_WORDS = 200


EXTRACTION_MODES = ("cascade", "fast")


def extract_main_text(html: str, url: str | None = None, mode: str = "cascade") -> str:
    """The page's main text, one paragraph per line; '' when no main text is found."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return ""
    if mode == "fast":
        quick = trafilatura.extract(tree, url=url, include_comments=False, fast=True) or ""
        if len(quick.split()) >= FAST_ENOUGH_WORDS:
            return quick
    # Parsed once; trafilatura works on its own copy of the tree in each pass.
    default = trafilatura.extract(tree, url=url, include_comments=False) or ""
    words = len(default.split())
    if words >= SECOND_OPINION_WORDS:
        return default
    recall = trafilatura.extract(tree, url=url, include_comments=False, favor_recall=True) or ""
    return recall if len(recall.split()) > RECALL_GAIN * words else default

