"""Normalising metadata values that arrive as free strings: dates and language tags."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

# Longest free-text date tried ("Monday, 22 October 2025, 14:03 GMT+3" is 36 characters).
_MAX_FREE_DATE_CHARS = 64
_LANGUAGE_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")


def parse_published(value) -> datetime | None:
    """A publication date from ISO 8601, RFC 822 (feeds, HTTP), epoch seconds or free text."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    if len(text) > _MAX_FREE_DATE_CHARS or not any(ch.isdigit() for ch in text):
        return None  # a publication date has a day or year in digits; parsing junk costs up to 0.3 s a row
    import dateparser

    return dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})


def normal_language(value) -> str | None:
    """``en-US`` / ``uk_UA`` / ``EN`` -> ``en``; anything that is not a language tag -> None."""
    if not value:
        return None
    match = _LANGUAGE_TAG.match(str(value).strip())
    return match.group(1).lower() if match else None
