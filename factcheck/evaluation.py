"""Score a quote extractor against gold attributions (the metrics of DESIGN.md).

- quote recall: gold direct/mixed quotes for which some predicted quote covers at least half of
  the gold's quoted characters (the characters inside its quote marks);
- quote precision: predicted quotes of which at least half lies inside some gold attribution;
- speaker accuracy: of the recalled gold quotes with a speaker, those whose predicted speaker
  mention overlaps the gold speaker span, or (gold not a pronoun) whose canonical name shares a
  name token with it;
- attributed recall: gold direct/mixed quotes with a speaker, recalled and rightly attributed,
  over all such gold quotes;
- indirect recall: gold indirect attributions covered at least half by one predicted indirect quote.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.parsing import Quote, extract_quotes

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_SINGLE = "‘’'"
_NAME_TOKEN = re.compile(r"[A-Z][\w'’\-]+")
_NOT_NAME = frozenset(
    "the a an mr mrs ms dr sen rep gov president former senator secretary he she they".split()
)


@dataclass
class EvaluationReport:
    """Figures of one evaluation run, and the worst misses first."""

    metrics: dict[str, float]
    misses: list[dict] = field(default_factory=list)


def load_gold(path: str | Path) -> list[dict]:
    """Return the gold records of a JSONL file, one article a line."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def quoted_chars(text: str, gold: dict) -> set[int]:
    """Return the offsets of the characters inside quote marks in a gold attribution.

    For a direct quote that is its content without the marks; for a mixed one, the quoted
    fragments only; single marks (British style, doubles nested inside) as well. A span with no
    marks at all counts whole (inner_start/inner_end).
    """
    frags = gold.get("fragments") or [{"start": gold["start"], "end": gold["end"]}]
    chars: set[int] = set()
    any_mark = False
    for f in frags:
        a, b = f["start"], f["end"]
        marks = [i for i in range(a, b) if text[i] in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"']
        if not marks or text[a] in "‘'":  # British style: single marks, doubles nest inside
            inner = _inside_single_marks(text, a, b)
            any_mark = any_mark or bool(inner)
            chars |= inner
            continue
        any_mark = True
        # a fragment that begins inside a quote shows a closing mark first
        inside = text[marks[0]] in _DOUBLE_CLOSE or (
            text[marks[0]] == '"'
            and marks[0] > a
            and len(marks) % 2 == 1
            and gold["kind"] == "direct"
        )
        pos = a
        for m in marks:
            if inside:
                chars |= _span_chars(text, pos, m)
            inside = not inside if text[m] == '"' else text[m] in _DOUBLE_OPEN
            pos = m + 1
        if inside:
            chars |= _span_chars(text, pos, b)
    if not any_mark or not chars:
        a, b = gold.get("inner_start", gold["start"]), gold.get("inner_end", gold["end"])
        chars = _span_chars(text, a, b)
    return chars


def _inside_single_marks(text: str, a: int, b: int) -> set[int]:
    """Characters inside single quote marks (British style) in ``text[a:b]``.

    A mark opens before a word and closes after one; apostrophes (``don't``, ``Russia's``) are
    neither. A closer after an ``s`` (``the Joneses' car``) is weak: it closes only when no
    other closer follows before the next opening mark.
    """
    opens, closes = [], []
    for i in range(a, b):
        if text[i] not in _SINGLE:
            continue
        before = text[i - 1] if i > a else " "
        after = text[i + 1] if i + 1 < b else " "
        if not before.isalnum() and not after.isspace():
            opens.append(i)
        elif not before.isspace() and not after.isalnum():
            closes.append((i, before.lower() == "s" and after.isspace()))
    chars: set[int] = set()
    pos = a
    for o in opens:
        if o < pos:
            continue
        nxt = next((k for k in opens if k > o), b)
        mine = [(c, weak) for c, weak in closes if o < c < nxt]
        firm = [c for c, weak in mine if not weak]
        close = firm[0] if firm else (mine[-1][0] if mine else None)
        if close is None:
            continue
        chars |= _span_chars(text, o + 1, close)
        pos = close + 1
    return chars


def _span_chars(text: str, a: int, b: int) -> set[int]:
    return {i for i in range(a, b) if not text[i].isspace()}


def _name_tokens(s: str | None) -> set[str]:
    if not s:
        return set()
    return {t.lower().rstrip("’'s") for t in _NAME_TOKEN.findall(s) if t.lower() not in _NOT_NAME}


def speaker_ok(gold: dict, pred: Quote) -> bool:
    """Return True when ``pred`` names the gold speaker (mention overlap or shared name token)."""
    gs, ge = gold.get("speaker_start"), gold.get("speaker_end")
    if pred.speaker_start is not None and gs is not None and ge is not None:
        spans = gold.get("speaker_fragments") or [{"start": gs, "end": ge}]
        for s in spans:
            if pred.speaker_start < s["end"] and s["start"] < pred.speaker_end:
                return True
    if gold.get("speaker_is_pronoun"):
        return False
    return bool(_name_tokens(pred.speaker) & _name_tokens(gold.get("speaker")))


def evaluate(
    records: Iterable[dict], extract: Callable[[str], list[Quote]] = extract_quotes
) -> EvaluationReport:
    """Run ``extract`` over the gold records and return the figures of DESIGN.md."""
    n = dict.fromkeys(
        (
            "gold_quotes",
            "recalled",
            "with_speaker",
            "recalled_with_speaker",
            "speaker_correct",
            "predicted",
            "precise",
            "gold_indirect",
            "indirect_recalled",
        ),
        0,
    )
    misses: list[dict] = []
    articles = 0
    seconds = 0.0
    for rec in records:
        text = rec["text"]
        articles += 1
        t0 = time.perf_counter()
        preds = extract(text)
        seconds += time.perf_counter() - t0
        gold = rec.get("quotes", [])
        pred_chars = [_span_chars(text, p.start, p.end) for p in preds]
        gold_spans = [_span_chars(text, g["start"], g["end"]) for g in gold]
        for pc in pred_chars:
            n["predicted"] += 1
            if pc and any(len(pc & gc) * 2 >= len(pc) for gc in gold_spans):
                n["precise"] += 1
        indirect = [pc for p, pc in zip(preds, pred_chars, strict=True) if p.kind == "indirect"]
        for g in gold:
            if g["kind"] == "indirect":
                n["gold_indirect"] += 1
                gc = _span_chars(text, g["inner_start"], g["inner_end"])
                if gc and any(len(gc & pc) * 2 >= len(gc) for pc in indirect):
                    n["indirect_recalled"] += 1
                continue
            n["gold_quotes"] += 1
            qc = quoted_chars(text, g)
            has_speaker = bool(g.get("speaker")) and g.get("speaker_start") is not None
            n["with_speaker"] += has_speaker
            best, best_cover = None, 0
            for p, pc in zip(preds, pred_chars, strict=True):
                cover = len(qc & pc)
                # prefer quotes in marks over reported speech at equal cover
                if cover > best_cover or (cover == best_cover and best and best.kind == "indirect"):
                    if cover:
                        best, best_cover = p, cover
            recalled = bool(qc) and best_cover * 2 >= len(qc)
            n["recalled"] += recalled
            ok = False
            if recalled and has_speaker:
                n["recalled_with_speaker"] += 1
                ok = speaker_ok(g, best)  # type: ignore[arg-type]
                n["speaker_correct"] += ok
            if has_speaker and not ok:
                misses.append(
                    {
                        "article": rec.get("id"),
                        "gold_text": g["text"][:160],
                        "gold_speaker": g.get("speaker"),
                        "predicted_speaker": best.speaker if recalled and best else None,
                        "predicted_mention": best.speaker_mention if recalled and best else None,
                        "rule": best.rule if recalled and best else None,
                        "recalled": recalled,
                        "chars": len(qc),
                    }
                )
    misses.sort(key=lambda m: (m["recalled"], -m["chars"]))

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    metrics: dict[str, float] = {
        "quote_recall": ratio(n["recalled"], n["gold_quotes"]),
        "quote_precision": ratio(n["precise"], n["predicted"]),
        "speaker_accuracy": ratio(n["speaker_correct"], n["recalled_with_speaker"]),
        "attributed_recall": ratio(n["speaker_correct"], n["with_speaker"]),
        "indirect_recall": ratio(n["indirect_recalled"], n["gold_indirect"]),
        **{k: float(v) for k, v in n.items()},
        "articles": float(articles),
        "seconds": seconds,
        "articles_per_second": articles / seconds if seconds else 0.0,
    }
    return EvaluationReport(metrics, misses)


_HEADLINE = (
    "quote_recall",
    "quote_precision",
    "speaker_accuracy",
    "attributed_recall",
    "indirect_recall",
)


def format_report(report: EvaluationReport, worst: int = 0) -> str:
    """Return the figures as plain text, then up to ``worst`` misses."""
    m = report.metrics
    lines = [f"{k:<20} {m[k]:.3f}" for k in _HEADLINE]
    lines.append(
        f"{'counts':<20} gold quotes {m['gold_quotes']:.0f}, recalled {m['recalled']:.0f}, "
        f"with speaker {m['with_speaker']:.0f}, speaker right {m['speaker_correct']:.0f}, "
        f"predicted {m['predicted']:.0f}, precise {m['precise']:.0f}, "
        f"gold indirect {m['gold_indirect']:.0f}, indirect recalled {m['indirect_recalled']:.0f}"
    )
    lines.append(
        f"{'speed':<20} {m['articles']:.0f} articles in {m['seconds']:.2f} s "
        f"({m['articles_per_second']:.0f} articles/s)"
    )
    for miss in report.misses[:worst]:
        state = "wrong speaker" if miss["recalled"] else "not found"
        lines.append(
            f"- [{miss['article']}] {state}: {miss['gold_text']!r} gold={miss['gold_speaker']!r} "
            f"predicted={miss['predicted_speaker']!r} ({miss['predicted_mention']!r}, "
            f"{miss['rule']})"
        )
    return "\n".join(lines)
