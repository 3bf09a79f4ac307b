"""The dashboard without a browser: Streamlit's AppTest drives the review flow."""

from streamlit.testing.v1 import AppTest

from factcheck import services
from factcheck.storage import open_database
from tests.conftest import ROOT
from tests.dashboard.conftest import claims

APP = str(ROOT / "dashboard" / "app.py")


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    assert not at.exception
    return at


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_status_change_is_stored_with_history(seeded_url):
    at = _app()
    first = claims(seeded_url)[0]
    at.query_params["claim"] = str(first.id)
    at.text_input(key="reviewer").set_value("Ana Ruiz").run()
    at.text_input(key=f"note_{first.id}").set_value("matches CCTV video")
    _button(at, "✅ Verified").click().run()
    assert not at.exception
    stored = next(c for c in claims(seeded_url) if c.id == first.id)
    assert (stored.status, stored.reviewed_by, stored.note) == (
        "verified",
        "Ana Ruiz",
        "matches CCTV video",
    )
    # the next claim of the queue opens, and the decision is in the first claim's history
    assert at.query_params["claim"] != str(first.id)
    at.query_params["claim"] = str(first.id)
    at.run()
    assert any("Ana Ruiz" in m.value and "verified" in m.value for m in at.markdown)


def test_no_decision_without_a_reviewer(seeded_url):
    at = _app()
    _button(at, "❌ Disputed").click().run()
    assert any("Give your name" in e.value for e in at.error)
    assert {c.status for c in claims(seeded_url)} == {"unverified"}


def test_conflicting_decision_is_refused(seeded_url):
    at = _app()
    first = claims(seeded_url)[0]
    at.query_params["claim"] = str(first.id)
    at.text_input(key="reviewer").set_value("Ben").run()
    engine = open_database(seeded_url)  # another reviewer decides meanwhile
    with services_session(engine) as session:
        services.review_claim(session=session, claim_id=first.id, status="disputed", reviewer="Ana")
    _button(at, "✅ Verified").click().run()
    assert any("changed by Ana" in w.value for w in at.warning)
    assert next(c for c in claims(seeded_url) if c.id == first.id).status == "disputed"


def services_session(engine):
    from sqlmodel import Session

    return Session(engine)
