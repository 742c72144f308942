"""Main text of an HTML page (placeholder: trafilatura default without comments)."""

from __future__ import annotations


def extract_main_text(html: str, url: str | None = None) -> tuple[str, str | None]:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or "", None
