"""Quote extraction: the public entry point of the attribution engine (see ``sieve``)."""

from __future__ import annotations

from factcheck.parsing.model import Quote
from factcheck.parsing.sieve import extract

# bumped whenever extraction changes, so `factcheck reparse` knows which stored articles are stale
PARSER_VERSION = "1.3"


def extract_quotes(text: str) -> list[Quote]:
    """Return the quotes of ``text`` in article order: in marks (direct, partial) and reported.

    Offsets index ``text`` exactly as given (callers remove a BOM when they decode a file).
    """
    return extract(text)
