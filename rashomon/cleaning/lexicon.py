"""Cue phrases of text that is not the report, from every language's profile.

Three kinds, matched in the lowercased block, each at the start of a word:

* APPEAL cues — donation, membership, subscription and newsletter appeals, the
  publisher talking to "dear readers", calls to report a typo (Ctrl+Enter),
  affiliate-link disclosures. A block with one is an appeal; where a
  run of them closes (or opens) an article, the run is cut.
* INTERFACE cues — page furniture that leaks into text: share / "read more" /
  "read also" lines, cookie notices, "remind me later", follow-us lines,
  copyright lines. They only count in short blocks (a line of furniture, not a
  sentence of the report that mentions cookies).
* CONSENT cues — cookie consent notices ("Our site uses cookies …"): furniture
  wherever they stand and at any length a notice has.

Each language's cues are in ``rashomon/languages/<code>/boilerplate.py``; all
languages' cues count in every text (pages mix languages, and the language of
a page's furniture is often not its article's). Stems rather than whole words
keep the lists short across inflecting languages. Phrases are chosen so that
news prose rarely contains them: "subscribe to", not "subscribers"; "support
us", not "support".
"""

from __future__ import annotations

import re

from rashomon.languages import every


def _compile(cues: dict[str, list[str]]) -> re.Pattern:
    """One pattern for all languages, matched against lowercased text.

    Every cue starts a word, so the alternation is only tried where a word
    starts: six times faster than trying it at every character.
    """
    alternatives = "|".join(f"(?:{cue})" for language in cues.values() for cue in language)
    return re.compile(rf"(?<!\w)(?:{alternatives})")


APPEAL = _compile(every("boilerplate", "APPEALS"))
INTERFACE = _compile(every("boilerplate", "INTERFACE"))
CONSENT = _compile(every("boilerplate", "CONSENT"))
