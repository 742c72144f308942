"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy encoding.

Legacy Cyrillic encodings (cp1251, koi8-u, koi8-r, iso8859-5, …) are common in
older Ukrainian and Russian archives; charset-normalizer tells them apart well
even on a short paragraph.
"""

from __future__ import annotations

import codecs
import re

from rashomon.errors import SourceError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed, carriage return, escape.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_TEXT_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def looks_binary(raw: bytes) -> bool:
    """True for bytes that are not text in any encoding (images, archives, executables)."""
    head = raw[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > max(2, len(head) // 100)


def decode_text(raw: bytes, declared: str | None = None) -> str:
    """Decode ``raw``; raise SourceError when it is binary or no encoding fits."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode(raw, encoding)
    encoding = _utf16_without_bom(raw)
    if encoding:
        return _decode(raw, encoding)
    if looks_binary(raw):
        raise SourceError("binary content, not text")
    if declared:
        try:
            return raw.decode(_normal_encoding(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detect instead
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw[:200_000]).best()
    if best is None:
        raise SourceError("cannot decode the text: neither UTF-8 nor a recognisable legacy encoding")
    return _decode(raw, best.encoding)


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """Decode an HTML page: BOM, then the HTTP charset, then ``<meta charset>``, then detection."""
    if not declared:
        match = _META_CHARSET.search(raw[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    return decode_text(raw, declared)


def _utf16_without_bom(raw: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``raw`` reads as text in it, else None.

    Text in any spaced script has U+0020 SPACE between words; decoded with the wrong byte order (or
    from bytes that are not UTF-16) the spaces become U+2000 or vanish, and controls appear.
    """
    head = raw[:8192]
    if b"\x00" not in head or len(raw) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = head.decode(encoding, errors="replace")  # the head may end inside a surrogate pair
        if text.count("\ufffd") > 1:
            continue
        spaces = text.count(" ") + text.count("\n")
        if spaces >= max(1, len(text) // 25) and not _TEXT_CONTROL.search(text):
            return encoding
    return None


def _normal_encoding(name: str) -> str:
    name = name.strip().lower()
    # Browsers read these labels as their supersets (WHATWG Encoding standard).
    return {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}.get(name, name)


def _decode(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot decode the text as {encoding} ({exc.__class__.__name__})") from None
