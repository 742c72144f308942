"""From a read Document to the clean text of the report: no page furniture, no appeals.

``Cleaner().clean(document)`` extracts the main text of HTML pages (see
rashomon.cleaning.extraction), splits a headline off plain text when the
first line is one, and drops boilerplate blocks (see
rashomon.cleaning.boilerplate). The cleaned text is what every later character
offset indexes into, so whitespace is normalised conservatively: paragraph
breaks stay as they were, trailing spaces and outer blank lines go.

A Cleaner remembers the blocks it has seen per source (``document.source``,
else the URL's host) to catch furniture that repeats across a source's
articles; set ``document.source`` before cleaning when the user names it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rashomon.cleaning.boilerplate import SourceMemory, boilerplate_indices, classify
from rashomon.cleaning.text import normalise, split_headline
from rashomon.errors import SourceError, UsageError
from rashomon.model import Document

__all__ = ["CleanedText", "CleaningOptions", "Cleaner"]


@dataclass
class CleanedText:
    text: str
    title: str | None
    removed: list[str] = field(default_factory=list)  # the boilerplate blocks dropped, in text order


@dataclass
class CleaningOptions:
    # Drop appeal / interface blocks found by the lexicon and their position.
    remove_boilerplate: bool = True
    # Drop blocks seen in at least this many other articles of the same source (0: off).
    min_repeats: int = 2
    # HTML main-text extraction: "cascade" (best quality) or "fast" (main extractor first, cascade when it finds little).
    extraction: str = "cascade"

    def __post_init__(self):
        from rashomon.cleaning.extraction import EXTRACTION_MODES

        if self.extraction not in EXTRACTION_MODES:
            raise UsageError(f"unknown extraction mode {self.extraction!r}; choose one of {', '.join(EXTRACTION_MODES)}")


class Cleaner:
    """Cleans documents one by one, learning each source's repeated furniture as it goes."""

    def __init__(self, options: CleaningOptions | None = None):
        self.options = options or CleaningOptions()
        self.memory = SourceMemory(min_repeats=max(self.options.min_repeats, 1))

    def clean(self, document: Document) -> CleanedText:
        title = document.title
        if document.html is not None:
            from rashomon.cleaning.extraction import extract_main_text

            text = normalise(extract_main_text(document.html, document.url, self.options.extraction))
            first, _, rest = text.partition("\n")
            if title and _is_title(first, title):
                text = rest.strip()  # the headline repeated as the first paragraph
        elif document.text is not None:
            text = normalise(document.text)
            headline, body = split_headline(text)
            if headline is not None and (title is None or _is_title(headline, title)):
                title, text = title or headline, body
        else:
            raise SourceError(f"{document.path}: the document has neither text nor HTML")
        if not self.options.remove_boilerplate:
            return CleanedText(text, title)
        return self._drop_boilerplate(text, title, _memory_key(document))

    def _drop_boilerplate(self, text: str, title: str | None, source: str | None) -> CleanedText:
        lines = text.split("\n")
        content = [i for i, line in enumerate(lines) if line.strip()]
        blocks = classify([lines[i] for i in content])
        remembering = source is not None and self.options.min_repeats > 0
        if remembering:
            self.memory.mark_repeated(source, blocks)
        drop = boilerplate_indices(blocks)
        if remembering:
            self.memory.remember(source, blocks)
        if not drop:
            return CleanedText(text, title)
        dropped_lines = {content[i] for i in drop}
        kept = [line for i, line in enumerate(lines) if i not in dropped_lines]
        return CleanedText(normalise("\n".join(kept)), title, [blocks[i].text for i in sorted(drop)])


def _memory_key(document: Document) -> str | None:
    if document.source:
        return document.source.lower()
    if document.url:
        host = urlsplit(document.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def _is_title(line: str, title: str) -> bool:
    """Whether ``line`` is the title, also when the title carries the site's name ("Headline | Site")."""
    line, title = " ".join(line.lower().split()), " ".join(title.lower().split())
    return bool(line) and (line == title or any(title.startswith(line + sep) for sep in (" | ", " - ", " – ", " — ", " :: ")))
