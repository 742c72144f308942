"""`rashomon` commands for quotes."""

from rashomon.interfaces.cli.app import main  # noqa: F401
