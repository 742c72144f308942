"""The ``rashomon`` command group; command modules attach their commands to ``main``."""

import click

from rashomon import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rashomon")
def main() -> None:
    """Rashomon: read the news in many languages and see, story by story, what each source says."""
