"""`rashomon` commands for articles."""

from rashomon.interfaces.cli.app import main  # noqa: F401
