"""Storage: SQLModel tables, the engine factory and schema migrations."""

from factcheck.storage.db import head_revision, make_engine, open_database, upgrade
from factcheck.storage.models import (
    STATUSES,
    Article,
    Claim,
    Quote,
    Review,
    Speaker,
    Status,
    utcnow,
)

__all__ = [
    "STATUSES",
    "Article",
    "Claim",
    "Quote",
    "Review",
    "Speaker",
    "Status",
    "head_revision",
    "make_engine",
    "open_database",
    "upgrade",
    "utcnow",
]
