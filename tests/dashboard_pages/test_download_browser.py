"""The quote-sheet download in headless Chromium: the file is built when clicked, and is the
sheet (AppTest cannot see a download's bytes). Runs the page's wrapper with `streamlit run`."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest
from sqlmodel import Session, select

from factcheck import services
from factcheck.storage import Claim, open_database
from tests.conftest import ROOT, SEED, free_port, wait_for_http

pytestmark = pytest.mark.browser
FINISHED = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@pytest.fixture
def seeded(db_url) -> str:
    engine = open_database(db_url)
    list(services.ingest_paths(engine, [SEED]))
    with Session(engine) as session:
        first = session.exec(select(Claim.id).order_by(Claim.id)).first()
        services.review_claim(
            session=session, claim_id=first, status="verified", reviewer="Zoë Ñúñez",
            note="=cmd|' /C calc'!A0",
        )  # fmt: skip
    engine.dispose()
    return db_url


@pytest.fixture
def server(seeded, chromium):
    port = free_port()
    cmd = [
        sys.executable, "-m", "streamlit", "run",
        str(ROOT / "tests" / "dashboard_pages" / "export_app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.port", str(port), "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    env = {**os.environ, "FACTCHECK_DB": seeded, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/_stcore/health")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_csv_download_is_the_verified_sheet(server, chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--disable-dev-shm-usage"])
        try:
            page = browser.new_page(accept_downloads=True)
            page.goto(server)
            page.wait_for_selector(FINISHED, timeout=30_000)
            button = page.get_by_role("button", name="Download CSV")
            with page.expect_download(timeout=30_000) as info:
                button.click()
            download = info.value
            assert download.suggested_filename.startswith("verified-quotes-")
            data = open(download.path(), "rb").read()
        finally:
            browser.close()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(r["status"], r["reviewer"]) for r in rows] == [("verified", "Zoë Ñúñez")]
    assert rows[0]["note"] == "'=cmd|' /C calc'!A0"
