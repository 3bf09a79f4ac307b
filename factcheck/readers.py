"""Read articles into ArticleInput records: plain text, HTML pages, JSON Lines batches.

The format is chosen by the name's suffix (``.html``/``.htm`` -> trafilatura, ``.jsonl`` -> one
article a line, anything else -> plain text); a name without a known suffix (standard input, a
URL) is sniffed from its first bytes. Errors are InputError with one line naming the input and
the problem.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # no news article comes near it
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MIN_HTML_TEXT = 40  # characters: less than this is a menu or a cookie banner, not an article
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
    if b"\x00" in data:
        # NUL never occurs in text, and PostgreSQL cannot store it in a text column
        raise InputError(f"{source}: skipped, it is a binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8, decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "not UTF-8, decoded as Latin-1"


def format_of(source: str, data: bytes, content_type: str | None = None) -> str:
    """Return "html", "jsonl" or "text" for an input, by suffix, content type, or its start."""
    name = source.split("?", 1)[0].split("#", 1)[0].lower()
    suffix = Path(name).suffix
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if content_type and "html" in content_type.lower():
        return "html"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def iter_articles(
    data: bytes,
    source: str,
    *,
    max_bytes: int = MAX_BYTES,
    content_type: str | None = None,
    url: str | None = None,
    fmt: str | None = None,
    first_line: int = 1,
) -> Iterator[ArticleInput | InputError]:
    """Yield the articles in ``data``, or an InputError for each part that cannot be read.

    A JSON Lines batch yields one item a line, so one bad line does not lose the others.
    ``fmt`` ("html", "jsonl", "text") overrides the choice by name and content.
    """
    try:
        _check_size(len(data), source, max_bytes)
        kind = fmt or format_of(source, data, content_type)
        if kind == "html":
            yield read_html(data, source, url=url)
        elif kind == "jsonl":
            yield from read_jsonl(data, source, first_line)
        else:
            yield read_text(data, source, url=url)
    except InputError as exc:
        yield exc


def read_bytes(data: bytes, source: str, *, max_bytes: int = MAX_BYTES) -> list[ArticleInput]:
    """Return the articles in an uploaded or read file, chosen by the name's suffix.

    Raises InputError for the first part that cannot be read.
    """
    articles = []
    for item in iter_articles(data, source, max_bytes=max_bytes):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


def read_text(data: bytes, source: str, *, url: str | None = None) -> ArticleInput:
    """Return the article in a plain-text file (headline line, optional byline, body)."""
    text, warning = decode(data, source)
    title, byline = headline_and_byline(text)
    return ArticleInput(
        text=text, source=source, title=title, byline=byline, url=url, warning=warning
    )


def read_html(data: bytes, source: str, *, url: str | None = None) -> ArticleInput:
    """Return the article of a web page: main text and metadata extracted by trafilatura.

    The stored text is trafilatura's extracted text, so quote offsets refer to it.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    if not data.strip():
        raise InputError(f"{source}: skipped, the file is empty")
    if b"\x00" in data:
        raise InputError(f"{source}: skipped, it is a binary file, not HTML")
    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_tables=False)
    except Exception as exc:  # noqa: BLE001 (a broken page must cost one line, not the run)
        raise InputError(f"{source}: skipped, the page cannot be read as HTML ({exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_HTML_TEXT:
        raise InputError(f"{source}: skipped, no article text found in the page")
    text = text.replace("\x00", "")
    return ArticleInput(
        text=text,
        source=source,
        title=_clean(doc.title),
        byline=_clean(doc.author),
        publication=_clean(doc.sitename),
        published=_clean(doc.date),
        url=_clean(doc.url) or url,
    )


def read_jsonl(
    data: bytes, source: str, first_line: int = 1
) -> Iterator[ArticleInput | InputError]:
    """Yield one article per line of a JSON Lines batch (``text``, ``title``, ``url``, ...).

    A line that is not a JSON object with a non-empty ``text`` yields an InputError naming
    ``source:LINE``; ``first_line`` numbers the lines of a part of a bigger batch.
    """
    text, warning = decode(data, source)
    # split on "\n" only: JSON strings may hold U+2028 and other characters splitlines() cuts at
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: skipped, not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{where}: skipped, not a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputError(f'{where}: skipped, no "text" in the record')
            continue
        if "\x00" in body:
            yield InputError(f"{where}: skipped, the text contains NUL characters")
            continue
        title, byline = headline_and_byline(body)
        yield ArticleInput(
            text=body,
            source=where,
            title=_field(record, "title") or title,
            byline=_field(record, "byline") or _field(record, "author") or byline,
            publication=_field(record, "publication"),
            published=_field(record, "published"),
            url=_field(record, "url"),
            warning=warning,
        )


def split_jsonl(data: bytes, lines_per_part: int = 100) -> Iterator[tuple[int, bytes]]:
    """Yield (first line number, bytes) parts of a JSON Lines batch, whole lines each.

    Splitting on the byte 0x0A is safe in UTF-8, cp1252 and Latin-1 alike.
    """
    lines = data.split(b"\n")
    for i in range(0, len(lines), lines_per_part):
        part = b"\n".join(lines[i : i + lines_per_part])
        if part.strip():
            yield i + 1, part


def _field(record: dict, name: str) -> str | None:
    value = record.get(name)
    return _clean(str(value)) if value is not None else None


def _clean(value: str | None) -> str | None:
    value = (value or "").replace("\x00", "").strip()
    return value or None


def megabytes(size: int) -> str:
    """Return ``size`` in MB (MiB) as people read it: "20 MB", "3.5 MB", "0.001 MB"."""
    mb = size / 2**20
    return f"{mb:.{0 if mb == int(mb) else 1 if mb >= 0.05 else 4}f} MB"


def _check_size(size: int, source: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(
            f"{source}: skipped, the file is {megabytes(size)}, over the "
            f"{megabytes(max_bytes)} limit"
        )


def read_path_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Return the bytes of a file after checking its size; raise InputError."""
    source = str(path)
    try:
        _check_size(path.stat().st_size, source, max_bytes)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder") from None
    except PermissionError:
        raise InputError(f"{source}: cannot be read (permission denied)") from None


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> list[ArticleInput | InputError]:
    """Return the articles in a file (any format), or InputErrors for what cannot be read."""
    try:
        data = read_path_bytes(path, max_bytes)
    except InputError as exc:
        return [exc]
    return list(iter_articles(data, str(path), max_bytes=max_bytes))


def read_text_file(path: Path, max_bytes: int = MAX_BYTES) -> ArticleInput:
    """Return the article in a plain-text file (headline line, optional byline, body)."""
    return read_text(read_path_bytes(path, max_bytes), str(path))


def headline_and_byline(text: str) -> tuple[str | None, str | None]:
    """Return the first non-empty line as the headline and a ``by NAME`` line as byline."""
    lines = [line.strip() for line in text.splitlines()[:40] if line.strip()]
    title = lines[0][:300] if lines else None
    byline = next((m.group(1) for line in lines[:6] if (m := _BYLINE.match(line))), None)
    return title, byline
