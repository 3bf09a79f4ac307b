"""Ingest at scale: killed with SIGKILL half-way it leaves a consistent database and a re-run
completes it; several processes at once into PostgreSQL store what one process would."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from bench.bench_ingest import write_corpus
from factcheck import services
from factcheck.parsing import extract_quotes
from factcheck.storage import open_database
from tests.conftest import ROOT

ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "factcheck.cli", "ingest", *args]


def check_consistent(conn, sample: int = 150) -> int:
    """Assert no article lacks its quotes and no claim lacks a quote; return the article count."""
    articles = conn.execute(sa.text("SELECT id, text FROM article ORDER BY id")).all()
    counts = dict(conn.execute(sa.text("SELECT article_id, count(*) FROM quote GROUP BY 1")).all())
    assert all(counts.get(a.id, 0) > 0 for a in articles), "an article was stored without quotes"
    orphans = conn.execute(
        sa.text("SELECT count(*) FROM claim WHERE id NOT IN (SELECT claim_id FROM quote)")
    ).scalar()
    assert orphans == 0, "a claim was stored without its quote"
    step = max(1, len(articles) // sample)
    for a in articles[::step]:  # the parser is the costly part: compare a sample in full
        expected = {(q.start, q.end) for q in extract_quotes(a.text)}
        assert counts[a.id] == len(expected), f"article {a.id} is half-stored"
    return len(articles)


def test_sigkill_midway_then_rerun_completes(tmp_path):
    total = 1500
    write_corpus(tmp_path / "in", total)
    url = f"sqlite:///{tmp_path / 'kill.sqlite'}"
    cmd = cli(str(tmp_path / "in"), "--db", url, "--workers", "2")
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill reaches the workers too
    )  # fmt: skip
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(tmp_path / "kill.sqlite", timeout=1) as raw:
                stored = raw.execute("SELECT count(*) FROM article").fetchone()[0]
        except sqlite3.OperationalError:  # no table yet, or locked for a moment
            stored = 0
        if stored > 0:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"

    engine = sa.create_engine(url)
    with engine.connect() as conn:
        half = check_consistent(conn)
    assert 0 < half < total

    rerun = subprocess.run(cmd, cwd=ROOT, env=ENV, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    summary = rerun.stdout.splitlines()[-1]
    assert summary.startswith(f"{total - half} new, {half} unchanged, 0 updated, 0 failed;")
    with engine.connect() as conn:
        assert check_consistent(conn) == total
    engine.dispose()


TABLES = ("article", "speaker", "claim", "quote")


def table_counts(url: str) -> dict[str, int]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        counts = {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
        counts["distinct texts"] = conn.execute(
            sa.text("SELECT count(DISTINCT content_hash) FROM article")
        ).scalar()
        check_consistent(conn, sample=30)
    engine.dispose()
    return counts


@pytest.mark.postgres
def test_concurrent_processes_into_postgresql_match_a_serial_ingest(pg_server, tmp_path):
    paths = [str(p) for p in write_corpus(tmp_path / "in", 300)]
    shared, serial = pg_server.new_database(), pg_server.new_database()
    open_database(shared).dispose()  # the schema first: see the report on concurrent creation
    parts = [paths[:200], paths[100:], paths[::2]]  # every file in at least two of them
    procs = [
        subprocess.Popen(
            cli(*part, "--db", shared, "--workers", "1"),
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for part in parts
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _out, err in outputs]
    new = sum(int(out.splitlines()[-1].split(" new")[0]) for out, _err in outputs)
    assert new == 300  # each article stored by exactly one process

    engine = open_database(serial)
    results = list(services.ingest_paths(engine, paths, workers=1))
    engine.dispose()
    assert {r.status for r in results} == {"new"}
    assert table_counts(shared) == table_counts(serial)
    assert table_counts(shared)["article"] == 300


def test_concurrent_processes_into_one_sqlite_file(tmp_path):
    paths = [str(p) for p in write_corpus(tmp_path / "in", 240)]
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    open_database(url).dispose()
    parts = [paths[:160], paths[80:], paths[::2]]
    procs = [
        subprocess.Popen(
            cli(*part, "--db", url, "--workers", "1"),
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for part in parts
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _out, err in outputs]
    assert sum(int(out.splitlines()[-1].split(" new")[0]) for out, _err in outputs) == 240
    assert table_counts(url)["article"] == 240


@pytest.mark.postgres
def test_concurrent_corrections_of_one_story_chain_into_versions(pg_server, tmp_path):
    import json

    url = pg_server.new_database()
    open_database(url).dispose()
    feeds = []
    for writer in range(3):  # three desks each send their own correction of the same 20 stories
        feed = tmp_path / f"desk{writer}.jsonl"
        feed.write_text(
            "\n".join(
                json.dumps(
                    {
                        "text": f'Story {n}\n\n"Version from desk {writer}," Ana Ruiz said.',
                        "url": f"https://news.example/{n}",
                    }
                )
                for n in range(20)
            )
        )
        feeds.append(feed)
    procs = [
        subprocess.Popen(
            cli(str(feed), "--db", url, "--workers", "1"),
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for feed in feeds
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _out, err in outputs]
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT url, version, is_current, previous_id, id FROM article ORDER BY id")
        ).all()
    engine.dispose()
    for n in range(20):
        story = [r for r in rows if r.url == f"https://news.example/{n}"]
        assert sorted(r.version for r in story) == [1, 2, 3]
        assert [r.version for r in story if r.is_current] == [3]
        by_version = {r.version: r for r in story}
        assert by_version[2].previous_id == by_version[1].id
        assert by_version[3].previous_id == by_version[2].id
