"""Several reviewers at once: processes decide on the same claims with the version they saw.

Every decision either lands in the history or is refused with ReviewConflict; none is lost
or silently overwritten: history rows == successful decisions, and each claim ends in the
state of its last successful decision.
"""

from __future__ import annotations

import multiprocessing as mp
import random
import time
from collections import Counter

import pytest
from sqlmodel import Session, select

from factcheck import services
from factcheck.errors import ReviewConflict
from factcheck.storage import STATUSES, Claim, Review, open_database
from tests.conftest import SEED

WORKERS = 4
ROUNDS = 12
CLAIMS = 3


def _reviewer(url: str, name: str, claim_ids: list[int], start, results) -> None:  # noqa: ANN001
    """One reviewer's process: look at a claim, think a moment, decide against what it saw."""
    rng = random.Random(name)
    engine = open_database(url)
    outcomes = []
    start.wait()
    for n in range(ROUNDS):
        claim_id = rng.choice(claim_ids)
        status = rng.choice(STATUSES)
        note = f"{name} #{n}"
        with Session(engine) as session:
            seen = services.get_claim(session=session, claim_id=claim_id).version
        time.sleep(rng.random() * 0.02)
        with Session(engine) as session:
            try:
                claim = services.review_claim(
                    session=session,
                    claim_id=claim_id,
                    status=status,
                    reviewer=name,
                    note=note,
                    expected_version=seen,
                )
                # the guarded UPDATE matched version `seen`, so this decision made seen + 1;
                # `claim` was re-read after the commit and may already show a later decision
                assert claim.version >= seen + 1
                outcomes.append(("ok", claim_id, status, note, seen + 1))
            except ReviewConflict:
                outcomes.append(("conflict", claim_id, status, note, seen))
            except Exception as exc:  # noqa: BLE001  (reported to the test, which fails on it)
                outcomes.append(("error", claim_id, status, f"{type(exc).__name__}: {exc}", seen))
    engine.dispose()
    results.put(outcomes)


def test_concurrent_decisions_are_never_lost(db_url):
    # spawn children re-run the parent's __main__ first: conftest's _restore_main_module keeps
    # it pytest's after AppTest (which leaves a dashboard page there) has run
    engine = open_database(db_url)
    list(services.ingest_paths(engine, [SEED]))
    with Session(engine) as session:
        claim_ids = list(session.exec(select(Claim.id).order_by(Claim.id).limit(CLAIMS)))

    ctx = mp.get_context("spawn")
    start = ctx.Event()
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_reviewer, args=(db_url, f"reviewer-{i}", claim_ids, start, results))
        for i in range(WORKERS)
    ]
    for p in procs:
        p.start()
    time.sleep(0.5)
    start.set()  # all at once
    outcomes = [o for _ in procs for o in results.get(timeout=120)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0

    errors = [o for o in outcomes if o[0] == "error"]
    assert not errors, errors
    assert len(outcomes) == WORKERS * ROUNDS
    ok = [o for o in outcomes if o[0] == "ok"]
    with Session(engine) as session:
        for claim_id in claim_ids:
            landed = sorted((o for o in ok if o[1] == claim_id), key=lambda o: o[4])
            history = list(
                session.exec(select(Review).where(Review.claim_id == claim_id).order_by(Review.id))
            )
            # every success is in the history, once, in the order of the versions it made
            assert [(r.to_status, r.note) for r in history] == [(o[2], o[3]) for o in landed]
            # the versions form a chain: 2, 3, 4, ... (nobody wrote over anybody)
            assert [o[4] for o in landed] == list(range(2, 2 + len(landed)))
            claim = session.get(Claim, claim_id)
            assert claim.version == 1 + len(landed)
            if landed:
                last = landed[-1]
                assert (claim.status, claim.note) == (last[2], last[3])
                assert claim.reviewed_by == last[3].split(" #")[0]
            # each refused decision saw a version that had already moved on
            for o in outcomes:
                if o[0] == "conflict" and o[1] == claim_id:
                    assert o[4] < claim.version
    total = Counter(o[0] for o in outcomes)
    assert total["ok"] + total["conflict"] == WORKERS * ROUNDS
    assert total["ok"] >= CLAIMS
    engine.dispose()


@pytest.fixture(autouse=True)
def _quiet_random():
    random.seed(5)
