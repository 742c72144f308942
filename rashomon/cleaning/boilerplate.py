"""Finding the blocks of a text that are not the report.

A text is a list of blocks (its non-empty lines). Three signals mark a block:

* the lexicon (rashomon.cleaning.lexicon): appeal cues in any block, interface
  cues in short blocks (anywhere in the text only when the line opens with the
  cue: "Read more: …", "Share this article");
* position: appeals and furniture cluster at the end (and the start) of an
  article. Scanning from the end, the earliest strong appeal block (several
  cues, or a salutation / heading with one) after which at least half the
  blocks are flagged starts the tail that goes — "once a tail
  block is an appeal, the rest after it goes" — but only a run dominated by
  flagged blocks, so one sentence about a newsletter inside a report cuts
  nothing;
* repetition: blocks already seen in other articles of the same source
  (SourceMemory) are that source's furniture wherever they stand.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import cached_property

from rashomon.cleaning.lexicon import APPEAL, CONSENT, INTERFACE

# A block this short can be a line of page furniture; longer ones are prose.
SHORT_BLOCK_WORDS = 12
# A cookie consent notice runs to this many words (one sentence or two, and the link to the policy).
CONSENT_MAX_WORDS = 60
# The opening and closing runs cut as boilerplate are at most this share of the text's characters.
MAX_EDGE_SHARE = 0.45
# This many appeal blocks left in the body make appeals the report's topic.
TOPICAL_APPEALS = 3
# A short line that introduces the block after it ("A message from X:", "Support us").
_LEAD_IN = re.compile(r"[:：—–-]\s*$")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)]*\s*$")
# Bullets, quotes, emoji and the like before a line's first word.
_LINE_START = re.compile(r"[\W_]*")


@dataclass
class Block:
    text: str
    appeal: bool = False
    strong_appeal: bool = False  # an appeal that can open a cut: several cues, or a heading/salutation with one
    interface: bool = False  # a short block with an interface cue somewhere
    furniture: bool = False  # a short block that opens with an interface cue ("Read more: …"), or a consent notice
    repeated: bool = False

    @cached_property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def flagged(self) -> bool:
        return self.appeal or self.interface or self.repeated


def classify(lines: list[str]) -> list[Block]:
    blocks = []
    for line in lines:
        block = Block(line)
        lowered = line.lower()
        hits = len(APPEAL.findall(lowered))
        block.appeal = hits > 0
        # "Dear readers," / "A message from X:" / "Support us" — not a sentence of the report that mentions donating.
        block.strong_appeal = hits >= 2 or (hits == 1 and block.words <= SHORT_BLOCK_WORDS and not line.rstrip().endswith("."))
        cue = INTERFACE.search(lowered) if block.words <= SHORT_BLOCK_WORDS else None
        block.interface = cue is not None
        opening = _LINE_START.match(lowered).end()
        block.furniture = (
            cue is not None
            and (cue.start() <= opening or block.words <= 3)
            and not line[opening : opening + 1].islower()  # a sentence broken across lines, not a line of its own
            and (block.words <= 3 or not _SENTENCE_END.search(line))  # "Cookie sales rose 5%." is a sentence
        ) or (block.words <= CONSENT_MAX_WORDS and CONSENT.search(lowered) is not None)
        blocks.append(block)
    return blocks


def boilerplate_indices(blocks: list[Block]) -> set[int]:
    """Indices of the blocks to drop: a flagged tail, a flagged head, and furniture lines anywhere."""
    edges = set(range(_tail_start(blocks), len(blocks)))
    for index, block in enumerate(blocks):
        if index in edges:
            break
        # An opening run of flagged lines: banners, cookie notices, "skip to content".
        if block.flagged and (block.words <= SHORT_BLOCK_WORDS or block.repeated):
            edges.add(index)
        else:
            break
    # Edges outweighing the report, or a report using the cue words throughout, are more likely a
    # report about appeals (or newsletters, or subscriptions) than furniture around one.
    topical = sum(b.appeal for i, b in enumerate(blocks) if i not in edges) >= TOPICAL_APPEALS
    if topical or sum(len(blocks[i].text) for i in edges) > MAX_EDGE_SHARE * sum(len(b.text) for b in blocks):
        edges = set()
    furniture = {i for i, b in enumerate(blocks) if b.furniture or (b.repeated and b.words <= SHORT_BLOCK_WORDS)}
    drop = edges | furniture
    if len(drop) == len(blocks):
        return set()  # the whole text flagged: it is not boilerplate around a report, keep it
    return drop


def _tail_start(blocks: list[Block]) -> int:
    """Where the closing run of appeals starts (len(blocks) when there is none)."""
    flagged_after = 0
    start = len(blocks)
    for index in range(len(blocks) - 1, 0, -1):  # the first block always stays
        block = blocks[index]
        flagged_after += block.flagged
        run = len(blocks) - index
        if (block.strong_appeal or block.repeated) and flagged_after * 2 >= run:
            start = index
    if start < len(blocks) and start > 1:
        lead = blocks[start - 1]
        if lead.words <= SHORT_BLOCK_WORDS and _LEAD_IN.search(lead.text):
            start -= 1
    return start


def fingerprint(text: str) -> str:
    """Same block, whatever the spacing, case and numbers (dates, counts change between articles)."""
    normal = re.sub(r"\d+", "0", " ".join(text.lower().split()))
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()


@dataclass
class SourceMemory:
    """Blocks seen per source, counted once per distinct article; bounded per source.

    Plain dicts and counters only, so a Cleaner holding it pickles to a worker.
    """

    min_repeats: int = 2
    max_blocks_per_source: int = 20_000
    seen: dict[str, Counter] = field(default_factory=dict)
    articles: dict[str, OrderedDict] = field(default_factory=dict)

    def mark_repeated(self, source: str, blocks: list[Block]) -> None:
        counts = self.seen.get(source)
        if not counts:
            return
        marked = [b for b in blocks if counts.get(fingerprint(b.text), 0) >= self.min_repeats]
        # A copy of an article seen before repeats everything: that is a duplicate, not boilerplate.
        if sum(len(b.text) for b in marked) * 2 > sum(len(b.text) for b in blocks):
            return
        for block in marked:
            block.repeated = True

    def remember(self, source: str, blocks: list[Block]) -> None:
        prints = {fingerprint(b.text) for b in blocks}
        article = hashlib.blake2b("".join(sorted(prints)).encode(), digest_size=8).hexdigest()
        articles = self.articles.setdefault(source, OrderedDict())
        if article in articles:
            return
        articles[article] = None
        if len(articles) > 1000:
            articles.popitem(last=False)
        counts = self.seen.setdefault(source, Counter())
        counts.update(prints)
        if len(counts) > self.max_blocks_per_source:
            # Forget the blocks seen only once: they cannot be furniture yet.
            self.seen[source] = Counter({k: v for k, v in counts.items() if v > 1})
