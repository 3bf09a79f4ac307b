"""Ingest speed: N generated articles into a fresh SQLite file, and concurrent PostgreSQL.

Usage:  python bench/bench_ingest.py [--sizes 1000,10000] [--workers N] [--postgres URL]

Articles are generated from fixtures/articles/*.txt in a temporary folder: paragraphs shuffled,
speakers' names swapped, a numbered headline, so every file is a distinct article with quotes.
Figures on a shared 2-core machine are noisy: run it twice and read the lower one with care.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = [
    ("Putin", "Ortega"), ("Xi", "Lula"), ("Zeibert", "Nakamura"), ("Gill", "Okafor"),
    ("Peskov", "Lindqvist"), ("Astana", "Nairobi"), ("Moscow", "Lima"), ("Beijing", "Accra"),
]  # fmt: skip
QUOTES = [
    '"We will not accept these terms," {who} said.',
    '"The numbers speak for themselves," said {who}.',
    '{who} said: "This is only the beginning of a long process."',
    '"Nobody in this room wanted the talks to fail," {who} told reporters.',
]
WHO = ["Maria Keller", "Tom Baptiste", "Anil Mehta", "Sara Lindgren", "Jon Okoro", "Li Wei"]


def variants(text: str, rng: random.Random, number: int) -> str:
    """Return a distinct article made from ``text``: shuffled, renamed, with an added quote."""
    head, *paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    rng.shuffle(paras)
    body = "\n\n".join(paras)
    for old, new in rng.sample(NAMES, k=rng.randint(1, 4)):
        body = re.sub(rf"\b{old}\b", new, body)
    extra = rng.choice(QUOTES).format(who=rng.choice(WHO))
    headline = head.splitlines()[0]
    return f"{headline} ({number})\n\nby Desk Writer {number % 97}\n\n{extra}\n\n{body}\n"


def write_corpus(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """Write ``count`` generated articles into ``folder`` (in sub-folders of 1,000)."""
    seeds = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    sources = [p.read_text(encoding="utf-8") for p in seeds]
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        sub = folder / f"batch{n // 1000:03}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"article{n:06}.txt"
        path.write_text(variants(sources[n % len(sources)], rng, n), encoding="utf-8")
        paths.append(path)
    return paths


# Runs the CLI with the parser slowed to a given cost per article (busy CPU, like a real
# parser), to see the rate a slower parser would give: the workers inherit the patch (fork).
SLOW = """
import sys, time
import factcheck.services.ingest as m
cost, real = float(sys.argv.pop(1)) / 1000, m.extract_quotes
def slow(text):
    end = time.process_time() + cost
    while time.process_time() < end:
        pass
    return real(text)
m.extract_quotes = slow
from factcheck.cli import main
sys.argv[0] = "factcheck"
main()
"""


def run_cli(paths: list[Path], db_url: str, workers: int | None, cost_ms: float = 0) -> float:
    """Run `factcheck ingest` on ``paths`` and return its wall time in seconds."""
    args = ["ingest", *map(str, paths), "--db", db_url]
    if workers:
        args += ["--workers", str(workers)]
    cmd = [sys.executable, "-c", SLOW, str(cost_ms), *args]
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})  # fmt: skip
    return time.perf_counter() - started


def write_jsonl(paths: list[Path], folder: Path, per_file: int = 1000) -> Path:
    """Write the articles in ``paths`` as JSON Lines batches of ``per_file`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for first in range(0, len(paths), per_file):
        with (folder / f"feed{first // per_file:03}.jsonl").open("w", encoding="utf-8") as out:
            for n, path in enumerate(paths[first : first + per_file], start=first):
                text = path.read_text(encoding="utf-8")
                record = {"text": text, "url": f"https://bench.example/{n}", "publication": "B"}
                out.write(json.dumps(record) + "\n")
    return folder


DUPES = "select count(*) from (select key from claim group by key having count(*) > 1) d"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument(
        "--parser-ms",
        type=float,
        default=10.0,
        help="also time a parser costing this much CPU per article (default 10: ~100/s/core)",
    )
    ap.add_argument(
        "--postgres",
        metavar="URL",
        help="also: 3 concurrent ingests into URL ('auto': a throwaway local server)",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        tmp_path = Path(tmp)
        for size in [int(s) for s in args.sizes.split(",")]:
            folder = tmp_path / f"corpus{size}"
            paths = write_corpus(folder, size)
            batch = write_jsonl(paths, tmp_path / f"feeds{size}")
            for label, inputs, cost in [
                ("files", [folder], 0),
                ("files again", [folder], 0),
                (".jsonl, 1000 a file", [batch], 0),
                (f"files, {args.parser_ms:g} ms parser", [folder], args.parser_ms),
            ]:
                if cost is None:
                    continue
                db = tmp_path / f"bench{size}-{label.split()[0].strip('.,')}-{cost}.sqlite"
                seconds = run_cli(inputs, f"sqlite:///{db}", args.workers, cost or 0)
                print(f"sqlite {size:>6} articles, {label:<20} {seconds:6.1f} s "
                      f"{size / seconds:7.1f} articles/s")  # fmt: skip
        split_costs(tmp_path)
        if args.postgres == "auto":
            from tests.conftest import PostgresServer

            server = PostgresServer()
            try:
                bench_postgres(tmp_path, server.new_database())
            finally:
                server.stop()
        elif args.postgres:
            bench_postgres(tmp_path, args.postgres)


def split_costs(tmp_path: Path, count: int = 1000) -> None:
    """Time parsing and storing separately, in this process, for ``count`` articles."""
    from factcheck.services.ingest import ReadOptions, Task, prepare, store_batch
    from factcheck.storage import open_database

    folder = tmp_path / "split"
    paths = write_corpus(folder, count, seed=2)
    started = time.perf_counter()
    parsed = [item for p in paths for item in prepare(Task(str(p)), ReadOptions())]
    parse_s = time.perf_counter() - started
    engine = open_database(f"sqlite:///{tmp_path / 'split.sqlite'}")
    started = time.perf_counter()
    for i in range(0, len(parsed), 50):
        store_batch(engine, parsed[i : i + 50])
    store_s = time.perf_counter() - started
    print(f"one process, {len(paths)} articles: read+parse {len(paths) / parse_s:6.1f}/s, "
          f"store (SQLite, batches of 50) {len(paths) / store_s:6.1f}/s")  # fmt: skip


def bench_postgres(tmp_path: Path, url: str, count: int = 1000) -> None:
    """Three processes ingest overlapping halves of ``count`` articles into ``url`` at once."""
    import sqlalchemy as sa

    folder = tmp_path / "pg"
    paths = write_corpus(folder, count)
    thirds = [paths[: count * 2 // 3], paths[count // 3 :], paths[::2]]
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "factcheck.cli",
                "ingest",
                *map(str, part),
                "--db",
                url,
                "--workers",
                "1",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        for part in thirds
    ]
    errors = [p.communicate()[1] for p in procs]
    codes = [p.returncode for p in procs]
    for err in errors:
        if err.strip():
            print("  stderr:", err.strip().splitlines()[-1][:300])
    seconds = time.perf_counter() - started
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        articles = conn.execute(sa.text("select count(*) from article")).scalar()
        dupes = conn.execute(sa.text(DUPES)).scalar()
    print(f"postgres 3 concurrent ingests of {sum(map(len, thirds))} overlapping inputs "
          f"({count} distinct): exit codes {codes}, {seconds:.1f} s, {articles} articles stored, "
          f"{dupes} duplicate claims")  # fmt: skip


if __name__ == "__main__":
    main()
