"""Print the attribution figures and throughput on the PolNeAR dev split and the fixtures.

Usage (from the repository root):

    python bench/bench_attribution.py [GOLD.jsonl] [--worst N] [--profile] [--rules]
        [--by-outlet] [--repeat N]

GOLD defaults to ../shared/gold/polnear.dev.jsonl relative to the repository root; the hand-made
gold files in fixtures/gold/*.jsonl are scored too. Throughput is articles per second on one
core (this process only; on a shared machine the figure is noisy: take the best of --repeat runs).
``--profile`` adds a cProfile top-10 (by cumulative and by own time) over the dev split;
``--by-outlet`` the figures per news outlet (their spread is the nearest thing to a held-out
figure: all tuning used this one file); ``--rules`` a table per sieve rule: how many quotes it
made, how many lie inside a gold attribution, and of the gold quotes it answered, how many got
the right speaker.
The last section times hostile inputs (one huge paragraph of tiny quotes, text with no full
stop, thousands of quote paragraphs): each must stay near-linear in its length.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.evaluation import (  # noqa: E402
    evaluate,
    format_report,
    load_gold,
    quoted_chars,
    speaker_ok,
)
from factcheck.parsing import PARSER_VERSION, extract_quotes  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "polnear.dev.jsonl"


def throughput(records: list[dict], repeat: int) -> float:
    """Return the best articles/second over ``repeat`` passes of extract_quotes alone."""
    best = 0.0
    for _ in range(repeat):
        t0 = time.perf_counter()
        for rec in records:
            extract_quotes(rec["text"])
        elapsed = time.perf_counter() - t0
        best = max(best, len(records) / elapsed if elapsed else 0.0)
    return best


def profile(records: list[dict]) -> str:
    prof = cProfile.Profile()
    prof.enable()
    for rec in records:
        extract_quotes(rec["text"])
    prof.disable()
    out = io.StringIO()
    for key in ("cumulative", "tottime"):
        out.write(f"-- top 10 by {key} --\n")
        stats = pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key)
        stats.print_stats(10)
    return out.getvalue()


def rule_table(records: list[dict]) -> str:
    """Return, per rule: predictions, share inside a gold attribution, speaker right on golds."""
    made: dict[str, list[int]] = {}  # rule -> [predicted, precise, golds answered, right]
    for rec in records:
        text = rec["text"]
        preds = extract_quotes(text)
        gold_chars: set[int] = set()
        for g in rec.get("quotes", []):
            gold_chars.update(i for i in range(g["start"], g["end"]) if not text[i].isspace())
        for p in preds:
            row = made.setdefault(f"{p.kind}/{p.rule}", [0, 0, 0, 0])
            chars = {i for i in range(p.start, p.end) if not text[i].isspace()}
            row[0] += 1
            row[1] += bool(chars) and len(chars & gold_chars) * 2 >= len(chars)
        for g in rec.get("quotes", []):
            if g["kind"] == "indirect" or not g.get("speaker") or g.get("speaker_start") is None:
                continue
            qc = quoted_chars(text, g)
            best = max(preds, key=lambda p: len(qc & set(range(p.start, p.end))), default=None)
            if best is None or len(qc & set(range(best.start, best.end))) * 2 < max(len(qc), 1):
                continue
            row = made.setdefault(f"{best.kind}/{best.rule}", [0, 0, 0, 0])
            row[2] += 1
            row[3] += speaker_ok(g, best)
    lines = [f"{'kind/rule':<34} {'made':>6} {'precise':>8} {'answered':>9} {'speaker ok':>11}"]
    for rule, (n, ok, answered, right) in sorted(made.items(), key=lambda kv: -kv[1][0]):
        prec = f"{ok / n:.2f}" if n else "-"
        acc = f"{right / answered:.2f}" if answered else "-"
        lines.append(f"{rule:<34} {n:>6} {prec:>8} {answered:>9} {acc:>11}")
    return "\n".join(lines)


def by_outlet(records: list[dict]) -> str:
    """Return the headline figures per news outlet (the part of the id before the date): how
    much they vary from one outlet's style to another's, the nearest thing to a held-out
    figure the one annotated file allows."""
    groups: dict[str, list[dict]] = {}
    for rec in records:
        outlet = str(rec.get("id", "")).split(":")[-1].split("_")[0] or "?"
        groups.setdefault(outlet, []).append(rec)
    lines = [
        f"{'outlet':<14} {'articles':>8} {'q.recall':>8} {'precision':>9} {'speaker':>8} "
        f"{'attrib.':>8} {'indirect':>8}"
    ]
    for outlet, recs in sorted(groups.items()):
        m = evaluate(recs).metrics
        lines.append(
            f"{outlet:<14} {len(recs):>8} {m['quote_recall']:>8.3f} {m['quote_precision']:>9.3f} "
            f"{m['speaker_accuracy']:>8.3f} {m['attributed_recall']:>8.3f} "
            f"{m['indirect_recall']:>8.3f}"
        )
    return "\n".join(lines)


def hostile_inputs() -> str:
    """Time the parser on inputs that once made it quadratic; report ms per 1,000 characters."""
    cases = {
        "3,000 tiny quotes, one paragraph": " ".join('"a"' for _ in range(3000)),
        "30,000 tiny quotes, one paragraph": " ".join('"a"' for _ in range(30000)),
        "100 KB with no full stop": "he said the word " * 6000,
        "2,000 quote paragraphs": "\n\n".join(
            '"We will win," said Eva Zeibert. She said it was "a disaster" for all.'
            for _ in range(2000)
        ),
    }
    lines = ["hostile input                          chars   seconds  ms/1k chars"]
    for label, text in cases.items():
        t0 = time.perf_counter()
        extract_quotes(text)
        sec = time.perf_counter() - t0
        lines.append(
            f"{label:<36} {len(text):>7} {sec:>9.2f} {1000 * sec / len(text) * 1000:>12.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--worst", type=int, default=0, help="print the N worst misses")
    parser.add_argument("--profile", action="store_true", help="cProfile top-10")
    parser.add_argument("--rules", action="store_true", help="figures per sieve rule")
    parser.add_argument("--by-outlet", action="store_true", help="figures per news outlet")
    parser.add_argument("--repeat", type=int, default=3, help="throughput passes (best kept)")
    args = parser.parse_args(argv)

    print(f"parser {PARSER_VERSION}")
    gold_path = Path(args.gold)
    if gold_path.exists():
        records = load_gold(gold_path)
        print(f"\n== {gold_path} ==")
        print(format_report(evaluate(records), worst=args.worst))
        print(
            f"{'throughput':<20} {throughput(records, args.repeat):.0f} articles/s on one core "
            f"(best of {args.repeat}; shared machine, noisy)"
        )
        if args.rules:
            print()
            print(rule_table(records))
        if args.by_outlet:
            print()
            print(by_outlet(records))
        if args.profile:
            print()
            print(profile(records))
    else:
        print(f"(no dev split at {gold_path}: skipped)")

    fixtures = sorted((ROOT / "fixtures" / "gold").glob("*.jsonl"))
    seed = [p for p in fixtures if p.stem == "sco_summit_astana"]
    for label, paths in (("seed article", seed), ("all fixtures", fixtures)):
        if paths:
            records = [rec for p in paths for rec in load_gold(p)]
            print(f"\n== {label} ({len(records)} articles) ==")
            print(format_report(evaluate(records), worst=args.worst))
    print()
    print(hostile_inputs())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
