"""Ingest: parse articles and store them with their claims, one transaction per article."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from factcheck.errors import FactcheckError
from factcheck.parsing import PARSER_VERSION, extract_quotes
from factcheck.parsing import Quote as ParsedQuote
from factcheck.readers import ArticleInput, iter_article_paths, read_text_file
from factcheck.storage import Article, Claim, Quote, Speaker


@dataclass
class IngestResult:
    """What happened to one input: status is new, unchanged, updated or failed."""

    source: str
    status: str
    article_id: int | None = None
    quotes: int = 0
    message: str | None = None


@dataclass
class IngestSummary:
    """Counts over a whole ingest run."""

    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def quotes(self) -> int:
        return sum(r.quotes for r in self.results if r.status in ("new", "updated"))

    @property
    def failed(self) -> bool:
        return any(r.status == "failed" for r in self.results)

    def line(self) -> str:
        return (
            f"{self.count('new')} new, {self.count('unchanged')} unchanged, "
            f"{self.count('updated')} updated, {self.count('failed')} failed; "
            f"{self.quotes} quotes found"
        )


def content_hash(text: str) -> str:
    """Return the identity of an article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def claim_key(text: str, speaker: str | None) -> str:
    """Return the identity of a claim: its normalised words and its parsed speaker."""
    words = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()
    who = (speaker or "").casefold().strip()
    return hashlib.sha256(f"{words}\x1f{who}".encode()).hexdigest()


def ingest_article(*, session: Session, article: ArticleInput) -> IngestResult:
    """Parse ``article`` and store it with its claims; commit once; return what happened.

    The same text again changes nothing. A text with the URL (or title and publication) of a
    stored article becomes its new version; claims keep their reviews wherever the quote and
    its speaker are still there, because a claim is keyed on its text and speaker.
    """
    digest = content_hash(article.text)
    existing = session.exec(select(Article).where(Article.content_hash == digest)).first()
    if existing is not None:
        return IngestResult(article.source, "unchanged", existing.id, message=article.warning)
    previous = _previous_version(session, article)
    parsed = extract_quotes(article.text)
    row = Article(
        content_hash=digest,
        title=article.title,
        publication=article.publication,
        byline=article.byline,
        published=article.published,
        url=article.url,
        source=article.source,
        text=article.text,
        parser_version=PARSER_VERSION,
    )
    if previous is not None:
        previous.is_current = False
        row.version = previous.version + 1
        row.previous_id = previous.id
        session.add(previous)
    session.add(row)
    session.flush()
    store_quotes(session=session, article_id=row.id, quotes=parsed)
    session.commit()
    status = "updated" if previous is not None else "new"
    return IngestResult(article.source, status, row.id, len(parsed), article.warning)


def store_quotes(*, session: Session, article_id: int, quotes: Iterable[ParsedQuote]) -> None:
    """Add the parsed quotes of one article, creating speakers and claims as needed."""
    speakers: dict[str, Speaker] = {}
    for q in quotes:
        speaker = None
        if q.speaker:
            speaker = speakers.get(q.speaker) or _speaker(session, q)
            speakers[q.speaker] = speaker
        claim = _claim(session, q, speaker, article_id)
        session.add(
            Quote(
                claim_id=claim.id,
                article_id=article_id,
                start=q.start,
                end=q.end,
                text=q.text,
                kind=q.kind,
                speaker_id=speaker.id if speaker else None,
                speaker_mention=q.speaker_mention,
                speaker_start=q.speaker_start,
                speaker_end=q.speaker_end,
                cue=q.cue,
                rule=q.rule,
                confidence=q.confidence,
            )
        )
    session.flush()


def _speaker(session: Session, q: ParsedQuote) -> Speaker:
    found = session.exec(select(Speaker).where(Speaker.name == q.speaker)).first()
    if found is None:
        found = _insert_or_get(
            session,
            Speaker(name=q.speaker, description=q.speaker_role, kind=q.speaker_type or "unknown"),
            select(Speaker).where(Speaker.name == q.speaker),
        )
    elif found.description is None and q.speaker_role:
        found.description = q.speaker_role
        session.add(found)
    return found


def _claim(session: Session, q: ParsedQuote, speaker: Speaker | None, article_id: int) -> Claim:
    key = claim_key(q.text, q.speaker)
    found = session.exec(select(Claim).where(Claim.key == key)).first()
    if found is not None:
        return found
    return _insert_or_get(
        session,
        Claim(
            key=key,
            text=q.text,
            kind=q.kind,
            speaker_id=speaker.id if speaker else None,
            article_id=article_id,
            confidence=q.confidence,
        ),
        select(Claim).where(Claim.key == key),
    )


def _insert_or_get(session: Session, row, query):  # noqa: ANN001, ANN202
    """Insert ``row``; if another writer inserted the same unique key first, return theirs."""
    try:
        with session.begin_nested():
            session.add(row)
        return row
    except IntegrityError:
        return session.exec(query).one()


def _previous_version(session: Session, article: ArticleInput) -> Article | None:
    query = select(Article).where(Article.is_current)
    if article.url:
        query = query.where(Article.url == article.url)
    elif article.title and article.publication:
        query = query.where(
            Article.title == article.title, Article.publication == article.publication
        )
    else:
        return None
    return session.exec(query.order_by(Article.version.desc())).first()


def ingest_paths(
    engine: Engine, paths: Iterable[str | Path], *, max_bytes: int | None = None
) -> Iterator[IngestResult]:
    """Ingest every article file under ``paths``; yield one result per file, never stop early."""
    for path in iter_article_paths(paths):
        try:
            article = read_text_file(path) if max_bytes is None else read_text_file(path, max_bytes)
            with Session(engine) as session:
                yield ingest_article(session=session, article=article)
        except FactcheckError as exc:
            yield IngestResult(str(path), "failed", message=str(exc))
