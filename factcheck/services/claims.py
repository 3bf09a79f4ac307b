"""Read side: the review queue, a claim's detail, speakers; filtering and paging in SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, or_
from sqlmodel import Session, select

from factcheck.services.review import claim_history, get_claim
from factcheck.storage import Article, Claim, Quote, Review, Speaker


@dataclass(frozen=True)
class ClaimFilter:
    """What the queue shows; empty fields filter nothing."""

    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    speaker: str | None = None
    article_id: int | None = None
    min_confidence: float = 0.0
    max_confidence: float = 1.0
    search: str | None = None


@dataclass(frozen=True)
class ClaimRow:
    id: int
    text: str
    kind: str
    speaker: str | None
    confidence: float
    status: str
    article_id: int | None
    article_title: str | None
    reviewed_by: str | None
    reviewed_at: datetime | None
    version: int


@dataclass(frozen=True)
class Appearance:
    quote: Quote
    article: Article
    context_start: int  # offsets of the paragraph(s) shown around the quote
    context_end: int


@dataclass
class ClaimDetail:
    claim: Claim
    speaker: Speaker | None
    appearances: list[Appearance]
    history: list[Review]
    same_speaker: list[ClaimRow] = field(default_factory=list)


def _filtered(query, f: ClaimFilter):  # noqa: ANN001, ANN202
    if f.statuses:
        query = query.where(Claim.status.in_(f.statuses))
    if f.kinds:
        query = query.where(Claim.kind.in_(f.kinds))
    if f.speaker:
        query = query.where(Speaker.name == f.speaker)
    if f.article_id is not None:
        query = query.where(Claim.article_id == f.article_id)
    if f.min_confidence > 0:
        query = query.where(Claim.confidence >= f.min_confidence)
    if f.max_confidence < 1:
        query = query.where(Claim.confidence <= f.max_confidence)
    if f.search:
        like = f"%{f.search.strip()}%"
        query = query.where(or_(Claim.text.ilike(like), Speaker.name.ilike(like)))
    return query


def _triage_order():  # noqa: ANN202
    """Unverified first, then disputed, then verified; low confidence first within each."""
    rank = case((Claim.status == "unverified", 0), (Claim.status == "disputed", 1), else_=2)
    return (rank, Claim.confidence, Claim.id)


def list_claims(
    *, session: Session, filters: ClaimFilter = ClaimFilter(), limit: int = 50, offset: int = 0
) -> list[ClaimRow]:
    """Return one page of the queue in triage order."""
    query = (
        select(
            Claim.id,
            Claim.text,
            Claim.kind,
            Speaker.name,
            Claim.confidence,
            Claim.status,
            Claim.article_id,
            Article.title,
            Claim.reviewed_by,
            Claim.reviewed_at,
            Claim.version,
        )
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id)
        .outerjoin(Article, Article.id == Claim.article_id)
    )
    query = _filtered(query, filters).order_by(*_triage_order()).limit(limit).offset(offset)
    return [ClaimRow(*row) for row in session.exec(query)]


def count_claims(*, session: Session, filters: ClaimFilter = ClaimFilter()) -> int:
    """Return how many claims match ``filters``."""
    query = select(func.count(Claim.id)).outerjoin(Speaker, Speaker.id == Claim.speaker_id)
    return session.exec(_filtered(query, filters)).one()


def status_counts(*, session: Session) -> dict[str, int]:
    """Return the number of claims per status (all three statuses present)."""
    counts = dict.fromkeys(("unverified", "verified", "disputed"), 0)
    for status, n in session.exec(select(Claim.status, func.count()).group_by(Claim.status)):
        counts[status] = n
    return counts


def claim_detail(*, session: Session, claim_id: int) -> ClaimDetail:
    """Return a claim with its speaker, where it appeared (with context) and its history."""
    claim = get_claim(session=session, claim_id=claim_id)
    speaker = session.get(Speaker, claim.speaker_id) if claim.speaker_id else None
    rows = session.exec(
        select(Quote, Article)
        .join(Article, Article.id == Quote.article_id)
        .where(Quote.claim_id == claim_id)
        .order_by(Article.is_current.desc(), Quote.id)
    ).all()
    appearances = [Appearance(q, a, *paragraph_bounds(a.text, q.start, q.end)) for q, a in rows]
    same = []
    if speaker is not None:
        same = [
            r
            for r in list_claims(
                session=session, filters=ClaimFilter(speaker=speaker.name), limit=21
            )
            if r.id != claim_id
        ][:20]
    history = claim_history(session=session, claim_id=claim_id)
    return ClaimDetail(claim, speaker, appearances, history, same)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the paragraph(s) holding text[start:end]."""
    left = text.rfind("\n", 0, start)
    right = text.find("\n", end)
    return (0 if left < 0 else left + 1), (len(text) if right < 0 else right)


def speaker_names(*, session: Session) -> list[str]:
    """Return every speaker's name, sorted."""
    return list(session.exec(select(Speaker.name).order_by(Speaker.name)))


def articles(*, session: Session) -> list[Article]:
    """Return the current articles, newest first."""
    query = select(Article).where(Article.is_current).order_by(Article.id.desc())
    return list(session.exec(query))
