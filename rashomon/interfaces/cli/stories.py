"""`rashomon` commands for stories."""

from rashomon.interfaces.cli.app import main  # noqa: F401
