"""`rashomon` commands for serve."""

from rashomon.interfaces.cli.app import main  # noqa: F401
