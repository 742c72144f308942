"""`rashomon` commands for compare."""

from rashomon.interfaces.cli.app import main  # noqa: F401
