"""The quote-sheet and SQL pages through AppTest, on SQLite and PostgreSQL.

AppTest cannot read a download's bytes (DESIGN.md), so the sheet itself is tested in
tests/services/test_export.py; here the page's filters, preview and errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, select
from streamlit.testing.v1 import AppTest

from factcheck import services
from factcheck.storage import Claim, open_database
from tests.conftest import SEED, SEED_CLAIMS

HERE = Path(__file__).resolve().parent


@pytest.fixture
def desk_url(db_url, monkeypatch) -> str:
    """The seed article ingested, two claims reviewed; FACTCHECK_DB names it for the pages."""
    engine = open_database(db_url)
    list(services.ingest_paths(engine, [SEED]))
    with Session(engine) as session:
        first, second = session.exec(select(Claim.id).order_by(Claim.id).limit(2)).all()
        services.review_claim(
            session=session, claim_id=first, status="verified", reviewer="Zoë Ñúñez", note="ok"
        )
        services.review_claim(session=session, claim_id=second, status="disputed", reviewer="Ben")
    engine.dispose()
    monkeypatch.setenv("FACTCHECK_DB", db_url)
    return db_url


def _run(script: str) -> AppTest:
    at = AppTest.from_file(str(HERE / script), default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    return at


def test_export_page_previews_the_verified_quotes(desk_url):
    at = _run("export_app.py")
    assert any("1 quote**" in m.value for m in at.markdown)
    preview = at.dataframe[0].value
    assert list(preview["reviewer"]) == ["Zoë Ñúñez"]
    at.multiselect(key="x_status").set_value(["verified", "disputed"]).run()
    assert not at.exception
    assert sorted(at.dataframe[0].value["status"]) == ["disputed", "verified"]
    at.radio(key="x_group").set_value("speaker").run()
    at.radio(key="x_format").set_value("claimreview").run()
    assert not at.exception


def test_export_page_without_matches_or_status(desk_url):
    at = _run("export_app.py")
    at.multiselect(key="x_status").set_value([]).run()
    assert any("Pick at least one status" in i.value for i in at.info)
    at.multiselect(key="x_status").set_value(["unverified"]).run()
    at.selectbox(key="x_speaker").set_value("Eva Zeibert").run()
    assert not at.exception


def test_sql_page_runs_a_query(desk_url):
    at = _run("sql_app.py")
    at.text_area(key="sql_text").set_value(
        "SELECT reviewer, status FROM claims WHERE reviewer IS NOT NULL ORDER BY status"
    )
    at.button[0].click().run()
    assert not at.exception and not at.error
    frame = at.dataframe[0].value
    assert list(frame["reviewer"]) == ["Ben", "Zoë Ñúñez"]
    assert any("2 rows" in c.value for c in at.caption)
    assert any(m.value.startswith("**verified_quotes** (view)") for m in at.markdown)


def test_sql_page_refuses_writes(desk_url):
    at = _run("sql_app.py")
    for bad in (
        "DELETE FROM claim",
        "SELECT 1; DROP TABLE claim",
        "WITH x AS (SELECT 1) DELETE FROM claim",
    ):
        at.text_area(key="sql_text").set_value(bad)
        at.button[0].click().run()
        assert any("Statement must be" in e.value or "one statement" in e.value for e in at.error)
    engine = open_database(desk_url)
    with Session(engine) as session:
        assert len(session.exec(select(Claim)).all()) == SEED_CLAIMS
    engine.dispose()


def test_sql_page_examples(desk_url):
    at = _run("sql_app.py")
    at.selectbox(key="sql_example").set_value("Review history").run()
    assert at.text_area(key="sql_text").value.startswith("SELECT claim_id, reviewer")
    at.button[0].click().run()
    assert not at.exception and not at.error
    assert len(at.dataframe[0].value) == 2
