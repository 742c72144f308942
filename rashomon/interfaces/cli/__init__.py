"""The ``rashomon`` command line. Each module registers its commands on ``app.main``."""

from rashomon.interfaces.cli import analyze, articles, backfill, compare, entities, quotes, serve, stories  # noqa: F401
from rashomon.interfaces.cli.app import main

__all__ = ["main"]
