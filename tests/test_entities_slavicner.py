"""A small slice of SlavicNER (skipped without ../shared/data): mentions, lemmas and cross-lingual links hold up.

The full evaluation is benchmarks/entities_slavicner.py; this guards against regressions on real news.
"""

from __future__ import annotations

import pytest

from rashomon.analysis.entities import EntityLinker, extract_mentions
from rashomon.analysis.entities.evaluation import load, pairwise, prf
from rashomon.analysis.sentences import split_sentences


@pytest.mark.data
def test_brexit_slice_in_three_languages(shared_data):
    docs = load(shared_data / "slavicner", {"uk", "ru", "bg"}, {"brexit"})
    docs = [d for lang in ("uk", "ru", "bg") for d in [d for d in docs if d[1] == lang][:12]]
    linker = EntityLinker()
    exact = predicted = gold_total = lemma_ok = 0
    links = []
    for _, lang, text, gold in docs:
        mentions = extract_mentions(text, lang, split_sentences(text, lang))
        linker.link(mentions, lang, text)
        by_span = {(m.start, m.end): m for m in mentions}
        predicted += len(by_span)
        gold_total += len(gold)
        for start, end, _, lemma, _, gold_id in gold:
            mention = by_span.get((start, end))
            if mention:
                exact += 1
                lemma_ok += mention.lemma == lemma
                links.append((gold_id, mention.entity))
    _, _, f1 = prf(exact, predicted, gold_total)
    link_p, link_r, link_f1, _ = pairwise(links)
    assert f1 >= 0.7
    assert lemma_ok / exact >= 0.85
    assert link_p >= 0.95 and link_f1 >= 0.85
