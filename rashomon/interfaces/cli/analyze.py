"""`rashomon` commands for analyze."""

from rashomon.interfaces.cli.app import main  # noqa: F401
