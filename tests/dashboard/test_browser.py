"""The dashboard in a real headless Chromium against `factcheck dashboard` on a temporary DB.

One server for the module (start-up is the slow part); each test works on its own claims.
Screenshots of the main views go to test-artifacts/.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest

from factcheck import services
from factcheck.storage import open_database
from tests.conftest import ROOT, SEED, free_port, wait_for_http
from tests.dashboard.conftest import claims

pytestmark = pytest.mark.browser
SHOTS = ROOT / "test-artifacts"
FINISHED = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'dash.sqlite'}"
    engine = open_database(url)
    list(services.ingest_paths(engine, [SEED]))
    engine.dispose()
    return url


@pytest.fixture(scope="module")
def server(db, chromium):
    port = free_port()
    log = SHOTS / "dashboard-server.log"
    SHOTS.mkdir(exist_ok=True)
    with open(log, "wb") as out:
        # its own process group: `factcheck dashboard` runs streamlit as a child process, which
        # outlives a terminated parent and keeps its port (and a CPU) otherwise
        proc = subprocess.Popen(
            [sys.executable, "-m", "factcheck.cli", "dashboard", "--port", str(port), "--db", db],
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_http(f"http://127.0.0.1:{port}/_stcore/health")
            yield f"http://127.0.0.1:{port}"
        finally:
            _stop_group(proc)


def _stop_group(proc: subprocess.Popen) -> None:
    """End the server and its streamlit child (the whole process group we started)."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 10  # the child may take a moment after its parent
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


def _open(browser, url: str, reviewer: str | None = None):
    context = browser.new_context(viewport={"width": 1680, "height": 1050})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(FINISHED, timeout=30_000)
    if reviewer:
        box = page.get_by_label("Your name (reviewer)")
        box.fill(reviewer)
        box.press("Enter")
        page.get_by_text(f"Decisions are recorded as {reviewer}").wait_for(timeout=15_000)
        box.blur()
        _settle(page)
    return page


def _settle(page) -> None:
    """Wait for the rerun a widget change started to finish."""
    page.wait_for_timeout(400)
    page.wait_for_selector(FINISHED)


def _until(predicate, timeout: float = 15.0):
    """Poll the database (page.url and the like need page.wait_for_*: sleeping stalls them)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def _claim(url: str, claim_id: int):
    return next(c for c in claims(url) if c.id == claim_id)


def _history(url: str, claim_id: int):
    from sqlmodel import Session

    engine = open_database(url)
    with Session(engine) as session:
        rows = services.claim_history(session=session, claim_id=claim_id)
    engine.dispose()
    return rows


def test_claim_decided_with_the_keyboard_is_stored(server, browser, db):
    target = claims(db)[2]
    page = _open(browser, f"{server}/?claim={target.id}", reviewer="Ana Ruiz")
    page.get_by_text(f"Claim {target.id}", exact=False).first.wait_for()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "review-queue.png"))
    note = page.get_by_label("Note")
    note.fill("seen on CCTV")
    note.press("Enter")  # commits the note: a rerun
    _settle(page)
    note.blur()  # shortcuts do not fire while typing in a field
    page.keyboard.press("v")  # the Verified button's shortcut
    stored = _until(lambda: (c := _claim(db, target.id)).status == "verified" and c)
    assert (stored.reviewed_by, stored.note) == ("Ana Ruiz", "seen on CCTV")
    [entry] = _history(db, target.id)
    assert (entry.reviewer, entry.to_status) == ("Ana Ruiz", "verified")
    # the next claim opened, with an undo at hand
    page.wait_for_url(lambda url: f"claim={target.id}" not in url, timeout=15_000)
    page.get_by_text(f"You marked claim {target.id} verified").wait_for(timeout=15_000)
    page.wait_for_selector(FINISHED)
    page.screenshot(path=str(SHOTS / "after-decision.png"))


def test_conflicting_decision_from_a_second_browser_is_refused(server, browser, db):
    target = claims(db)[5]
    url = f"{server}/?claim={target.id}"
    ana = _open(browser, url, reviewer="Ana")
    ben = _open(browser, url, reviewer="Ben")
    ana.locator(".st-key-decide_disputed button").first.click()
    _until(lambda: _claim(db, target.id).status == "disputed")
    ben.locator(".st-key-decide_verified button").first.click()
    ben.get_by_text("was changed by Ana while you were looking at it").wait_for(timeout=15_000)
    ben.wait_for_selector(FINISHED)
    ben.screenshot(path=str(SHOTS / "conflict.png"))
    assert _claim(db, target.id).status == "disputed"
    assert [r.reviewer for r in _history(db, target.id)] == ["Ana"]


def test_speaker_and_upload_pages(server, browser, db):
    speaker = next(c.speaker_id for c in claims(db) if c.speaker_id)
    from sqlmodel import Session

    from factcheck.storage import Speaker

    engine = open_database(db)
    with Session(engine) as session:
        name = session.get(Speaker, speaker).name
    engine.dispose()
    page = _open(browser, f"{server}/speakers?speaker={name.replace(' ', '%20')}")
    page.get_by_role("heading", name=name).wait_for(timeout=15_000)
    page.wait_for_selector('[data-testid="stDataFrame"] canvas')
    page.wait_for_timeout(800)  # the table draws on its canvas after it appears
    page.screenshot(path=str(SHOTS / "speaker.png"))
    page.get_by_role("link", name="Add articles").click()
    page.get_by_text("Upload news articles").wait_for(timeout=15_000)
    page.locator("input[type=file]").set_input_files(str(SEED.parent / "sco_summit_astana.txt"))
    page.get_by_role("button", name="Add to the queue").click()
    page.get_by_text("already in the database").wait_for(timeout=15_000)
    page.wait_for_selector(FINISHED)
    page.screenshot(path=str(SHOTS / "upload.png"))


def test_bulk_decision_on_ticked_rows(server, browser, db):
    from sqlmodel import Session

    from factcheck.services import claims as queries

    engine = open_database(db)
    with Session(engine) as session:
        unverified = queries.ClaimFilter(statuses=("unverified",))
        top = [r.id for r in queries.list_claims(session=session, filters=unverified, limit=2)]
    engine.dispose()
    page = _open(browser, server, reviewer="Cleo")
    grid = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
    for row in (0, 1):  # the tick boxes are drawn on the canvas: click where they are
        page.mouse.click(grid["x"] + 14, grid["y"] + 35 + 35 * row + 17)
        _settle(page)
    page.get_by_text("2 claims selected").wait_for(timeout=15_000)
    page.locator(".st-key-bulk_status button", has_text="disputed").click()
    _settle(page)
    page.locator(".st-key-bulk_apply button").click()
    page.get_by_text("Mark 2 claims disputed as Cleo?").wait_for(timeout=15_000)
    page.screenshot(path=str(SHOTS / "bulk-confirm.png"))
    assert {_claim(db, i).status for i in top} == {"unverified"}  # not before confirming
    page.locator(".st-key-bulk_confirm button").click()
    _until(lambda: {_claim(db, i).status for i in top} == {"disputed"})
    assert all([r.reviewer for r in _history(db, i)] == ["Cleo"] for i in top)
