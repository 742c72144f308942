"""`rashomon` commands for entities."""

from rashomon.interfaces.cli.app import main  # noqa: F401
