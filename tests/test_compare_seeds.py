"""The seeds compared: one contested matter, shared and exclusive claims, and a timeline in order."""

import json
from datetime import datetime
from pathlib import Path

import pytest

from rashomon.analysis.pipeline import Analyzer
from rashomon.comparison import compare
from rashomon.comparison.story import comparison_from_dict, comparison_to_dict
from rashomon.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"
PUBLISHED = datetime(2025, 10, 22)


@pytest.fixture(scope="module")
def seed_comparison():
    analyzer = Analyzer()
    articles, analyses = [], []
    for name, language in (("000_8a69b7fe4b9a2177.txt", "en"), ("003_d5bce7bdcdc84413.txt", "uk")):
        text = (SEEDS / name).read_text(encoding="utf-8")
        articles.append(Article(id=f"seed-{language}", path=name, text=text, language=language, published=PUBLISHED))
        analyses.append(analyzer.analyze(text, language, PUBLISHED))
    return articles, compare(articles, analyses, "en")


def _claims_with(comparison, fragment):
    return [c for c in comparison.claims if any(fragment in e.text for e in c.evidence)]


def test_postponed_versus_never_scheduled_is_one_contested_claim_with_two_sides(seed_comparison):
    _, comparison = seed_comparison
    contested = [c for c in comparison.claims if c.status == "contested"]
    assert len(contested) == 1
    claim = contested[0]
    assert set(claim.languages) == {"en", "uk"}
    assert len(claim.sides) == 2
    hold_side = next(s for s in claim.sides if any("put on hold" in e.text for e in s.evidence))
    never_side = next(s for s in claim.sides if any("never scheduled" in e.text for e in s.evidence))
    assert hold_side is not never_side
    # Each side is told in both languages: CNN's report and Ryabkov's denial.
    assert any("зустріч наразі відкладена" in e.text for e in hold_side.evidence)
    assert any("Неможливо відкласти" in e.text for e in never_side.evidence)
    assert set(hold_side.languages) == set(never_side.languages) == {"en", "uk"}
    assert any(e.via == ["CNN"] for e in hold_side.evidence)
    assert any(e.speaker and "Ryabkov" in e.speaker for e in never_side.evidence)
    # Each side's text comes from its own evidence.
    assert hold_side.text in {e.text for e in hold_side.evidence}
    assert never_side.text in {e.text for e in never_side.evidence}


def test_rubio_not_recommending_the_meeting_is_shared_by_both(seed_comparison):
    articles, comparison = seed_comparison
    [claim] = _claims_with(comparison, "not likely to recommend")
    assert claim.status == "shared"
    assert any("не рекомендуватиме" in e.text for e in claim.evidence)
    assert set(claim.languages) == {"en", "uk"}
    assert len(claim.sources) == 2  # unknown sources count as independent
    assert claim.text.startswith("It said Rubio and Lavrov")  # the reader's language (en)


def test_anna_kelly_and_alaska_are_exclusive_to_their_source(seed_comparison):
    _, comparison = seed_comparison
    [kelly] = _claims_with(comparison, "Анна Келлі")
    assert kelly.status == "exclusive" and kelly.languages == ["uk"]
    alaska = [c for c in _claims_with(comparison, "Alaska") if c.status == "exclusive"]
    assert [c.text for c in alaska] == ["in Alaska in August"]
    assert alaska[0].languages == ["en"]
    # The phrase is shown with the shared claim it adds to: the one whose evidence holds it.
    [shared] = [c for c in comparison.claims if c.id == alaska[0].detail_of]
    place = alaska[0].evidence[0]
    assert shared.status == "shared" and any(
        e.article_id == place.article_id and e.start <= place.start and place.end <= e.end for e in shared.evidence)


def test_evidence_offsets_point_into_the_article_text(seed_comparison):
    articles, comparison = seed_comparison
    texts = {a.id: a.text for a in articles}
    for claim in comparison.claims:
        for evidence in claim.evidence:
            assert texts[evidence.article_id][evidence.start:evidence.end] == evidence.text


def test_timeline_orders_the_calls_and_the_remarks(seed_comparison):
    _, comparison = seed_comparison
    dates = {}
    for event in comparison.timeline:
        for when in event.when:
            dates.setdefault(when, event.date)
    assert dates["Thursday"] == "2025-10-16"  # the Trump–Putin call
    assert dates["on Monday"] == dates["в понеділок"] == "2025-10-20"  # the Rubio–Lavrov call
    assert dates["Tuesday"] == "2025-10-21"  # Ryabkov's remarks
    order = [e.date for e in comparison.timeline]
    assert order == sorted(order)
    monday = next(e for e in comparison.timeline if "on Monday" in e.when)
    assert set(monday.languages) == {"en", "uk"}  # both accounts of the call are one event


def test_brief_hears_from_both_sources_in_the_readers_language_first(seed_comparison):
    _, comparison = seed_comparison
    assert {s.language for s in comparison.brief} == {"en", "uk"}
    assert len({s.source for s in comparison.brief}) == 2
    assert comparison.brief[0].language == "en"


def test_coverage_lists_blind_spots_per_source(seed_comparison):
    articles, comparison = seed_comparison
    entries = {e.article_ids[0]: e for e in comparison.coverage.sources}
    [kelly] = _claims_with(comparison, "Анна Келлі")
    assert kelly.id in entries["seed-uk"].carried
    assert kelly.id in entries["seed-en"].left_out
    assert comparison.coverage.languages == {"en": 1, "uk": 1}


def test_a_stored_comparison_reads_back_as_it_was(seed_comparison):
    _, comparison = seed_comparison
    restored = comparison_from_dict(json.loads(json.dumps(comparison_to_dict(comparison))), comparison.story)
    assert restored == comparison
