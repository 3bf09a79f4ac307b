"""Several programs opening one new SQLite database at once (the dashboard and an ingest started
together): each waits for the one creating it instead of calling it a foreign database."""

from __future__ import annotations

import subprocess
import sys
import time

from tests.conftest import ROOT

_CHILD = """
import sys, time
from sqlmodel import Session, select
from factcheck.storage import Claim, open_database
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # all start at the same moment
engine = open_database(sys.argv[1])
with Session(engine) as session:
    session.exec(select(Claim)).all()
print("ok")
"""


def test_programs_opening_a_new_sqlite_file_at_once_all_succeed(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    at = str(time.time() + 4)  # after every interpreter has started
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, url, at],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(5)
    ]
    results = [c.communicate(timeout=120) for c in children]
    failed = [err.strip().splitlines()[-1] for out, err in results if out.strip() != "ok"]
    assert not failed, failed
