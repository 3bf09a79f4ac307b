"""The dashboard in a real headless Chromium against `factcheck dashboard` on a temporary DB."""

import os
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, free_port, wait_for_http
from tests.dashboard.conftest import claims

pytestmark = pytest.mark.browser
SHOTS = ROOT / "test-artifacts"
FINISHED = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@pytest.fixture
def server(seeded_url, chromium):
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "factcheck.cli",
            "dashboard",
            "--port",
            str(port),
            "--db",
            seeded_url,
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/_stcore/health")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
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


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    page.wait_for_selector(FINISHED, timeout=30_000)
    return page


def _until(predicate, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def test_claim_verified_in_the_browser_is_stored(server, browser, seeded_url):
    first = claims(seeded_url)[0]
    page = _open(browser, f"{server}/?claim={first.id}")
    page.get_by_label("Your name (reviewer)").fill("Ana Ruiz")
    page.get_by_label("Your name (reviewer)").press("Enter")
    page.wait_for_selector(FINISHED)
    page.get_by_label("Note").fill("seen on CCTV")
    page.get_by_role("button", name="✅ Verified", exact=True).click()
    stored = _until(
        lambda: next(c for c in claims(seeded_url) if c.id == first.id and c.status == "verified")
    )
    assert (stored.reviewed_by, stored.note) == ("Ana Ruiz", "seen on CCTV")
    page.goto(f"{server}/?claim={first.id}")
    page.wait_for_selector(FINISHED)
    page.get_by_text("unverified → verified").wait_for(timeout=15_000)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "review-queue.png"))
