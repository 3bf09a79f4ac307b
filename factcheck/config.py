"""Where the database lives: --db URL, else FACTCHECK_DB, else the embedded SQLite file."""

from __future__ import annotations

import os

DEFAULT_DB_URL = "sqlite:///db/factcheck.sqlite"


def database_url(explicit: str | None = None) -> str:
    """Return the database URL to use, by the order of DESIGN.md."""
    return explicit or os.environ.get("FACTCHECK_DB") or DEFAULT_DB_URL
