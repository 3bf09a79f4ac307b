"""Exceptions the faces turn into one line a reviewer can read."""


class FactcheckError(Exception):
    """Base of every error a user may see; its message is one readable line."""


class InputError(FactcheckError):
    """An input file or URL cannot be read as an article."""


class NotFound(FactcheckError):
    """No such claim, speaker or article."""


class ReviewConflict(FactcheckError):
    """The claim changed since the reviewer loaded it."""

    def __init__(self, message: str, current: object | None = None):
        super().__init__(message)
        self.current = current


class InvalidSql(FactcheckError):
    """A query is refused: only read-only statements are allowed."""


class DatabaseError(FactcheckError):
    """The database cannot be opened, is locked, or has an unknown schema."""
