"""Small helpers the language profiles use to write their word lists as patterns."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


def alternation(forms: str) -> str:
    """One regex alternative per whitespace-separated form (each itself a regex)."""
    return "|".join(forms.split())


def trie(forms: str) -> str:
    """One regex for many literal words, factored by shared prefixes: Python's re tries a flat
    alternation one branch at a time, which made cue search the slowest step."""
    root: dict = {}
    for word in set(forms.split()):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)
