"""How fast is the review queue on a large database? Prints the figures.

Builds a SQLite file with 100,000 claims (in a temporary folder, bulk inserts through SQLAlchemy
core), then times the service calls the queue page makes and full AppTest renders of the page:
the first view and a few filter changes.

    PYTHONPATH=. python bench/bench_dashboard.py [--claims 100000] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlmodel import Session  # noqa: E402

from factcheck.services import claims as queries  # noqa: E402
from factcheck.storage import Article, Claim, Quote, Review, Speaker, open_database  # noqa: E402

WORDS = (
    "the minister said growth would return next year while critics argued that inflation "
    "remained high and the bloc must protect the right to development against external "
    "interference in its internal affairs according to officials who spoke on condition"
).split()
KINDS = ("direct", "direct", "direct", "partial", "indirect")


def build(url: str, n_claims: int, seed: int = 7) -> None:
    """Fill an empty database with ``n_claims`` claims, one quote each, over many articles."""
    rng = random.Random(seed)
    engine = open_database(url)
    now = datetime.now(UTC)
    n_articles = max(1, n_claims // 20)
    n_speakers = max(1, n_claims // 50)
    with engine.begin() as conn:
        conn.execute(
            insert(Speaker),
            [
                {
                    "id": i,
                    "name": f"Speaker {i:05d}",
                    "description": "an official",
                    "kind": "person",
                }
                for i in range(1, n_speakers + 1)
            ],
        )
        for lo in range(1, n_articles + 1, 2000):
            conn.execute(
                insert(Article),
                [
                    {
                        "id": i,
                        "content_hash": f"{i:064d}",
                        "title": f"Article {i}: summit talks",
                        "publication": "Wire",
                        "text": ("Paragraph one. " * 40 + "\n\n") * 4,
                        "version": 1,
                        "is_current": True,
                        "ingested_at": now,
                    }
                    for i in range(lo, min(lo + 2000, n_articles + 1))
                ],
            )
        statuses = ["unverified"] * 8 + ["verified", "disputed"]
        for lo in range(1, n_claims + 1, 10000):
            hi = min(lo + 10000, n_claims + 1)
            claims, quotes = [], []
            for i in range(lo, hi):
                text = " ".join(rng.choices(WORDS, k=rng.randint(6, 30)))
                article = rng.randint(1, n_articles)
                kind = rng.choice(KINDS)
                conf = round(rng.random(), 2)
                claims.append(
                    {
                        "id": i,
                        "key": f"{i:064x}",
                        "text": text,
                        "kind": kind,
                        "speaker_id": rng.randint(1, n_speakers) if rng.random() > 0.1 else None,
                        "article_id": article,
                        "confidence": conf,
                        "status": rng.choice(statuses),
                        "version": 1,
                        "created_at": now,
                    }
                )
                quotes.append(
                    {
                        "claim_id": i,
                        "article_id": article,
                        "start": 0,
                        "end": 14,
                        "text": text,
                        "kind": kind,
                        "cue": "said",
                        "rule": "bench",
                        "confidence": conf,
                    }
                )
            conn.execute(insert(Claim), claims)
            conn.execute(insert(Quote), quotes)
        conn.execute(
            insert(Review),
            [
                {
                    "claim_id": i,
                    "reviewer": "Bench",
                    "created_at": now,
                    "action": "status",
                    "from_status": "unverified",
                    "to_status": "verified",
                }
                for i in range(1, n_claims + 1, 10)
            ],
        )
    engine.dispose()


def timed(fn, repeat: int = 5) -> float:  # noqa: ANN001
    """Return the median wall time of ``fn()`` in milliseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_services(url: str) -> None:
    engine = open_database(url)
    cases = {
        "default (unverified, triage order)": queries.ClaimFilter(statuses=("unverified",)),
        "all statuses": queries.ClaimFilter(),
        "speaker": queries.ClaimFilter(speaker="Speaker 00042"),
        "article": queries.ClaimFilter(article_id=123),
        "kind partial + confidence < 0.3": queries.ClaimFilter(
            kinds=("partial",), max_confidence=0.3
        ),
        "search 'inflation'": queries.ClaimFilter(search="inflation"),
    }
    print("service calls (median of 5, ms):")
    with Session(engine) as s:
        print(
            f"  status_counts                {timed(lambda: queries.status_counts(session=s)):8.1f}"
        )
        print(
            f"  speaker_names                {timed(lambda: queries.speaker_names(session=s)):8.1f}"
        )
        print(
            f"  article_choices              "
            f"{timed(lambda: queries.article_choices(session=s)):8.1f}"
        )
        print(f"  kinds                        {timed(lambda: queries.kinds(session=s)):8.1f}")
        for name, f in cases.items():
            t_list = timed(lambda f=f: queries.list_claims(session=s, filters=f, limit=50))
            t_count = timed(lambda f=f: queries.count_claims(session=s, filters=f))
            print(f"  list+count: {name:<34} {t_list:7.1f} + {t_count:7.1f}")
        t_page = timed(
            lambda: queries.list_claims(session=s, filters=cases["all statuses"], offset=50_000)
        )
        print(f"  list, page 1001 of all       {t_page:8.1f}")
        print(
            f"  claim_detail                 "
            f"{timed(lambda: queries.claim_detail(session=s, claim_id=4242)):8.1f}"
        )
    engine.dispose()


def bench_apptest(url: str) -> dict[str, float]:
    from streamlit.testing.v1 import AppTest

    os.environ["FACTCHECK_DB"] = url
    app = str(ROOT / "dashboard" / "app.py")
    warm = AppTest.from_file(app, default_timeout=120)
    warm.run()  # imports and the cached engine: paid once per server, not per view
    assert not warm.exception, warm.exception

    def first_view() -> AppTest:
        at = AppTest.from_file(app, default_timeout=120)
        at.run()
        assert not at.exception, at.exception
        return at

    figures = {"first view (fresh session)": timed(first_view, repeat=3)}
    at = first_view()

    def change(action) -> float:  # noqa: ANN001
        t = time.perf_counter()
        action(at).run()
        assert not at.exception, at.exception
        return (time.perf_counter() - t) * 1000

    figures["next page"] = change(
        lambda a: next(b for b in a.button if b.key == "page_next").click()
    )
    figures["filter: every status (100k rows sorted)"] = change(
        lambda a: a.pills(key="f_status").set_value([])
    )
    figures["filter: back to unverified"] = change(
        lambda a: a.pills(key="f_status").set_value(["unverified"])
    )
    figures["filter: search 'inflation'"] = change(
        lambda a: a.text_input(key="f_search").set_value("inflation")
    )
    figures["filter: speaker"] = change(lambda a: a.selectbox(key="f_speaker").select_index(41))
    figures["filter: confidence 0.2-0.6"] = change(
        lambda a: a.slider(key="f_conf").set_range(0.2, 0.6)
    )
    figures["filter: clear search"] = change(lambda a: a.text_input(key="f_search").set_value(""))
    print("AppTest renders of the review page (ms):")
    for name, ms in figures.items():
        print(f"  {name:<40} {ms:8.1f}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the database file")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    url = f"sqlite:///{folder / 'bench.sqlite'}"
    try:
        t = time.perf_counter()
        build(url, args.claims)
        print(f"built {args.claims:,} claims in {time.perf_counter() - t:.1f} s ({url})")
        bench_services(url)
        figures = bench_apptest(url)
        worst = max(figures.values())
        print(f"slowest render: {worst:.0f} ms ({'OK' if worst < 2000 else 'OVER'} the 2 s budget)")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
