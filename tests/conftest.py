"""Fixtures: a fresh database per test (SQLite in memory, or a real PostgreSQL server that the
tests start on 127.0.0.1), and the paths of the project's fixtures.

Under CI=true nothing may skip for want of PostgreSQL or Chromium: the fixtures fail instead.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import settings
from sqlmodel import Session

from factcheck.storage import open_database

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "articles" / "sco_summit_astana.txt"
CHROMIUM = "/usr/bin/chromium"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Property tests explore new random inputs on every local run (that is how they find bugs); under
# CI they replay a fixed sequence, so a landing never depends on the luck of the draw.
settings.register_profile("ci", derandomize=True, database=None)
if IN_CI:
    settings.load_profile("ci")


def missing(what: str) -> None:
    """Skip on a developer's machine; fail under CI, where every service must be there."""
    if IN_CI:
        pytest.fail(f"{what} is required under CI=true", pytrace=False)
    pytest.skip(f"{what} is not available")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throwaway PostgreSQL cluster (initdb + pg_ctl), run as `postgres` when we are root."""

    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        initdb = found[-1] if found else shutil.which("initdb")
        if not initdb:
            raise FileNotFoundError("PostgreSQL (initdb) is not installed")
        self.bin = Path(initdb).parent
        self.port = free_port()
        self.data = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.data / "db"), "-U", "postgres", "-A", "trust")
        self._run(
            "pg_ctl",
            "-D",
            str(self.data / "db"),
            "-l",
            str(self.data / "log"),
            "-w",
            "-o",
            f"-h 127.0.0.1 -p {self.port} -k {self.data} -c fsync=off",
            "start",
        )
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        self._names = itertools.count()

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin / tool), *args],
            check=True,
            capture_output=True,
            cwd=self.data,
        )

    def new_database(self) -> str:
        """Create an empty database and return its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        admin = sa.create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        return self.url.rsplit("/", 1)[0] + "/" + name

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data / "db"), "-m", "immediate", "stop")
        shutil.rmtree(self.data, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = PostgresServer()
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        missing(f"PostgreSQL ({exc})")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """URL of a fresh, empty PostgreSQL database."""
    return pg_server.new_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """URL of a fresh database, once on SQLite (a file) and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'factcheck.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url):
    engine = open_database(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with Session(engine) as session:
        yield session


@pytest.fixture
def memory_engine():
    """A fresh in-memory SQLite database (fast, for tests that need no PostgreSQL twin)."""
    engine = open_database("sqlite://")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        missing(f"Chromium at {CHROMIUM}")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing("the playwright Python package")
    return CHROMIUM


def wait_for_http(url: str, timeout: float = 60.0) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 (loopback only)
                if resp.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer in {timeout:.0f} s")


def _seed_counts() -> tuple[int, int]:
    """Return (quotes, claims) the current parser finds in the seed article."""
    from factcheck.parsing import extract_quotes
    from factcheck.services import claim_key

    quotes = extract_quotes(SEED.read_text(encoding="utf-8-sig"))
    return len(quotes), len({claim_key(q.text, q.speaker) for q in quotes})


SEED_QUOTES, SEED_CLAIMS = _seed_counts()


@pytest.fixture(autouse=True)
def _restore_main_module():
    """Streamlit's AppTest leaves the page script as ``__main__``; a process spawned later would
    re-run that page first. Put pytest's ``__main__`` back after every test."""
    main = sys.modules.get("__main__")
    yield
    if main is not None and sys.modules.get("__main__") is not main:
        sys.modules["__main__"] = main
