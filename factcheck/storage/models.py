"""SQLModel tables: articles, speakers, claims, their appearances (quotes) and reviews.

A *claim* is what a reviewer decides on: one statement by one speaker. A *quote* is one
appearance of a claim in one article, with its offsets; wire copies of a story give one claim
several quotes, so a decision shows wherever the statement appeared.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class Status(StrEnum):
    """A reviewer's verdict on a claim."""

    unverified = "unverified"
    verified = "verified"
    disputed = "disputed"


STATUSES: tuple[str, ...] = tuple(s.value for s in Status)


def utcnow() -> datetime:
    """Return the current time, timezone-aware (sqlmodel refuses naive datetimes)."""
    return datetime.now(UTC)


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    content_hash: str = Field(unique=True, index=True, max_length=64)
    title: str | None = None
    publication: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date as given by the source
    url: str | None = Field(default=None, index=True)
    source: str | None = None  # file path or URL it was read from
    text: str = Field(sa_type=sa.Text)
    version: int = 1  # a corrected article is a new row with version + 1
    previous_id: int | None = Field(default=None, foreign_key="article.id")
    is_current: bool = Field(default=True, index=True)
    parser_version: str | None = None
    ingested_at: datetime = Field(default_factory=utcnow)


class Speaker(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    description: str | None = None  # role, e.g. "a senior fellow at ..."
    kind: str = "unknown"  # person | organisation | unknown


class Claim(SQLModel, table=True):
    __table_args__ = (
        sa.CheckConstraint("status IN ('unverified', 'verified', 'disputed')", name="status_ok"),
        sa.Index("ix_claim_status_confidence", "status", "confidence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, index=True, max_length=64)  # hash of text + parsed speaker
    text: str = Field(sa_type=sa.Text)
    kind: str = Field(index=True)  # direct | partial | indirect
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True)  # first seen
    confidence: float = 0.5
    status: str = Field(default=Status.unverified.value, index=True)
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    note: str | None = Field(default=None, sa_type=sa.Text)
    evidence_url: str | None = None
    version: int = 1  # bumped by every change; guards concurrent edits
    created_at: datetime = Field(default_factory=utcnow)


class Quote(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("article_id", "claim_id", "start"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True, ondelete="CASCADE")
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    start: int
    end: int
    text: str = Field(sa_type=sa.Text)
    kind: str
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id")
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    rule: str | None = None
    confidence: float = 0.5


class Review(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True, ondelete="CASCADE")
    reviewer: str
    created_at: datetime = Field(default_factory=utcnow, index=True)
    action: str = "status"  # status | speaker | undo
    from_status: str | None = None
    to_status: str | None = None
    from_speaker: str | None = None
    to_speaker: str | None = None
    note: str | None = Field(default=None, sa_type=sa.Text)
    evidence_url: str | None = None
    undoes_id: int | None = Field(default=None, foreign_key="review.id")  # for action "undo"
