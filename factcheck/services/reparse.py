"""Re-parse stored articles with a new parser; and what changed between article versions.

A re-parse replaces an article's quotes in one transaction. Claims are matched by key (text +
speaker), so a quote the new parser still finds keeps its claim and its review. A claim no
longer found anywhere is reported; it is deleted only when nobody ever reviewed it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from factcheck.errors import NotFound
from factcheck.parsing import PARSER_VERSION, extract_quotes
from factcheck.parsing import Quote as ParsedQuote
from factcheck.readers import ArticleInput
from factcheck.services.ingest import (
    POOL_MIN_TASKS,
    ClaimChanges,
    ParserBug,
    _claims_of,
    _status_of,
    checked,
    compare_claims,
    default_workers,
    store_quotes_bulk,
)
from factcheck.storage import Article, Claim, Quote, Review, Speaker
from factcheck.words import counted

BATCH_SIZE = 50


@dataclass
class ReparseResult:
    """What a re-parse did to one article."""

    article_id: int
    source: str | None
    status: str  # reparsed | failed
    quotes: int = 0
    changes: ClaimChanges | None = None
    deleted: int = 0  # unreviewed claims found nowhere any more
    message: str | None = None

    def line(self) -> str:
        """Return the one line the CLI prints for this article."""
        name = f"article {self.article_id} ({self.source})" if self.source else str(self.article_id)
        if self.status == "failed":
            return f"{name}: failed, {self.message}"
        c = self.changes
        gone = f"{c.gone} gone"
        if c.gone_reviewed:
            gone += f" (kept, reviewed: {', '.join(sorted(c.gone_reviewed))})"
        return (
            f"{name}: {counted(self.quotes, 'quote')}; {counted(c.kept, 'claim')} kept "
            f"({c.kept_reviewed} reviewed), "
            f"{c.new} new, {gone}"
        )


def outdated_articles(*, session: Session, everything: bool = False) -> list[int]:
    """Return the ids of articles parsed by another parser version (all with ``everything``)."""
    query = select(Article.id).order_by(Article.id)
    if not everything:
        query = query.where(
            sa.or_(Article.parser_version.is_(None), Article.parser_version != PARSER_VERSION)
        )
    return list(session.exec(query).all())


def _parse(item: tuple[int, str]) -> tuple[int, list[ParsedQuote] | str]:
    article_id, text = item
    try:
        quotes = extract_quotes(text)
    except Exception as exc:  # noqa: BLE001 (one article's parser bug must not stop the run)
        return article_id, f"the parser raised {type(exc).__name__}: {exc}".splitlines()[0]
    try:
        return article_id, checked(quotes, ArticleInput(text=text, source=f"article {article_id}"))
    except ParserBug as exc:
        return article_id, exc.reason


def _iter_parsed(engine: Engine, ids: list[int], workers: int) -> Iterator[tuple]:
    def texts(part: list[int]) -> list[tuple[int, str]]:
        with Session(engine) as session:
            rows = session.exec(select(Article.id, Article.text).where(Article.id.in_(part)))
            return sorted(rows.all())

    parts = [ids[i : i + BATCH_SIZE] for i in range(0, len(ids), BATCH_SIZE)]
    if workers <= 1 or len(ids) < POOL_MIN_TASKS:
        for part in parts:
            yield [_parse(item) for item in texts(part)]
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers) as pool:
        for part in parts:
            yield list(pool.map(_parse, texts(part), chunksize=8))


def _reparse_one(session: Session, article_id: int, quotes: list[ParsedQuote]) -> ReparseResult:
    article = session.get(Article, article_id)
    before = _claims_of(session, article_id)
    session.execute(sa.delete(Quote).where(Quote.article_id == article_id))
    after = store_quotes_bulk(session, [(article_id, quotes)]).get(article_id, set())
    session.execute(
        sa.update(Article).where(Article.id == article_id).values(parser_version=PARSER_VERSION)
    )
    changes = compare_claims(session, before, after, article.version)
    deleted = _delete_orphans(session, before - after)
    return ReparseResult(article_id, article.source, "reparsed", len(quotes), changes, deleted)


def _delete_orphans(session: Session, claim_ids: set[int]) -> int:
    """Delete the claims in ``claim_ids`` that appear nowhere and were never reviewed."""
    if not claim_ids:
        return 0
    status = _status_of(session, claim_ids)
    candidates = [c for c, (_s, reviewed) in status.items() if not reviewed]
    if not candidates:
        return 0
    still_quoted = set(
        session.exec(select(Quote.claim_id).where(Quote.claim_id.in_(candidates))).all()
    )
    with_history = set(
        session.exec(select(Review.claim_id).where(Review.claim_id.in_(candidates))).all()
    )
    orphans = [c for c in candidates if c not in still_quoted and c not in with_history]
    if orphans:
        session.execute(sa.delete(Claim).where(Claim.id.in_(orphans)))
    return len(orphans)


def reparse_articles(
    engine: Engine,
    *,
    everything: bool = False,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[ReparseResult]:
    """Re-parse outdated articles (all with ``everything``); yield one result per article.

    Each article is replaced in its own transaction: quotes, claims and parser version together.
    """
    with Session(engine) as session:
        ids = outdated_articles(session=session, everything=everything)
    workers = default_workers() if workers is None else max(1, workers)
    done = 0
    for parsed in _iter_parsed(engine, ids, workers):
        for article_id, quotes in parsed:
            done += 1
            if isinstance(quotes, str):
                yield ReparseResult(article_id, None, "failed", message=quotes)
                continue
            with Session(engine) as session:
                try:
                    result = _reparse_one(session, article_id, quotes)
                    session.commit()
                except sa.exc.DBAPIError as exc:
                    session.rollback()
                    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
                    result = ReparseResult(
                        article_id, None, "failed", message=f"database error: {first}"
                    )
            yield result
        if progress is not None:
            progress(done)


# --- what changed between versions (for the dashboard) -------------------------------------


@dataclass(frozen=True)
class ClaimRef:
    """A claim as the change list shows it."""

    id: int
    text: str
    speaker: str | None
    status: str
    reviewed: bool


SIMILAR = 0.6  # difflib ratio above which a gone and a new quote of one speaker are "changed"


@dataclass
class ArticleChanges:
    """The claims of an article version compared with the version before it."""

    article_id: int
    version: int
    previous_id: int | None
    kept: list[ClaimRef] = field(default_factory=list)
    new: list[ClaimRef] = field(default_factory=list)
    gone: list[ClaimRef] = field(default_factory=list)
    # (gone, new) pairs that look like one quote edited: same speaker, similar words. The old
    # claim keeps its review; the new one needs its own, and the old decision helps with it.
    changed: list[tuple[ClaimRef, ClaimRef]] = field(default_factory=list)


def pair_changed(gone: list[ClaimRef], new: list[ClaimRef]) -> list[tuple[ClaimRef, ClaimRef]]:
    """Return (gone, new) pairs of one speaker whose texts are similar, most similar first."""
    from difflib import SequenceMatcher

    scored = []
    for g in gone:
        for n in new:
            if g.speaker == n.speaker:
                ratio = SequenceMatcher(None, g.text.casefold(), n.text.casefold()).ratio()
                if ratio >= SIMILAR:
                    scored.append((ratio, g.id, n.id, g, n))
    pairs, used = [], set()
    for _ratio, gid, nid, g, n in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if gid not in used and nid not in used:
            used |= {gid, nid}
            pairs.append((g, n))
    return pairs


def _refs(session: Session, claim_ids: set[int]) -> list[ClaimRef]:
    if not claim_ids:
        return []
    query = (
        select(Claim.id, Claim.text, Speaker.name, Claim.status, Claim.reviewed_by)
        .join(Speaker, Claim.speaker_id == Speaker.id, isouter=True)
        .where(Claim.id.in_(sorted(claim_ids)))
        .order_by(Claim.id)
    )
    return [
        ClaimRef(cid, text, who, status, status != "unverified" or by is not None)
        for cid, text, who, status, by in session.exec(query).all()
    ]


def article_changes(*, session: Session, article_id: int) -> ArticleChanges:
    """Return the claims kept, new and gone in ``article_id`` since its previous version.

    A first version has no previous one: all its claims are new. Raises NotFound.
    """
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"article {article_id} does not exist")
    after = _claims_of(session, article_id)
    before = _claims_of(session, article.previous_id) if article.previous_id else set()
    changes = ArticleChanges(
        article_id=article_id,
        version=article.version,
        previous_id=article.previous_id,
        kept=_refs(session, before & after),
        new=_refs(session, after - before),
        gone=_refs(session, before - after),
    )
    changes.changed = pair_changed(changes.gone, changes.new)
    return changes


def disappeared_claims(*, session: Session, reviewed_only: bool = False) -> list[ClaimRef]:
    """Return the claims that no current article contains any more (oldest first).

    Derived from the data: a claim whose quotes are all in superseded article versions, or that
    a re-parse no longer finds (kept because it was reviewed).
    """
    current = (
        select(Quote.claim_id)
        .join(Article, Quote.article_id == Article.id)
        .where(Article.is_current, Quote.claim_id == Claim.id)
    )
    query = select(Claim.id).where(~current.exists())
    if reviewed_only:
        query = query.where(sa.or_(Claim.status != "unverified", Claim.reviewed_by.is_not(None)))
    return _refs(session, set(session.exec(query).all()))
