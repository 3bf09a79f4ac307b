"""Decisions are recorded with their history, guarded against concurrent edits, undoable."""

import pytest
from sqlmodel import Session, select

from factcheck import services
from factcheck.errors import FactcheckError, NotFound, ReviewConflict
from factcheck.storage import Claim, Speaker
from tests.conftest import SEED


@pytest.fixture
def claim_id(engine) -> int:
    list(services.ingest_paths(engine, [SEED]))
    with Session(engine) as session:
        return session.exec(select(Claim.id).order_by(Claim.id)).first()


def test_review_is_recorded_in_history(engine, claim_id):
    with Session(engine) as session:
        claim = services.review_claim(
            session=session,
            claim_id=claim_id,
            status="verified",
            reviewer="Ana Ruiz",
            note="CCTV footage",
            evidence_url="https://example.org/cctv",
        )
        assert (claim.status, claim.reviewed_by, claim.version) == ("verified", "Ana Ruiz", 2)
        [entry] = services.claim_history(session=session, claim_id=claim_id)
    assert (entry.reviewer, entry.from_status, entry.to_status) == (
        "Ana Ruiz",
        "unverified",
        "verified",
    )
    assert entry.note == "CCTV footage" and entry.evidence_url == "https://example.org/cctv"


def test_stale_decision_is_refused(engine, claim_id):
    with Session(engine) as first, Session(engine) as second:
        seen = services.get_claim(session=second, claim_id=claim_id).version
        services.review_claim(
            session=first,
            claim_id=claim_id,
            status="verified",
            reviewer="Ana",
            expected_version=seen,
        )
        with pytest.raises(ReviewConflict, match="changed by Ana") as info:
            services.review_claim(
                session=second,
                claim_id=claim_id,
                status="disputed",
                reviewer="Ben",
                expected_version=seen,
            )
        assert info.value.current.status == "verified"
    with Session(engine) as session:
        assert services.get_claim(session=session, claim_id=claim_id).status == "verified"
        assert len(services.claim_history(session=session, claim_id=claim_id)) == 1


def test_undo_restores_previous_decision(engine, claim_id):
    with Session(engine) as session:
        for status in ("disputed", "verified"):
            services.review_claim(
                session=session, claim_id=claim_id, status=status, reviewer="Ana", note=status
            )
        claim = services.undo_last(session=session, claim_id=claim_id, reviewer="Ana")
        assert (claim.status, claim.note) == ("disputed", "disputed")
        claim = services.undo_last(session=session, claim_id=claim_id, reviewer="Ana")
        assert (claim.status, claim.reviewed_by) == ("unverified", None)
        with pytest.raises(FactcheckError, match="no decision to undo"):
            services.undo_last(session=session, claim_id=claim_id, reviewer="Ana")
        actions = [r.action for r in services.claim_history(session=session, claim_id=claim_id)]
    assert actions == ["status", "status", "undo", "undo"]


def test_speaker_fix_is_recorded_and_undoable(engine, claim_id):
    with Session(engine) as session:
        original = services.get_claim(session=session, claim_id=claim_id).speaker_id
        claim = services.set_speaker(
            session=session, claim_id=claim_id, speaker_name="  Bates   Gill ", reviewer="Ana"
        )
        assert session.get(Speaker, claim.speaker_id).name == "Bates Gill"
        last = services.claim_history(session=session, claim_id=claim_id)[-1]
        assert (last.action, last.to_speaker) == ("speaker", "Bates Gill")
        claim = services.undo_last(session=session, claim_id=claim_id, reviewer="Ana")
        assert claim.speaker_id == original


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "maybe", "reviewer": "Ana"}, "status must be one of"),
        ({"status": "verified", "reviewer": "  "}, "no reviewer named"),
    ],
)
def test_bad_decisions_are_refused(engine, claim_id, kwargs, message):
    with Session(engine) as session:
        with pytest.raises(FactcheckError, match=message):
            services.review_claim(session=session, claim_id=claim_id, **kwargs)
        assert services.claim_history(session=session, claim_id=claim_id) == []


def test_unknown_claim(engine):
    with Session(engine) as session, pytest.raises(NotFound, match="claim 999 does not exist"):
        services.review_claim(session=session, claim_id=999, status="verified", reviewer="Ana")


def test_queue_filters_in_sql(engine, claim_id):
    with Session(engine) as session:
        services.review_claim(session=session, claim_id=claim_id, status="verified", reviewer="Ana")
        total = services.count_claims(session=session)
        verified = services.list_claims(
            session=session, filters=services.ClaimFilter(statuses=("verified",))
        )
        assert [r.id for r in verified] == [claim_id]
        first = services.list_claims(session=session, limit=total)
        assert first[-1].id == claim_id  # decided claims sink to the end of the queue
        assert services.status_counts(session=session)["verified"] == 1
