"""Stories: reports of the same event grouped across languages and outlets, as they stream in.

- ``similarity(a, b)``: calibrated probability that two texts/articles report one story.
- ``assign_article(store, article, analysis)``: called by ingest for each stored article.
- ``embed_articles(store, articles, analyses)``: embed a batch before assigning (faster than one by one).
- ``restory(store, window_days=..., threshold=...)``: rebuild all stories with new settings.
- ``rashomon.stories.coherence.story_coherence(store, article_ids)``: how well a story's reports hang together (0-1).
- ``story_service(store)``: the per-store state (index, corrections) behind the CLI.
"""

from __future__ import annotations

from rashomon.model import Analysis, Article
from rashomon.stories.clustering import ClusteringOptions

_SERVICE_ATTRIBUTE = "_story_service"


def story_service(store, options: ClusteringOptions | None = None):
    """The StoryService of ``store``, created on first use and kept on the store object."""
    from rashomon.stories.service import StoryService

    service = getattr(store, _SERVICE_ATTRIBUTE, None)
    if service is None or (options is not None and service.options != options):
        service = StoryService(store, options)
        setattr(store, _SERVICE_ATTRIBUTE, service)
    return service


def assign_article(store, article: Article, analysis: Analysis | None, signals=None) -> str:
    """Assign a stored article to a live story or open a new one; returns the story ID.

    Called by the ingest pipeline inside the article's transaction; ``signals``
    from ``embed_articles`` spare it embedding the article alone.
    """
    return story_service(store).assign(article, analysis, signals)


def embed_articles(store, articles: list[Article], analyses: list[Analysis | None]) -> list:
    """What story assignment needs of ``articles`` (not yet stored, too), computed in one encoder batch."""
    return story_service(store).embed(articles, analyses)


def restory(store, window_days: float | None = None, threshold: float | None = None) -> dict:
    """Rebuild all stories from stored articles; see rashomon.stories.rebuild."""
    from rashomon.stories.rebuild import rebuild_stories

    defaults = ClusteringOptions()
    options = ClusteringOptions(
        threshold=defaults.threshold if threshold is None else threshold,
        window_days=defaults.window_days if window_days is None else window_days,
    )
    return rebuild_stories(store, options)


def similarity(a, b, language_a: str | None = None, language_b: str | None = None) -> float:
    """Probability in [0, 1] that ``a`` and ``b`` (texts or Articles) report the same story."""
    from rashomon.stories.pairwise import pair_probability

    return pair_probability(a, b, language_a, language_b)
