"""Rashomon: read the news in many languages and see, story by story, what each source says.

Python API (mirrors the CLI)::

    import rashomon
    store = rashomon.open("news.db")
    store.ingest(["../shared/seeds"])
    for article in store.articles():
        ...
"""

__version__ = "0.1.0"


def open(db=None):  # noqa: A001 - mirrors the CLI's --db
    """Open the store at ``db`` (a SQLite path; default per-user)."""
    from rashomon.store import open_store

    return open_store(db)
