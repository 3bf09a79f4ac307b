"""Read article files into ArticleInput records: text decoded, headline and byline found.

Errors are InputError with one line naming the file and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # no news article comes near it
ARTICLE_SUFFIXES = {".txt", ".text", ".md"}
_BYLINE = re.compile(r"^\s*by\s+(\S.{0,80}?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleInput:
    """An article ready to parse and store."""

    text: str
    source: str
    title: str | None = None
    byline: str | None = None
    publication: str | None = None
    published: str | None = None
    url: str | None = None
    warning: str | None = None  # e.g. "decoded as cp1252"


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the article files named by ``paths``, walking folders recursively in name order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield child
        else:
            yield path


def decode(data: bytes, source: str) -> tuple[str, str | None]:
    """Return the text of ``data`` and a warning when it was not UTF-8; raise InputError."""
    if not data.strip():
        raise InputError(f"{source}: skipped, the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: skipped, it is a binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8, decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8, decoded as Latin-1"


def read_bytes(data: bytes, source: str, *, max_bytes: int = MAX_BYTES) -> list[ArticleInput]:
    """Return the articles in an uploaded or read file, chosen by the name's suffix."""
    _check_size(len(data), source, max_bytes)
    text, warning = decode(data, source)
    title, byline = headline_and_byline(text)
    return [ArticleInput(text=text, source=source, title=title, byline=byline, warning=warning)]


def _check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(
            f"{source}: skipped, the file is {size / 1e6:.1f} MB, over the "
            f"{max_bytes / 1e6:.0f} MB limit"
        )


def read_text_file(path: Path, max_bytes: int = MAX_BYTES) -> ArticleInput:
    """Return the article in a plain-text file (headline line, optional byline, body)."""
    source = str(path)
    try:
        _check_size(path.stat().st_size, source, max_bytes)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder") from None
    except PermissionError:
        raise InputError(f"{source}: cannot be read (permission denied)") from None
    text, warning = decode(data, source)
    title, byline = headline_and_byline(text)
    return ArticleInput(text=text, source=source, title=title, byline=byline, warning=warning)


def headline_and_byline(text: str) -> tuple[str | None, str | None]:
    """Return the first non-empty line as the headline and a ``by NAME`` line as byline."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[0][:300] if lines else None
    byline = next((m.group(1) for line in lines[:6] if (m := _BYLINE.match(line))), None)
    return title, byline
