"""Review: record decisions and speaker corrections, undo them, and read the audit history.

Every change to a claim goes through here: one UPDATE guarded by the claim's version (so two
reviewers cannot overwrite each other silently) and one Review row in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlmodel import Session, select

from factcheck.errors import FactcheckError, NotFound, ReviewConflict
from factcheck.storage import STATUSES, Claim, Review, Speaker, utcnow


def get_claim(*, session: Session, claim_id: int) -> Claim:
    """Return the claim or raise NotFound."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"claim {claim_id} does not exist")
    return claim


def review_claim(
    *,
    session: Session,
    claim_id: int,
    status: str,
    reviewer: str,
    note: str | None = None,
    evidence_url: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Set a claim's status and return the updated claim; the decision joins its history.

    ``expected_version`` is the version the reviewer saw; if the claim changed since,
    ReviewConflict is raised with the current claim and nothing is written.
    """
    if status not in STATUSES:
        raise FactcheckError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    reviewer = _reviewer(reviewer)
    claim = get_claim(session=session, claim_id=claim_id)
    before = claim.status
    _guarded_update(
        session,
        claim,
        expected_version,
        status=status,
        reviewed_by=reviewer,
        reviewed_at=utcnow(),
        note=note or None,
        evidence_url=evidence_url or None,
    )
    session.add(
        Review(
            claim_id=claim_id,
            reviewer=reviewer,
            action="status",
            from_status=before,
            to_status=status,
            note=note or None,
            evidence_url=evidence_url or None,
        )
    )
    session.commit()
    session.refresh(claim)
    return claim


def set_speaker(
    *,
    session: Session,
    claim_id: int,
    speaker_name: str,
    reviewer: str,
    note: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Attribute the claim to ``speaker_name`` (created if new); the fix joins the history."""
    reviewer = _reviewer(reviewer)
    name = " ".join(speaker_name.split())
    if not name:
        raise FactcheckError("give the speaker's name")
    claim = get_claim(session=session, claim_id=claim_id)
    old = session.get(Speaker, claim.speaker_id) if claim.speaker_id else None
    speaker = session.exec(select(Speaker).where(Speaker.name == name)).first()
    if speaker is None:
        speaker = Speaker(name=name)
        session.add(speaker)
        session.flush()
    _guarded_update(session, claim, expected_version, speaker_id=speaker.id)
    session.add(
        Review(
            claim_id=claim_id,
            reviewer=reviewer,
            action="speaker",
            from_status=claim.status,
            to_status=claim.status,
            from_speaker=old.name if old else None,
            to_speaker=name,
            note=note or None,
        )
    )
    session.commit()
    session.refresh(claim)
    return claim


def undo_last(
    *, session: Session, claim_id: int, reviewer: str, expected_version: int | None = None
) -> Claim:
    """Revert the claim's latest change not yet undone; the undo itself joins the history."""
    reviewer = _reviewer(reviewer)
    claim = get_claim(session=session, claim_id=claim_id)
    history = claim_history(session=session, claim_id=claim_id)
    undone = {r.undoes_id for r in history if r.action == "undo"}
    target = next((r for r in reversed(history) if r.action != "undo" and r.id not in undone), None)
    if target is None:
        raise FactcheckError(f"claim {claim_id} has no decision to undo")
    values: dict = {}
    if target.action == "status":
        earlier = [
            r for r in history if r.action == "status" and r.id < target.id and r.id not in undone
        ]
        prev = earlier[-1] if earlier else None
        values = dict(
            status=target.from_status,
            reviewed_by=prev.reviewer if prev else None,
            reviewed_at=prev.created_at if prev else None,
            note=prev.note if prev else None,
            evidence_url=prev.evidence_url if prev else None,
        )
    else:
        speaker = (
            session.exec(select(Speaker).where(Speaker.name == target.from_speaker)).first()
            if target.from_speaker
            else None
        )
        values = dict(speaker_id=speaker.id if speaker else None)
    before_status = claim.status
    _guarded_update(session, claim, expected_version, **values)
    session.add(
        Review(
            claim_id=claim_id,
            reviewer=reviewer,
            action="undo",
            from_status=before_status,
            to_status=values.get("status", before_status),
            from_speaker=target.to_speaker,
            to_speaker=target.from_speaker,
            undoes_id=target.id,
        )
    )
    session.commit()
    session.refresh(claim)
    return claim


def claim_history(*, session: Session, claim_id: int) -> list[Review]:
    """Return every review of the claim, oldest first."""
    query = select(Review).where(Review.claim_id == claim_id).order_by(Review.id)
    return list(session.exec(query))


def _reviewer(name: str | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise FactcheckError("no reviewer named: give your name before recording a decision")
    return name


def _guarded_update(session: Session, claim: Claim, expected: int | None, **values) -> None:
    """UPDATE the claim only if its version is still the one the reviewer saw."""
    seen = claim.version if expected is None else expected
    result = session.execute(
        update(Claim)
        .where(Claim.id == claim.id, Claim.version == seen)
        .values(version=Claim.version + 1, **values)
    )
    if result.rowcount != 1:
        session.rollback()
        current = session.get(Claim, claim.id)
        session.refresh(current)
        last = session.exec(
            select(Review.reviewer).where(Review.claim_id == claim.id).order_by(Review.id.desc())
        ).first()
        who = last or "someone"
        raise ReviewConflict(
            f"claim {claim.id} was changed by {who} while you were looking at it: "
            f"it is now {current.status}; nothing was overwritten",
            current=current,
        )


@dataclass
class BulkResult:
    """What a bulk decision did: the claims changed and, for the others, why not."""

    status: str
    done: list[int] = field(default_factory=list)
    refused: dict[int, str] = field(default_factory=dict)  # claim id -> one-line reason


def review_many(
    *,
    session: Session,
    claims: Iterable[tuple[int, int | None]],
    status: str,
    reviewer: str,
    note: str | None = None,
    evidence_url: str | None = None,
) -> BulkResult:
    """Apply one decision to many claims, each as its own guarded decision with its history row.

    ``claims`` holds (claim id, version the reviewer saw); a claim changed since is refused,
    not overwritten, and the others still go through.
    """
    if status not in STATUSES:
        raise FactcheckError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    reviewer = _reviewer(reviewer)
    result = BulkResult(status)
    for claim_id, version in claims:
        try:
            review_claim(
                session=session,
                claim_id=claim_id,
                status=status,
                reviewer=reviewer,
                note=note,
                evidence_url=evidence_url,
                expected_version=version,
            )
        except FactcheckError as exc:
            session.rollback()
            result.refused[claim_id] = str(exc)
        else:
            result.done.append(claim_id)
    return result
