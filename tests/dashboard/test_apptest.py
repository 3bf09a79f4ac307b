"""The dashboard without a browser: Streamlit's AppTest drives every reviewer flow."""

from __future__ import annotations

import pytest
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from factcheck.services import claims as queries
from factcheck.services import ingest_paths, review
from factcheck.storage import Speaker, open_database
from tests.conftest import ROOT, SEED
from tests.dashboard.conftest import claims

APP = str(ROOT / "dashboard" / "app.py")


def _app(claim_id: int | None = None, reviewer: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    if claim_id is not None:
        at.query_params["claim"] = str(claim_id)
    at.run()
    assert not at.exception
    if reviewer:
        at.text_input(key="reviewer").set_value(reviewer).run()
        assert not at.exception
    return at


def _click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception
    return at


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += (
        [w.value for w in at.warning] + [e.value for e in at.error] + [i.value for i in at.info]
    )
    return "\n".join(parts)


def _queue_ids(at: AppTest) -> list[int]:
    return [int(i) for i in at.dataframe[0].value["#"]]


def _queue_key(at: AppTest) -> str:
    """The queue table's key (pages_review.queue_key: a new one when its rows change)."""
    return f"queue_{at.session_state['queue_gen'] if 'queue_gen' in at.session_state else 0}"


def _rows(*positions: int) -> dict:
    """A dataframe selection of these rows, as the browser would send it."""
    return {"selection": {"rows": list(positions), "columns": [], "cells": []}}


def _stored(url: str, claim_id: int):
    return next(c for c in claims(url) if c.id == claim_id)


def _history(url: str, claim_id: int):
    engine = open_database(url)
    with Session(engine) as session:
        rows = review.claim_history(session=session, claim_id=claim_id)
    engine.dispose()
    return rows


def _decide_elsewhere(url: str, claim_id: int, status: str, reviewer: str) -> None:
    engine = open_database(url)
    with Session(engine) as session:
        review.review_claim(session=session, claim_id=claim_id, status=status, reviewer=reviewer)
    engine.dispose()


def _add_speaker(url: str, name: str) -> None:
    engine = open_database(url)
    with Session(engine) as session:
        session.add(Speaker(name=name, description="a foreign ministry spokeswoman"))
        session.commit()
    engine.dispose()


# ----------------------------------------------------------------------------- reviewer gate


def test_no_decision_without_a_reviewer(seeded_url):
    at = _app()
    assert any("Give your name" in w.value for w in at.sidebar.warning)
    _click(at, "decide_disputed")
    assert any("Give your name" in e.value for e in at.error)
    assert {c.status for c in claims(seeded_url)} == {"unverified"}
    assert all(not _history(seeded_url, c.id) for c in claims(seeded_url))


def test_signed_in_user_is_the_reviewer(seeded_url):
    at = AppTest.from_file(APP, default_timeout=30)
    at.user = {"is_logged_in": True, "name": "Ana Ruiz", "email": "ana@example.org"}
    at.run()
    assert not at.exception
    assert "Reviewing as **Ana Ruiz**" in [m.value for m in at.sidebar.markdown]
    first = _queue_ids(at)[0]
    _click(at, "decide_verified")
    assert _stored(seeded_url, first).reviewed_by == "Ana Ruiz"


# ----------------------------------------------------------------------------- the queue


def test_queue_shows_unverified_low_confidence_first_with_counts(seeded_url):
    at = _app()
    everything = claims(seeded_url)
    ids = _queue_ids(at)
    expected = sorted(everything, key=lambda c: (c.confidence, c.id))
    assert ids == [c.id for c in expected][: len(ids)]
    assert at.metric[0].value == str(len(everything))  # unverified
    frame = at.dataframe[0].value
    assert set(frame.columns) >= {"Status", "Speaker", "Claim", "Kind", "Conf.", "Article"}


def test_filters_narrow_the_queue(seeded_url):
    everything = claims(seeded_url)
    _decide_elsewhere(seeded_url, everything[0].id, "verified", "Ana")
    at = _app()
    assert everything[0].id not in _queue_ids(at)  # default: unverified only
    at.pills(key="f_status").set_value(["verified"]).run()
    assert _queue_ids(at) == [everything[0].id]

    at.pills(key="f_status").set_value([]).run()  # every status
    assert len(_queue_ids(at)) == len(everything)
    word = "SCO"
    at.text_input(key="f_search").set_value(word).run()
    assert _queue_ids(at) and all(word.lower() in c.lower() for c in at.dataframe[0].value["Claim"])
    at.text_input(key="f_search").set_value("").run()

    speaker = next(c for c in at.dataframe[0].value["Speaker"] if not c.startswith("—"))
    at.selectbox(key="f_speaker").set_value(speaker).run()
    assert set(at.dataframe[0].value["Speaker"]) == {speaker}
    at.selectbox(key="f_speaker").set_value(None).run()

    at.slider(key="f_conf").set_range(0.5, 1.0).run()
    assert all(c >= 0.5 for c in at.dataframe[0].value["Conf."])
    at.slider(key="f_conf").set_range(0.0, 1.0).run()

    kind = at.dataframe[0].value["Kind"][0]
    at.pills(key="f_kind").set_value([kind]).run()
    assert set(at.dataframe[0].value["Kind"]) == {kind}
    assert not at.exception


def test_claim_link_opens_that_claim(seeded_url):
    last = claims(seeded_url)[-1]
    at = _app(claim_id=last.id)
    assert any(m.value.startswith(f"#### Claim {last.id} ") for m in at.markdown)
    assert at.query_params["claim"] == [str(last.id)] or at.query_params["claim"] == str(last.id)
    # the quote is highlighted inside its paragraph
    assert any("<mark>" in h.proto.body for h in at.html)


def test_unknown_claim_link_says_so(seeded_url):
    at = _app(claim_id=99999)
    assert "claim 99999 does not exist" in _texts(at)


# ----------------------------------------------------------------------------- deciding


def test_decision_is_stored_with_history_and_the_next_claim_opens(seeded_url):
    at = _app(reviewer="Ana Ruiz")
    ids = _queue_ids(at)
    first = ids[0]
    at.text_input(key=f"note_{first}").set_value("matches CCTV video")
    at.text_input(key=f"evidence_{first}").set_value("https://example.org/cctv")
    _click(at, "decide_verified")
    stored = _stored(seeded_url, first)
    assert (stored.status, stored.reviewed_by, stored.note, stored.evidence_url) == (
        "verified",
        "Ana Ruiz",
        "matches CCTV video",
        "https://example.org/cctv",
    )
    assert at.query_params["claim"] == [str(ids[1])] or at.query_params["claim"] == str(ids[1])
    assert first not in _queue_ids(at)  # it left the unverified queue
    [entry] = _history(seeded_url, first)
    assert (entry.reviewer, entry.from_status, entry.to_status) == (
        "Ana Ruiz",
        "unverified",
        "verified",
    )
    assert "You marked claim" in _texts(at)


def test_undo_reverts_the_last_decision(seeded_url):
    at = _app(reviewer="Ana Ruiz")
    first = _queue_ids(at)[0]
    _click(at, "decide_disputed")
    assert _stored(seeded_url, first).status == "disputed"
    _click(at, "undo_last")
    stored = _stored(seeded_url, first)
    assert (stored.status, stored.reviewed_by) == ("unverified", None)
    assert [r.action for r in _history(seeded_url, first)] == ["status", "undo"]
    assert at.query_params["claim"] in ([str(first)], str(first))  # back on the undone claim
    assert first in _queue_ids(at)
    assert "Updated while you were looking" not in _texts(at)  # their own change is no news


def test_speaker_fix_is_recorded_in_the_history(seeded_url):
    # AppTest cannot type a new option into a selectbox: pick a known speaker (a new name
    # typed in the browser goes through the same set_speaker call, which creates the speaker)
    _add_speaker(seeded_url, "Maria Zakharova")
    first = claims(seeded_url)[0]
    at = _app(claim_id=first.id, reviewer="Ben Okafor")
    at.selectbox(key=f"fix_speaker_{first.id}").set_value("Maria Zakharova")
    at.text_input(key=f"fix_note_{first.id}").set_value("the ministry spokeswoman said it")
    _click(at, f"fix_save_{first.id}")
    [entry] = _history(seeded_url, first.id)
    assert (entry.action, entry.to_speaker, entry.reviewer) == (
        "speaker",
        "Maria Zakharova",
        "Ben Okafor",
    )
    assert "**Maria Zakharova**" in _texts(at)  # the claim now shows the right speaker


def test_conflicting_decision_is_refused_and_the_new_state_shown(seeded_url):
    first = claims(seeded_url)[0]
    at = _app(claim_id=first.id, reviewer="Ben")
    _decide_elsewhere(seeded_url, first.id, "disputed", "Ana")  # meanwhile, another reviewer
    _click(at, "decide_verified")
    warning = " ".join(w.value for w in at.warning)
    assert "changed by Ana" in warning and "now disputed" in warning
    assert _stored(seeded_url, first.id).status == "disputed"
    assert [r.reviewer for r in _history(seeded_url, first.id)] == ["Ana"]
    assert any(f"#### Claim {first.id} " in m.value and "disputed" in m.value for m in at.markdown)


def test_bulk_decision_needs_a_confirmation(seeded_url):
    at = _app(reviewer="Ana Ruiz")
    ids = _queue_ids(at)
    at.session_state[_queue_key(at)] = {
        "selection": {"rows": [0, 1, 2], "columns": [], "cells": []}
    }
    at.run()
    assert "#### 3 claims selected" in _texts(at)
    at.segmented_control(key="bulk_status").set_value("disputed").run()
    at.text_input(key="bulk_note").set_value("no source for it")
    _click(at, "bulk_apply")
    assert {c.status for c in claims(seeded_url)} == {"unverified"}  # not before confirming
    assert "Mark **3 claims disputed**" in _texts(at)
    _click(at, "bulk_confirm")
    for claim_id in ids[:3]:
        stored = _stored(seeded_url, claim_id)
        assert (stored.status, stored.note) == ("disputed", "no source for it")
        assert len(_history(seeded_url, claim_id)) == 1
    assert _stored(seeded_url, ids[3]).status == "unverified"
    assert "3 claims marked disputed" in _texts(at)


def test_bulk_cancel_changes_nothing(seeded_url):
    at = _app(reviewer="Ana Ruiz")
    at.session_state[_queue_key(at)] = _rows(0, 1)
    at.run()
    at.segmented_control(key="bulk_status").set_value("verified").run()
    _click(at, "bulk_apply")
    _click(at, "bulk_cancel")
    assert {c.status for c in claims(seeded_url)} == {"unverified"}


# ----------------------------------------------------------------------------- other pages


def _speakers():
    from dashboard.pages_speakers import speakers_page

    speakers_page()


def _upload():
    from dashboard.pages_upload import upload_page

    upload_page()


def test_speaker_page_lists_their_claims_with_the_tally(seeded_url):
    engine = open_database(seeded_url)
    with Session(engine) as session:
        tally = queries.speaker_tallies(session=session)[0]
        mine = queries.list_claims(session=session, filters=queries.ClaimFilter(speaker=tally.name))
    engine.dispose()
    _decide_elsewhere(seeded_url, mine[0].id, "verified", "Ana")
    at = AppTest.from_function(_speakers, default_timeout=30)
    at.run()
    assert not at.exception
    assert tally.name in list(at.dataframe[0].value["Speaker"])  # the overview
    at.query_params["speaker"] = tally.name
    at.run()
    assert f"### {tally.name}" in _texts(at)
    metrics = {m.label.split()[-1]: m.value for m in at.metric}
    assert metrics["Claims"] == str(tally.claims)
    assert metrics["Verified"] == "1"
    assert len(at.dataframe[0].value) == tally.claims


def test_upload_adds_articles_and_shows_their_claims(seeded_url, tmp_path):
    at = AppTest.from_function(_upload, default_timeout=60)
    at.run()
    text = SEED.read_text(encoding="utf-8").replace("SCO", "Shanghai Cooperation Organisation")
    at.file_uploader(key="upload_files").set_value(
        [
            ("summit.txt", text.encode(), "text/plain"),
            ("empty.txt", b"   ", "text/plain"),
        ]
    )
    at.button[0].click().run()
    assert not at.exception
    page = _texts(at)
    assert "summit.txt — added" in page
    assert "empty.txt: skipped, the file is empty" in page
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) > 0
    # the same file again changes nothing
    at.file_uploader(key="upload_files").set_value(("summit.txt", text.encode(), "text/plain"))
    at.button[0].click().run()
    assert "already in the database" in _texts(at)


