"""Read side: the review queue, a claim's detail, speakers; filtering and paging in SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, or_
from sqlmodel import Session, select

from factcheck.errors import NotFound
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
    context_start: int  # offsets of the text shown around the quote: its paragraph and
    context_end: int  # the paragraphs either side of it
    paragraph_start: int = 0  # offsets of the quote's own paragraph
    paragraph_end: int = 0


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
        # every claim seen in the article, wire copies included, not only those first seen there
        seen = select(Quote.claim_id).where(Quote.article_id == f.article_id)
        query = query.where(Claim.id.in_(seen))
    if f.min_confidence > 0:
        query = query.where(Claim.confidence >= f.min_confidence)
    if f.max_confidence < 1:
        query = query.where(Claim.confidence <= f.max_confidence)
    if f.search:
        like = f"%{f.search.strip()}%"
        query = query.where(or_(Claim.text.ilike(like), Speaker.name.ilike(like)))
    return query


def _triage_order(statuses: tuple[str, ...] = ()):  # noqa: ANN202
    """Unverified first, then disputed, then verified; low confidence first within each.

    With one status there is nothing to rank, and (confidence, id) walks the index on
    (status, confidence) instead of sorting every matching row.
    """
    if len(set(statuses)) == 1:
        return (Claim.confidence, Claim.id)
    rank = case((Claim.status == "unverified", 0), (Claim.status == "disputed", 1), else_=2)
    return (rank, Claim.confidence, Claim.id)


ORDERS = {
    "triage": "unverified and low confidence first",
    "confidence": "lowest confidence first",
    "newest": "newest first",
    "speaker": "by speaker",
}


def _order(order: str, statuses: tuple[str, ...] = ()):  # noqa: ANN202
    if order == "confidence":
        return (Claim.confidence, Claim.id)
    if order == "newest":
        return (Claim.id.desc(),)
    if order == "speaker":
        return (Speaker.name, Claim.id)
    return _triage_order(statuses)


def list_claims(
    *,
    session: Session,
    filters: ClaimFilter = ClaimFilter(),
    limit: int = 50,
    offset: int = 0,
    order: str = "triage",
) -> list[ClaimRow]:
    """Return one page of the queue, in triage order unless ``order`` names one of ORDERS."""
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
    query = (
        _filtered(query, filters)
        .order_by(*_order(order, filters.statuses))
        .limit(limit)
        .offset(offset)
    )
    return [ClaimRow(*row) for row in session.exec(query)]


def count_claims(*, session: Session, filters: ClaimFilter = ClaimFilter()) -> int:
    """Return how many claims match ``filters``."""
    query = select(func.count(Claim.id))
    if filters.speaker or filters.search:  # the join costs a lookup per row: only when needed
        query = query.outerjoin(Speaker, Speaker.id == Claim.speaker_id)
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
    appearances = [
        Appearance(
            q,
            a,
            *paragraph_bounds(a.text, q.start, q.end, neighbours=1),
            *paragraph_bounds(a.text, q.start, q.end),
        )
        for q, a in rows
    ]
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


def paragraph_bounds(text: str, start: int, end: int, *, neighbours: int = 0) -> tuple[int, int]:
    """Return the offsets of the paragraph(s) holding text[start:end].

    ``neighbours`` widens the window by that many non-empty paragraphs on either side.
    """
    left = text.rfind("\n", 0, start)
    right = text.find("\n", end)
    lo, hi = (0 if left < 0 else left + 1), (len(text) if right < 0 else right)
    for _ in range(neighbours):
        before = text[:lo].rstrip()
        if before:
            cut = before.rfind("\n")
            lo = 0 if cut < 0 else cut + 1
        rest = len(text) - len(text[hi:].lstrip())
        if rest < len(text):
            cut = text.find("\n", rest)
            hi = len(text) if cut < 0 else cut
    return lo, hi


def speaker_names(*, session: Session) -> list[str]:
    """Return every speaker's name, sorted."""
    return list(session.exec(select(Speaker.name).order_by(Speaker.name)))


def articles(*, session: Session) -> list[Article]:
    """Return the current articles, newest first."""
    query = select(Article).where(Article.is_current).order_by(Article.id.desc())
    return list(session.exec(query))


def kinds(*, session: Session) -> list[str]:
    """Return the claim kinds present in the database, sorted."""
    return list(session.exec(select(Claim.kind).distinct().order_by(Claim.kind)))


def article_choices(*, session: Session, limit: int = 5000) -> list[tuple[int, str]]:
    """Return (id, label) of the current articles, newest first, without their texts."""
    query = (
        select(Article.id, Article.title, Article.publication, Article.source)
        .where(Article.is_current)
        .order_by(Article.id.desc())
        .limit(limit)
    )
    out = []
    for id_, title, publication, source in session.exec(query):
        label = title or source or f"article {id_}"
        if publication:
            label = f"{label} ({publication})"
        out.append((id_, label))
    return out


@dataclass(frozen=True)
class SpeakerTally:
    """One speaker with how many of their claims stand at each status."""

    name: str
    description: str | None
    claims: int
    verified: int
    disputed: int
    unverified: int


def _tally_columns():  # noqa: ANN202
    def n(status: str):  # noqa: ANN202
        return func.sum(case((Claim.status == status, 1), else_=0))

    return func.count(Claim.id), n("verified"), n("disputed"), n("unverified")


def speaker_tallies(*, session: Session, limit: int = 1000) -> list[SpeakerTally]:
    """Return the speakers with the most claims first, each with their status tally."""
    query = (
        select(Speaker.name, Speaker.description, *_tally_columns())
        .join(Claim, Claim.speaker_id == Speaker.id)
        .group_by(Speaker.id, Speaker.name, Speaker.description)
        .order_by(func.count(Claim.id).desc(), Speaker.name)
        .limit(limit)
    )
    return [SpeakerTally(*row) for row in session.exec(query)]


@dataclass
class SpeakerProfile:
    """A speaker, their tally, and their claims across articles (triage order)."""

    speaker: Speaker
    tally: SpeakerTally
    claims: list[ClaimRow]
    articles: int


def speaker_profile(*, session: Session, name: str, limit: int = 500) -> SpeakerProfile:
    """Return everything the speaker page shows about ``name``; raise NotFound."""
    speaker = session.exec(select(Speaker).where(Speaker.name == name)).first()
    if speaker is None:
        raise NotFound(f"no speaker named {name!r}")
    total, verified, disputed, unverified = session.exec(
        select(*_tally_columns()).where(Claim.speaker_id == speaker.id)
    ).one()
    tally = SpeakerTally(
        speaker.name, speaker.description, total, verified or 0, disputed or 0, unverified or 0
    )
    n_articles = session.exec(
        select(func.count(func.distinct(Quote.article_id)))
        .join(Claim, Claim.id == Quote.claim_id)
        .where(Claim.speaker_id == speaker.id)
    ).one()
    rows = list_claims(session=session, filters=ClaimFilter(speaker=name), limit=limit)
    return SpeakerProfile(speaker, tally, rows, n_articles)
