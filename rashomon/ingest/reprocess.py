"""Re-run analysis on stored articles, e.g. after upgrading Rashomon.

``all`` starts again from the raw input kept with each article: clean, detect
the language, analyse and assign a story, replacing everything derived from
the old version (the article keeps its ID, ingest time and copy links). A
single stage re-runs only that stage over the stored text and saves its
results; the ``save_*`` hooks replace the article's earlier rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from rashomon.analysis import STAGES, AnalyzerOptions
from rashomon.analysis.time.estimate import publication_date
from rashomon.errors import RashomonError, UsageError
from rashomon.ingest.pipeline import FAILED, IngestEvent, assign_story, make_analyzer, save_analysis
from rashomon.analysis.language import decide_language
from rashomon.ingest.preparation import TextPreparer
from rashomon.model import Article, SourceFailure

REPROCESS_STAGES = ("language", "entities", "quotes", "times", "stories", "all")
REPROCESSED = "reprocessed"

# What each single stage must run to produce its input, and which results it saves.
_RUNS = {
    "entities": ("entities",),
    "quotes": ("entities", "quotes"),
    "times": ("times",),
    "stories": tuple(STAGES),
}
_SAVES = {"entities": ("entities",), "quotes": ("quotes",), "times": ("times",), "stories": ()}


@dataclass
class ReprocessResult:
    reprocessed: list[str] = field(default_factory=list)
    failures: list[SourceFailure] = field(default_factory=list)


def reprocess(
    store,
    stage: str = "all",
    ids: Iterable[str] | None = None,
    progress: Callable[[IngestEvent], None] | None = None,
    stages: Iterable[str] = tuple(STAGES),
    assign_stories: bool = True,
) -> ReprocessResult:
    """Re-run ``stage`` (one of REPROCESS_STAGES) on the articles ``ids`` (default: all).

    For ``all``, ``stages`` and ``assign_stories`` choose what is redone after
    cleaning, as the ingest options of the same names do.
    """
    if stage not in REPROCESS_STAGES:
        raise UsageError(f"unknown stage {stage!r}; choose one of {', '.join(REPROCESS_STAGES)}")
    stages = tuple(stages)
    AnalyzerOptions(stages)  # raises UsageError naming unknown stages
    wanted = list(ids) if ids is not None else None
    if wanted is not None:
        for article_id in wanted:
            store.get_article(article_id)  # NotFoundError names the first unknown ID
    # Collect the IDs first: re-processing rewrites rows while we iterate.
    article_ids = [a.id for a in store.articles(ids=wanted)] if wanted is not None else [a.id for a in store.articles()]
    analyzer = make_analyzer(store, stages if stage == "all" else _RUNS[stage]) if stage != "language" else None
    preparer = TextPreparer() if stage == "all" else None  # raw documents keep their effective source
    result = ReprocessResult()
    for article_id in article_ids:
        article = store.get_article(article_id)
        try:
            if stage == "all":
                _redo_all(store, article, analyzer, preparer, assign_stories)
            elif stage == "language":
                _redo_language(store, article)
            else:
                _redo_stage(store, article, stage, analyzer)
        except Exception as exc:  # noqa: BLE001 - one broken article must not end the run
            reason = exc.message if isinstance(exc, RashomonError) else f"unexpected error: {type(exc).__name__}: {exc}"
            failure = SourceFailure(article.path, f"{article.id}: {reason}", article.locator)
            result.failures.append(failure)
            event = IngestEvent(FAILED, article.path, article=article, failure=failure)
        else:
            result.reprocessed.append(article.id)
            event = IngestEvent(REPROCESSED, article.path, article=article)
        if progress is not None:
            progress(event)
    return result


def _redo_language(store, article: Article) -> None:
    document = store.raw_document(article.id)
    if not store.is_language_given(article.id):  # a language the user set stays
        article.language, article.language_confidence = decide_language(article.text, document.language)
    _redate(store, article, document)


def _redate(store, article: Article, document=None) -> None:
    """Estimate a publication date the metadata lacks again, from the text in the article's language (its
    month names, and an upgraded estimator, may read it differently); a date the input gave stays."""
    document = document or store.raw_document(article.id)
    article.published, article.published_estimated = publication_date(
        document.published, article.text, article.language, title=article.title
    )
    store.update_article(article)


def _redo_stage(store, article: Article, stage: str, analyzer) -> None:
    if stage == "times":  # relative expressions resolve against the publication date: estimate it first
        _redate(store, article)
    analysis = analyzer.analyze(article.text, article.language, article.published)
    with store.transaction():
        save_analysis(store, article.id, analysis, _SAVES[stage], analyzer.linker)
        if stage == "stories":
            assign_story(store, article, analysis)


def _redo_all(store, article: Article, analyzer, preparer: TextPreparer, assign_stories: bool) -> None:
    document = store.raw_document(article.id)
    prepared = preparer.prepare(document)  # SourceError when nothing is left: the stored version stays
    language_given = store.is_language_given(article.id)
    language = article.language if language_given else prepared.language
    published, estimated = publication_date(document.published, prepared.text, language, title=prepared.title)
    renewed = replace(
        article,
        text=prepared.text,
        title=prepared.title,
        language=language,
        language_confidence=article.language_confidence if language_given else prepared.language_confidence,
        published=published,
        published_estimated=estimated,
        content_hash=prepared.fingerprint.content_hash,
        story_id=None,
    )
    analysis = analyzer.analyze(renewed.text, renewed.language, renewed.published)
    analysis.language_confidence = renewed.language_confidence
    with store.transaction():
        store.replace_article(renewed, document, prepared.signature, language_given)
        save_analysis(store, renewed.id, analysis, analyzer.options.stages, analyzer.linker)
        if assign_stories:
            assign_story(store, renewed, analysis)
