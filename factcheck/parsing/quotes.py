"""Quote extraction: the public entry point over the attribution sieve (``sieve.py``)."""

from __future__ import annotations

from factcheck.parsing.model import Quote
from factcheck.parsing.sieve import extract

PARSER_VERSION = "1.0"


def extract_quotes(text: str) -> list[Quote]:
    """Return the quotes of ``text`` (direct, partial and indirect) in article order."""
    if text.startswith("\ufeff"):
        text = text[1:]  # callers pass BOM-free text; offsets must match theirs
    return extract(text)
