"""Migrations: 0002's views on SQLite and PostgreSQL, its downgrade, and an in-place upgrade of a
database made at schema 0001 (tests/data/v0001.sqlite, built by tests/data/make_v0001_db.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from sqlmodel import Session, select

from factcheck import services
from factcheck.services.query import run_sql
from factcheck.storage import Claim, Review, head_revision, open_database
from factcheck.storage.db import _alembic_config
from tests.conftest import SEED, SEED_CLAIMS, SEED_QUOTES

V0001 = Path(__file__).resolve().parents[1] / "data" / "v0001.sqlite"
CLAIMS_COLUMNS = {
    "quote_id", "claim_id", "quote", "claim_text", "kind", "status", "speaker", "speaker_role",
    "article_id", "article_title", "publication", "published", "article_url",
    "article_is_current", "reviewer", "reviewed_at", "note", "evidence_url", "start_offset",
    "end_offset", "speaker_mention", "cue", "confidence", "version",
}  # fmt: skip


def _views(engine) -> set[str]:
    with engine.connect() as conn:
        return set(sa.inspect(conn).get_view_names())


def _revision(engine) -> str:
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def _alembic(engine, action, target: str) -> None:
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        action(cfg, target)


def test_head_is_0002():
    assert head_revision() == "0002"


def test_views_hold_one_row_per_quote(engine):
    list(services.ingest_paths(engine, [SEED]))
    assert {"claims", "verified_quotes"} <= _views(engine)
    with Session(engine) as session:
        first = session.exec(select(Claim.id).order_by(Claim.id)).first()
        services.review_claim(
            session=session, claim_id=first, status="verified", reviewer="Ana", note="ok"
        )
    with engine.connect() as conn:
        claims = conn.execute(sa.text("SELECT * FROM claims")).mappings().all()
        quotes = conn.execute(sa.text("SELECT count(*) FROM quote")).scalar()
        verified = conn.execute(sa.text("SELECT * FROM verified_quotes")).mappings().all()
    assert len(claims) == quotes == SEED_QUOTES
    assert set(claims[0].keys()) == CLAIMS_COLUMNS
    assert [(r["claim_id"], r["reviewer"], r["note"], r["status"]) for r in verified] == [
        (first, "Ana", "ok", "verified")
    ]
    text = SEED.read_text(encoding="utf-8")
    for row in claims:  # offsets are into the article text, and the quote is exactly that slice
        assert text[row["start_offset"] : row["end_offset"]] == row["quote"]


def test_downgrade_drops_the_views_and_upgrade_restores_them(engine):
    list(services.ingest_paths(engine, [SEED]))
    _alembic(engine, command.downgrade, "0001")
    assert not {"claims", "verified_quotes"} & _views(engine)
    assert _revision(engine) == "0001"
    with engine.connect() as conn:  # the data is untouched
        assert conn.execute(sa.text("SELECT count(*) FROM claim")).scalar() == SEED_CLAIMS
    _alembic(engine, command.upgrade, "head")
    assert {"claims", "verified_quotes"} <= _views(engine)
    assert run_sql(engine=engine, sql="SELECT count(*) FROM claims").rows == [(SEED_QUOTES,)]


def test_a_0001_database_is_upgraded_in_place_with_its_reviews(tmp_path):
    copy = tmp_path / "old.sqlite"
    shutil.copy(V0001, copy)
    before = sqlite3.connect(copy)
    assert before.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    reviews_before = before.execute("SELECT * FROM review ORDER BY id").fetchall()
    claims_before = before.execute("SELECT * FROM claim ORDER BY id").fetchall()
    before.close()
    assert len(reviews_before) == 4

    engine = open_database(f"sqlite:///{copy}")
    assert _revision(engine) == head_revision()
    assert {"claims", "verified_quotes"} <= _views(engine)
    with Session(engine) as session:
        history = list(session.exec(select(Review).order_by(Review.id)))
        assert [(r.reviewer, r.to_status) for r in history] == [
            ("Ana Ruiz", "verified"),
            ("Zoë Ñúñez", "disputed"),
            ("Ben Ode", "verified"),
            ("Ana Ruiz", "disputed"),
        ]
    verified = run_sql(
        engine=engine, sql="SELECT reviewer, note, evidence_url FROM verified_quotes"
    )
    assert verified.rows == [
        ("Ana Ruiz", "Matches the transcript", "https://example.org/transcript")
    ]
    disputed = run_sql(
        engine=engine,
        sql="SELECT claim_id, reviewer, note FROM claims WHERE status = 'disputed' ORDER BY 1",
    )
    assert [r[1:] for r in disputed.rows] == [
        ("Zoë Ñúñez", "Not in the video — “misquoted”"),
        ("Ana Ruiz", "Second look"),
    ]
    engine.dispose()

    # an ordinary SQLite file: the stdlib module opens it as is and the views work there
    after = sqlite3.connect(copy)
    assert after.execute("SELECT * FROM review ORDER BY id").fetchall() == reviews_before
    assert after.execute("SELECT * FROM claim ORDER BY id").fetchall() == claims_before
    assert after.execute("SELECT count(*) FROM verified_quotes").fetchone() == (1,)
    assert after.execute("SELECT count(*) FROM claims").fetchone()[0] == 14
    after.close()

    # and opening it again changes nothing
    again = open_database(f"sqlite:///{copy}")
    assert _revision(again) == head_revision()
    again.dispose()


def test_the_committed_fixture_is_still_at_0001():
    conn = sqlite3.connect(f"{V0001.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert names == set()
    conn.close()