@pytest.mark.parametrize("page", [_speakers, _upload])
def test_pages_run_on_an_empty_database(page, tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DB", f"sqlite:///{tmp_path / 'empty.sqlite'}")
    at = AppTest.from_function(page, default_timeout=30)
    at.run()
    assert not at.exception


def test_review_page_on_an_empty_database(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_DB", f"sqlite:///{tmp_path / 'empty.sqlite'}")
    at = _app()
    assert "No claim matches these filters" in _texts(at)


def test_speaker_button_opens_the_speaker_page(seeded_url):
    claim = next(c for c in claims(seeded_url) if c.speaker_id)
    at = _app(claim_id=claim.id)
    _click(at, f"to_speaker_{claim.id}")
    assert any(m.value.startswith("### ") for m in at.markdown)  # the speaker page's heading
    assert at.metric[0].label == "Claims"


def test_a_change_by_someone_else_is_pointed_out(seeded_url):
    first = claims(seeded_url)[0]
    at = _app(claim_id=first.id, reviewer="Ben")
    _click(at, f"fix_save_{first.id}")  # nothing picked: refused, nothing written
    assert "Pick or type the right speaker first." in _texts(at)
    _decide_elsewhere(seeded_url, first.id, "verified", "Ana")
    at.run()
    assert "Updated while you were looking: now **verified** by Ana." in _texts(at)
    at.run()  # said once
    assert "Updated while you were looking" not in _texts(at)


def test_bulk_refuses_a_claim_changed_after_it_was_ticked(seeded_url):
    at = _app(reviewer="Ana Ruiz")
    ids = _queue_ids(at)
    at.session_state[_queue_key(at)] = _rows(0, 1, 2)
    at.run()
    engine = open_database(seeded_url)  # meanwhile Ben fixes the speaker of the second one
    with Session(engine) as session:
        review.set_speaker(
            session=session, claim_id=ids[1], speaker_name="Xi Jinping", reviewer="Ben"
        )
    engine.dispose()
    at.segmented_control(key="bulk_status").set_value("verified").run()
    _click(at, "bulk_apply")
    _click(at, "bulk_confirm")
    assert [_stored(seeded_url, i).status for i in ids[:3]] == [
        "verified",
        "unverified",
        "verified",
    ]
    assert "1 changed meanwhile" in _texts(at) and "changed by" in _texts(at)


@pytest.mark.postgres
def test_queue_and_decision_on_postgresql(pg_url, monkeypatch):
    engine = open_database(pg_url)
    list(ingest_paths(engine, [SEED]))
    engine.dispose()
    monkeypatch.setenv("FACTCHECK_DB", pg_url)
    at = _app(reviewer="Ana Ruiz")
    first = _queue_ids(at)[0]
    at.text_input(key="f_search").set_value("sco").run()  # ILIKE: case-insensitive there too
    assert _queue_ids(at)
    at.text_input(key="f_search").set_value("").run()
    at.query_params["claim"] = str(first)
    at.run()
    _click(at, "decide_disputed")
    assert _stored(pg_url, first).status == "disputed"
    assert [r.reviewer for r in _history(pg_url, first)] == ["Ana Ruiz"]


def test_next_from_a_claim_outside_the_queue_goes_to_its_top(seeded_url):
    first = claims(seeded_url)[0]
    _decide_elsewhere(seeded_url, first.id, "verified", "Ana")
    at = _app(claim_id=first.id)  # a shared link to a claim the queue no longer holds
    top = _queue_ids(at)[0]
    _click(at, "next_claim")
    assert at.query_params["claim"] in ([str(top)], str(top))


def test_a_wire_copy_shows_where_else_the_claim_appeared(seeded_url, tmp_path):
    copy = tmp_path / "wire_copy.txt"
    copy.write_text("From the wire, 29 November\n\n" + SEED.read_text(encoding="utf-8"))
    engine = open_database(seeded_url)
    list(ingest_paths(engine, [copy]))
    engine.dispose()
    first = claims(seeded_url)[0]
    at = _app(claim_id=first.id)
    assert "Other articles (1)" in [t.label for t in at.tabs]
    assert sum("<mark>" in h.proto.body for h in at.html) == 2  # highlighted in both


def test_claim_gone_from_a_corrected_article_says_so(seeded_url):
    from factcheck.readers import ArticleInput
    from factcheck.services import ingest_article

    url = "https://news.example.org/mayor"
    first = '"We will fix every pothole by June," Mayor Ada Brown said on Monday.\n'
    second = "Mayor Ada Brown said on Monday that repairs would take longer than planned.\n"
    engine = open_database(seeded_url)
    with Session(engine) as session:
        ingest_article(session=session, article=ArticleInput(first, "v1", title="Mayor", url=url))
    gone = next(c for c in claims(seeded_url) if c.text.startswith("We will fix"))
    _decide_elsewhere(seeded_url, gone.id, "disputed", "Ana")
    with Session(engine) as session:
        result = ingest_article(
            session=session, article=ArticleInput(second, "v2", title="Mayor", url=url)
        )
    engine.dispose()
    assert result.status == "updated"
    at = _app(claim_id=gone.id, reviewer="Ben")
    assert "Gone from the latest version of its article" in _texts(at)
    assert _stored(seeded_url, gone.id).status == "disputed"  # the review survived
