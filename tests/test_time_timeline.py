"""The timeline of articles with and without a publication date."""

from datetime import datetime

from rashomon.analysis.sentences import split_sentences
from rashomon.analysis.time import extract_times
from rashomon.comparison.timeline import timeline
from rashomon.model import Analysis, Article, Claim, Evidence


def _pair(article_id, text, language, published):
    article = Article(id=article_id, path=article_id, text=text, language=language, published=published)
    analysis = Analysis(text=text, language=language, sentences=split_sentences(text, language),
                        times=extract_times(text, language, published))
    return article, analysis


def test_dated_events_from_two_languages_are_ordered_and_merged_by_date():
    en = _pair("en", "The ministers spoke on Monday. The summit was agreed last week.", "en", datetime(2025, 10, 22))
    uk = _pair("uk", "Міністри розмовляли в понеділок.", "uk", datetime(2025, 10, 23))
    events = timeline([en[0], uk[0]], [en[1], uk[1]], ["A", "B"])
    # Different sentences on the same day stay apart unless a claim joins them.
    assert [(e.date, e.granularity, e.sources) for e in events] == [
        ("2025-10-13", "week", ["A"]), ("2025-10-20", "day", ["A"]), ("2025-10-20", "day", ["B"])]
    same_call = Claim("c1", "The ministers spoke", "shared", ["A", "B"], ["en", "uk"], evidence=[
        Evidence("en", 0, 30, "The ministers spoke on Monday."), Evidence("uk", 0, 32, "Міністри розмовляли в понеділок.")])
    events = timeline([en[0], uk[0]], [en[1], uk[1]], ["A", "B"], [same_call])
    assert [(e.date, e.sources, e.languages) for e in events] == [
        ("2025-10-13", ["A"], ["en"]), ("2025-10-20", ["A", "B"], ["en", "uk"])]
    assert events[1].when == ["on Monday", "в понеділок"]


def test_without_publication_date_events_are_undated_and_keep_text_order():
    article, analysis = _pair("x", "On Tuesday the talks failed. Yesterday the minister resigned.", "en", None)
    events = timeline([article], [analysis], ["A"])
    assert [e.date for e in events] == [None, None]
    assert [e.when for e in events] == [["On Tuesday"], ["Yesterday"]]
    assert events[1].relative_days == -1
