"""The scoring used by benchmarks/quotes_*.py, and a smoke run on a few annotated articles when the data is there."""

from __future__ import annotations

import pytest

from rashomon.analysis.quotes.evaluation import (
    jaccard,
    normalise,
    polnear_documents,
    predicted_fields,
    run,
    score_field,
)
from rashomon.model import Party, Quote, Span

TEXT = "“We won,” he said. “It was close.” Officials said the count was over."


def test_normalise_trims_edges_but_keeps_quotation_marks():
    assert normalise(TEXT, ((0, 10),)) == ((0, 9),)  # the space goes, the closing mark stays
    assert normalise(TEXT, ((34, 45),)) == ((35, 44),)  # "Officials" without the spaces around it
    assert normalise(TEXT, ((17, 19),)) == ()  # ". " is nothing


def test_jaccard_on_discontinuous_spans():
    assert jaccard(((0, 10),), ((0, 10),)) == 1.0
    assert jaccard(((0, 4), (6, 10)), ((0, 10),)) == 0.8
    assert jaccard(((0, 4),), ((5, 9),)) == 0.0


def test_score_field_counts_exact_jaccard_and_touching_matches():
    gold = [((0, 10),), ((20, 40),)]
    predicted = [((0, 10),), ((20, 26),), ((50, 60),)]
    score = score_field("x" * 60, gold, predicted)
    assert (score.gold, score.predicted, score.exact, score.overlap, score.touch) == (2, 3, 1, 1, 2)


def test_continuations_are_scored_as_pieces_of_one_quotation():
    speaker = Party(10, 12, "he")
    quotes = [
        Quote(0, 9, "“We won,”", "direct", Span(13, 17, "said"), speaker),
        Quote(19, 34, "“It was close.”", "direct", None, speaker),
        Quote(50, 68, "the count was over", "indirect", Span(45, 49, "said"), Party(35, 44, "Officials")),
    ]
    assert all(
        TEXT[q.start : q.end] == q.text and TEXT[q.speaker.start : q.speaker.end] == q.speaker.text for q in quotes
    )
    fields = predicted_fields(quotes)
    assert fields["content"] == [((0, 9), (19, 34)), ((50, 68),)]
    assert fields["source"] == [((10, 12),), ((10, 12),), ((35, 44),)]


@pytest.mark.data
def test_polnear_smoke(shared_data):
    """Three training articles through the harness: the figures are sane (not a target)."""
    report, _ = run(polnear_documents(shared_data / "polnear", "train", 3), with_mentions=False)
    content = report.scores["content"]
    assert report.articles == 3 and content.gold > 0 and 0 < content.overlap <= content.predicted
