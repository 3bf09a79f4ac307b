"""Export and query speed on 100,000 claims; prints the figures.

    PYTHONPATH=. python bench/bench_export.py [--claims 100000] [--keep PATH] [--postgres]

Builds a temporary SQLite database at the newest schema (open_database), fills it with a fast
bulk insert through SQLAlchemy core (one quote per claim, 2,000 articles, 500 speakers, a third
of the claims verified), then times:

- export of all claims (every status) to CSV and to JSON (target < 10 s each);
- a `claims` view query filtered by speaker (target < 100 ms), through run_sql.

``--postgres`` runs the same on a throwaway PostgreSQL server (as the tests start one).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.services.export import export_sheet  # noqa: E402
from factcheck.services.query import run_sql  # noqa: E402
from factcheck.storage import Article, Claim, Quote, Speaker, open_database  # noqa: E402

STATUSES = ("unverified", "verified", "disputed")
WORDS = (
    "growth security the of development “right” cooperation Zoë summit partners trade "
    "interference external risks we must protect and a to in on"
).split()


def build(url: str, n_claims: int, n_articles: int = 2000, n_speakers: int = 500) -> None:
    """Fill the database at ``url`` with ``n_claims`` claims, one quote each."""
    rng = random.Random(7)
    engine = open_database(url)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    body = " ".join(rng.choice(WORDS) for _ in range(600))
    with engine.begin() as conn:
        conn.execute(
            Article.__table__.insert(),
            [
                dict(
                    id=i, content_hash=f"{i:064d}", title=f"Article {i}: “headline”",
                    publication=f"Paper {i % 40}", published=f"2026-{1 + i % 12:02d}-01",
                    url=f"https://example.org/{i}", source=f"bench/{i}.txt", text=body,
                    version=1, is_current=True, ingested_at=now,
                )
                for i in range(1, n_articles + 1)
            ],
        )  # fmt: skip
        conn.execute(
            Speaker.__table__.insert(),
            [
                dict(
                    id=i, name=f"Speaker {i} Ñúñez", description=f"minister no. {i}", kind="person"
                )
                for i in range(1, n_speakers + 1)
            ],
        )
        batch = 20_000
        for lo in range(1, n_claims + 1, batch):
            claims, quotes = [], []
            for i in range(lo, min(lo + batch, n_claims + 1)):
                status = STATUSES[i % 3]
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30)))
                article = 1 + i % n_articles
                speaker = 1 + i % n_speakers
                reviewed = status != "unverified"
                claims.append(
                    dict(
                        id=i, key=f"{i:064x}", text=text, kind="direct", speaker_id=speaker,
                        article_id=article, confidence=rng.random(), status=status,
                        reviewed_by="Ana Ruiz" if reviewed else None,
                        reviewed_at=now + timedelta(minutes=i) if reviewed else None,
                        note="=checked" if reviewed else None,
                        evidence_url="https://example.org/e" if reviewed else None,
                        version=2 if reviewed else 1, created_at=now,
                    )
                )  # fmt: skip
                quotes.append(
                    dict(
                        id=i, claim_id=i, article_id=article, start=i % 500, end=i % 500 + 40,
                        text=text, kind="direct", speaker_id=speaker, confidence=0.9,
                    )
                )  # fmt: skip
            conn.execute(Claim.__table__.insert(), claims)
            conn.execute(Quote.__table__.insert(), quotes)
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def timed(fn, repeat: int = 1) -> tuple[float, object]:  # noqa: ANN001
    """Return the median seconds of ``repeat`` runs of ``fn`` and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--keep", help="Keep the SQLite database at this path.")
    parser.add_argument("--postgres", action="store_true", help="Use a throwaway PostgreSQL.")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    path = folder / "bench.sqlite"
    url = f"sqlite:///{path}"
    server = None
    if args.postgres:
        from tests.conftest import PostgresServer

        server = PostgresServer()
        url = server.new_database()
    print(f"database: {'PostgreSQL' if server else 'SQLite'}")
    try:
        t_build, _ = timed(lambda: build(url, args.claims))
        print(f"build: {args.claims:,} claims in {t_build:.1f} s")
        engine = open_database(url)
        everything = ("unverified", "verified", "disputed")
        for fmt in ("csv", "json"):

            def run(fmt: str = fmt) -> str:
                with Session(engine) as session:
                    return export_sheet(session=session, fmt=fmt, statuses=everything)

            seconds, text = timed(run)
            verdict = "ok" if seconds < 10 else "SLOW"
            print(
                f"export {fmt:<4}: {args.claims:,} quotes in {seconds:.2f} s "
                f"({len(text) / 1e6:.1f} MB)  target < 10 s: {verdict}"
            )
        sql = "SELECT * FROM claims WHERE speaker = 'Speaker 42 Ñúñez'"
        run_sql(engine=engine, sql=sql)  # warm the page cache, as a desk's server would be
        seconds, result = timed(lambda: run_sql(engine=engine, sql=sql), repeat=7)
        verdict = "ok" if seconds < 0.1 else "SLOW"
        print(
            f"claims view by speaker: {len(result.rows)} rows in {seconds * 1000:.1f} ms "
            f"(median of 7)  target < 100 ms: {verdict}"
        )
        explain = "EXPLAIN " if server else "EXPLAIN QUERY PLAN "
        plan = run_sql(engine=engine, sql=explain + sql)
        print("  plan: " + "; ".join(" ".join(str(r[-1]).split()) for r in plan.rows))
        engine.dispose()
        if args.keep and server is None:
            shutil.copy(path, args.keep)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
