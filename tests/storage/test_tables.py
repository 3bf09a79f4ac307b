"""The tables round-trip on SQLite and PostgreSQL; the schema is made by migrations."""

import pytest
import sqlalchemy as sa
from sqlmodel import select

from factcheck.errors import DatabaseError
from factcheck.storage import (
    Article,
    Claim,
    Quote,
    Review,
    Speaker,
    head_revision,
    make_engine,
    open_database,
)


def test_round_trip(session):
    article = Article(content_hash="h1", title="Tëst “headline”", text="Xi said “hello”.")
    speaker = Speaker(name="Xi Jinping", description="Chinese president", kind="person")
    session.add_all([article, speaker])
    session.flush()
    claim = Claim(key="k1", text="hello", kind="direct", speaker_id=speaker.id, confidence=0.9)
    session.add(claim)
    session.flush()
    session.add(
        Quote(
            claim_id=claim.id,
            article_id=article.id,
            start=9,
            end=14,
            text="hello",
            kind="direct",
            speaker_id=speaker.id,
            speaker_mention="Xi",
            speaker_start=0,
            speaker_end=2,
            cue="said",
            rule="test",
        )
    )
    session.add(
        Review(claim_id=claim.id, reviewer="Ana", from_status="unverified", to_status="verified")
    )
    session.commit()
    article_id = article.id
    session.expunge_all()

    got = session.exec(select(Claim)).one()
    assert (got.text, got.status, got.version) == ("hello", "unverified", 1)
    stored = session.get(Article, article_id)
    assert stored.title == "Tëst “headline”"
    quote = session.exec(select(Quote)).one()
    assert stored.text[quote.start : quote.end] == "hello"
    assert session.exec(select(Review)).one().created_at.tzinfo is not None


def test_status_is_constrained(session):
    session.add(Claim(key="k", text="x", kind="direct", status="maybe"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_content_hash_is_unique(session):
    session.add_all(
        [Article(content_hash="same", text="a"), Article(content_hash="same", text="b")]
    )
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_schema_is_at_head(engine):
    with engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version == head_revision()


def test_foreign_database_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.sqlite'}"
    with make_engine(url).begin() as conn:
        conn.execute(sa.text("CREATE TABLE payroll (id INTEGER)"))
    with pytest.raises(DatabaseError, match="no factcheck schema"):
        open_database(url)


def test_newer_database_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    open_database(url).dispose()
    with make_engine(url).begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    with pytest.raises(DatabaseError, match="newer factcheck"):
        open_database(url)
