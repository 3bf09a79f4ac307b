"""Build tests/data/v0001.sqlite: a database as factcheck made it at schema revision 0001.

Run from the repository root (only when the fixture must be remade):

    PYTHONPATH=. python tests/data/make_v0001_db.py

The schema is made by the Alembic upgrade to "0001" only, then the seed article is ingested and
three claims reviewed (one twice), so the upgrade test can check that reviews survive. The
file is left in rollback-journal mode so it is one self-contained file.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlmodel import Session, select

from factcheck.readers import read_text_file
from factcheck.services import ingest_article, review_claim
from factcheck.storage import Claim, Review, make_engine
from factcheck.storage.db import _alembic_config

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TARGET = HERE / "v0001.sqlite"
SEED = ROOT / "fixtures" / "articles" / "sco_summit_astana.txt"

# (claim index in id order, status, reviewer, note, evidence)
DECISIONS = [
    (0, "verified", "Ana Ruiz", "Matches the transcript", "https://example.org/transcript"),
    (1, "disputed", "Zoë Ñúñez", "Not in the video — “misquoted”", None),
    (2, "verified", "Ben Ode", None, None),
    (2, "disputed", "Ana Ruiz", "Second look", None),
]


def build(target: Path = TARGET) -> Path:
    """Make the 0001 database at ``target`` (replacing it) and return its path."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{target}")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with Session(engine) as session:
        ingest_article(session=session, article=read_text_file(SEED))
        ids = list(session.exec(select(Claim.id).order_by(Claim.id)))
    for index, status, reviewer, note, evidence in DECISIONS:
        with Session(engine) as session:
            review_claim(
                session=session,
                claim_id=ids[index],
                status=status,
                reviewer=reviewer,
                note=note,
                evidence_url=evidence,
            )
    with Session(engine) as session:  # fixed times, so the file is the same every build
        for n, review in enumerate(session.exec(select(Review).order_by(Review.id))):
            review.created_at = datetime(2026, 1, 5, 9, n, tzinfo=UTC)
            session.add(review)
        for claim in session.exec(select(Claim).where(Claim.reviewed_at.is_not(None))):
            claim.reviewed_at = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
            session.add(claim)
        session.commit()
    engine.dispose()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    path = build(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(f"wrote {path}")
