"""Export: quote sheets of reviewed claims (CSV, JSON, Markdown, HTML, ClaimReview JSON-LD)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import nulls_last
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from factcheck import exporters
from factcheck.errors import FactcheckError
from factcheck.exporters import GROUP_BY, SheetRow
from factcheck.storage import STATUSES, Article, Claim, Quote, Speaker

EXPORT_FORMATS: tuple[str, ...] = ("csv", "json", "md", "html", "claimreview")

_SUFFIX = {"csv": ".csv", "json": ".json", "md": ".md", "html": ".html", "claimreview": ".jsonld"}
_MEDIA_TYPE = {
    "csv": "text/csv",
    "json": "application/json",
    "md": "text/markdown",
    "html": "text/html",
    "claimreview": "application/ld+json",
}


def file_suffix(fmt: str) -> str:
    """Return the file name suffix for ``fmt`` (``.csv``, ``.jsonld`` ...)."""
    return _SUFFIX[_check_format(fmt)]


def media_type(fmt: str) -> str:
    """Return the MIME type for ``fmt``, with its charset where it is text."""
    kind = _MEDIA_TYPE[_check_format(fmt)]
    return f"{kind}; charset=utf-8" if kind.startswith("text/") else kind


def file_name(fmt: str, statuses: Iterable[str] = ("verified",)) -> str:
    """Return a default file name such as ``verified-quotes-2026-11-29.csv``."""
    label = "-".join(statuses) or "all"
    return f"{label}-quotes-{date.today().isoformat()}{file_suffix(fmt)}"


def encode_sheet(text: str, fmt: str) -> bytes:
    """Return the sheet as file bytes: UTF-8, with a BOM for CSV so spreadsheets read UTF-8."""
    return text.encode("utf-8-sig" if _check_format(fmt) == "csv" else "utf-8")


def sheet_rows(
    *,
    session: Session,
    statuses: Iterable[str] = ("verified",),
    article_id: int | None = None,
    speaker: str | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    group_by: str = "article",
    current_only: bool = True,
) -> Iterator[SheetRow]:
    """Yield the quotes of claims with one of ``statuses``, sorted by group then article order.

    ``since``/``until`` bound the review date (inclusive; a date covers the whole day, UTC).
    ``current_only`` leaves out quotes found only in superseded versions of an article.
    """
    statuses = tuple(statuses)
    for s in statuses:
        if s not in STATUSES:
            raise FactcheckError(f"status must be one of {', '.join(STATUSES)}, not {s!r}")
    if group_by not in GROUP_BY:
        raise FactcheckError(f"group by one of {', '.join(GROUP_BY)}, not {group_by!r}")
    query = (
        select(
            Claim.id,
            Quote.id,
            Claim.status,
            Quote.text,
            Quote.kind,
            Speaker.name,
            Speaker.description,
            Speaker.kind,
            Article.id,
            Article.title,
            Article.publication,
            Article.published,
            Article.url,
            Claim.reviewed_by,
            Claim.reviewed_at,
            Claim.note,
            Claim.evidence_url,
            Quote.start,
            Quote.end,
        )
        .join(Claim, Claim.id == Quote.claim_id)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
    )
    if statuses:
        query = query.where(Claim.status.in_(statuses))
    if current_only:
        query = query.where(Article.is_current)
    if article_id is not None:
        query = query.where(Quote.article_id == article_id)
    if speaker:
        query = query.where(Speaker.name == speaker)
    if since is not None:
        query = query.where(Claim.reviewed_at >= _bound(since, end=False))
    if until is not None:
        query = query.where(Claim.reviewed_at < _bound(until, end=True))
    # NULLs last on both databases (SQLite puts them first by default, PostgreSQL last)
    order = (nulls_last(Article.published), Article.id, Quote.start, Quote.id)
    if group_by == "speaker":
        order = (nulls_last(Speaker.name), *order)
    query = query.order_by(*order)
    for row in session.execute(query):
        yield SheetRow(*row)


def export_sheet(
    *,
    session: Session,
    fmt: str,
    statuses: Iterable[str] = ("verified",),
    article_id: int | None = None,
    speaker: str | None = None,
    since: date | datetime | str | None = None,
    until: date | datetime | str | None = None,
    group_by: str = "article",
    title: str | None = None,
    review_url: str | None = None,
) -> str:
    """Return the quote sheet as text in ``fmt`` (one of EXPORT_FORMATS).

    ``title`` heads the Markdown and HTML sheets; ``review_url`` is where the desk publishes
    its reviews (ClaimReview ``url``; ``{claim_id}`` in it is replaced).
    """
    fmt = _check_format(fmt)
    statuses = tuple(statuses)
    rows = sheet_rows(
        session=session,
        statuses=statuses,
        article_id=article_id,
        speaker=speaker,
        since=since,
        until=until,
        group_by=group_by,
    )
    if fmt in ("md", "html"):
        label = " and ".join(statuses) if statuses else "all"
        heading = title or f"Quote sheet: {label} quotes"
        return exporters.FORMATTERS[fmt](rows, group_by, heading)
    if fmt == "claimreview":
        return exporters.to_claimreview(rows, group_by, review_url)
    return exporters.FORMATTERS[fmt](rows, group_by)


def export_bytes(*, engine: Engine, fmt: str, **options) -> bytes:  # noqa: ANN003
    """Return the sheet as file bytes, in a session of its own (for deferred downloads)."""
    with Session(engine) as session:
        return encode_sheet(export_sheet(session=session, fmt=fmt, **options), fmt)


def count_sheet(*, session: Session, **filters) -> int:  # noqa: ANN003
    """Return how many quotes the sheet with these filters holds."""
    return sum(1 for _ in sheet_rows(session=session, **filters))


def _check_format(fmt: str) -> str:
    if fmt not in EXPORT_FORMATS:
        raise FactcheckError(f"format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    return fmt


def _bound(value: date | datetime | str, *, end: bool) -> datetime:
    """Return a timezone-aware bound; a bare date means its whole day (``end``: the next day)."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            raise FactcheckError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    day = value + timedelta(days=1) if end else value
    return datetime.combine(day, time.min, tzinfo=UTC)
