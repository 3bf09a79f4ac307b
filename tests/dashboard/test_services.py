"""The services the dashboard adds: bulk decisions, speaker pages, queue order and context.

Run on SQLite and on PostgreSQL (the shared-desk database).
"""

from __future__ import annotations

from factcheck.services import claims as queries
from factcheck.services import ingest_paths, review
from tests.conftest import SEED


def _seed(engine, session) -> list[queries.ClaimRow]:
    list(ingest_paths(engine, [SEED]))
    return queries.list_claims(session=session, limit=500)


def test_review_many_guards_each_claim_and_records_each(engine, session):
    rows = _seed(engine, session)
    a, b, c = rows[:3]
    review.review_claim(session=session, claim_id=b.id, status="verified", reviewer="Ana")
    result = review.review_many(
        session=session,
        claims=[(a.id, a.version), (b.id, b.version), (c.id, c.version)],
        status="disputed",
        reviewer="Ben",
        note="no source",
    )
    assert result.done == [a.id, c.id]
    assert list(result.refused) == [b.id] and "changed by Ana" in result.refused[b.id]
    assert review.get_claim(session=session, claim_id=b.id).status == "verified"
    for claim_id in (a.id, c.id):
        [entry] = review.claim_history(session=session, claim_id=claim_id)
        assert (entry.reviewer, entry.to_status, entry.note) == ("Ben", "disputed", "no source")


def test_speaker_profile_tallies_across_articles(engine, session):
    _seed(engine, session)
    top = queries.speaker_tallies(session=session)[0]
    mine = queries.list_claims(session=session, filters=queries.ClaimFilter(speaker=top.name))
    review.review_claim(session=session, claim_id=mine[0].id, status="disputed", reviewer="Ana")
    profile = queries.speaker_profile(session=session, name=top.name)
    assert profile.tally.claims == len(mine) == len(profile.claims)
    assert (profile.tally.disputed, profile.tally.verified) == (1, 0)
    assert profile.tally.unverified == len(mine) - 1
    assert profile.articles == 1


def test_queue_orders_and_single_status_triage(engine, session):
    rows = _seed(engine, session)
    review.review_claim(session=session, claim_id=rows[0].id, status="verified", reviewer="Ana")
    triage = queries.list_claims(session=session)
    assert triage[-1].id == rows[0].id  # decided claims sink below the unverified ones
    only = queries.list_claims(
        session=session, filters=queries.ClaimFilter(statuses=("unverified",))
    )
    assert [r.confidence for r in only] == sorted(r.confidence for r in only)
    newest = queries.list_claims(session=session, order="newest")
    assert [r.id for r in newest] == sorted((r.id for r in newest), reverse=True)
    assert queries.count_claims(session=session) == len(rows)
    assert queries.kinds(session=session)
    assert queries.article_choices(session=session)[0][1].startswith("SCO Summit")


def test_paragraph_bounds_with_neighbours():
    text = 'One.\n\nTwo has "the quote" in it.\n\nThree.\nFour.'
    start = text.index("the quote")
    end = start + len("the quote")
    lo, hi = queries.paragraph_bounds(text, start, end)
    assert text[lo:hi] == 'Two has "the quote" in it.'
    lo, hi = queries.paragraph_bounds(text, start, end, neighbours=1)
    assert text[lo:hi] == 'One.\n\nTwo has "the quote" in it.\n\nThree.'
