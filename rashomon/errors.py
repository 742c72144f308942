"""Errors a user can cause, each with a stable code (like spaCy's E-codes).

The CLI prints ``error[CODE]: message`` and exits 2 for usage errors and 1 for
failed items; the API maps them to 4xx responses.
"""


class RashomonError(Exception):
    code = "R000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


class UsageError(RashomonError):
    """The user asked for something malformed (bad option value, bad ID format)."""

    code = "R001"


class NotFoundError(RashomonError):
    """An ID or name that is not in the store."""

    code = "R002"


class StoreError(RashomonError):
    """The database cannot be opened, is damaged, or is from a newer version."""

    code = "R003"


class SourceError(RashomonError):
    """One input item cannot be read (unreadable, binary, malformed, oversized)."""

    code = "R004"


class FetchError(SourceError):
    """A URL could not be fetched or was refused (private address, too large, too many redirects)."""

    code = "R005"
