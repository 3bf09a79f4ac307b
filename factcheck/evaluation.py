"""Score the quote extractor against a gold JSONL file (the metrics of DESIGN.md).

Gold format: one article a line, ``{"id", "text", "quotes": [...]}``; gold spans include the quote
marks, ``inner_start``/``inner_end`` and ``fragments`` locate the quoted characters.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.parsing import Quote, extract_quotes

_MARKS = "\"“”«»‘’'„‹›"
_NAME_STOP = frozenset(
    "the a an of and for in on at to mr mrs ms dr sen rep gov president senator spokesman "
    "spokeswoman spokesperson secretary minister chief former state".split()
)


@dataclass
class EvaluationReport:
    """Metrics (ratios in [0, 1] and counts) and the worst misses of one evaluation run."""

    metrics: dict[str, float]
    misses: list[dict] = field(default_factory=list)


def load_gold(path: str | Path) -> list[dict]:
    """Return the gold records of a JSONL file, one dict per article."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def quoted_chars(text: str, gold: dict) -> set[int]:
    """Return the offsets of the gold quote's characters that lie inside quote marks.

    Direct quotes: every non-mark character of the fragments. Mixed quotes: only the characters
    between a pair of quote marks (the reporter's words around them are not quoted).
    """
    frags = gold.get("fragments") or [
        {"start": gold.get("inner_start", gold["start"]), "end": gold.get("inner_end", gold["end"])}
    ]
    chars: set[int] = set()
    if gold.get("kind") == "direct":
        for f in frags:
            for i in range(f["start"], f["end"]):
                if text[i] not in _MARKS:
                    chars.add(i)
        return chars
    for f in frags:
        inside = False
        for i in range(f["start"], f["end"]):
            ch = text[i]
            if ch in "“«\"" or (ch in "‘'" and (i == 0 or not text[i - 1].isalnum())):
                if ch == '"' and inside:
                    inside = False
                    continue
                inside = True
                continue
            if ch in "”»" or (ch in "’'" and inside and (i + 1 >= len(text) or not text[i + 1].isalnum())):
                inside = False
                continue
            if inside:
                chars.add(i)
    if not chars:  # marks unbalanced inside the span: fall back to the inner span
        for f in frags:
            chars.update(i for i in range(f["start"], f["end"]) if text[i] not in _MARKS)
    return chars


def _gold_chars(gold: dict) -> set[int]:
    frags = gold.get("fragments") or [{"start": gold["start"], "end": gold["end"]}]
    out: set[int] = set()
    for f in frags:
        out.update(range(f["start"], f["end"]))
    out.update(range(gold["start"], gold["end"]))
    return out


def _name_tokens(name: str | None) -> set[str]:
    if not name:
        return set()
    words = re.findall(r"[A-Za-z][\w\-]*", name.replace("’s", "").replace("'s", ""))
    return {w.lower() for w in words if w[0].isupper() and w.lower() not in _NAME_STOP}


def speaker_correct(pred: Quote, gold: dict) -> bool:
    """Return True when the prediction's speaker matches the gold speaker (DESIGN.md rule)."""
    gs, ge = gold.get("speaker_start"), gold.get("speaker_end")
    spans = [(f["start"], f["end"]) for f in gold.get("speaker_fragments") or []]
    if gs is not None and ge is not None:
        spans.append((gs, ge))
    if pred.speaker_start is not None and pred.speaker_end is not None:
        for s, e in spans:
            if pred.speaker_start < e and s < pred.speaker_end:
                return True
    if not gold.get("speaker_is_pronoun"):
        return bool(_name_tokens(pred.speaker) & _name_tokens(gold.get("speaker")))
    return False


def evaluate(
    records: Iterable[dict], extract: Callable[[str], list[Quote]] = extract_quotes
) -> EvaluationReport:
    """Run ``extract`` over the gold records and return the metrics and the worst misses."""
    records = list(records)
    preds_all: list[list[Quote]] = []
    t0 = time.perf_counter()
    for rec in records:
        preds_all.append(extract(rec["text"]))
    seconds = time.perf_counter() - t0

    n_gold = n_recalled = n_with_speaker = n_recalled_with_speaker = n_speaker_ok = 0
    n_attributed = n_indirect = n_indirect_hit = n_pred = n_pred_ok = 0
    misses: list[dict] = []
    for rec, preds in zip(records, preds_all, strict=True):
        text = rec["text"]
        golds = rec.get("quotes", [])
        gold_chars = set().union(*(_gold_chars(g) for g in golds)) if golds else set()
        for p in preds:
            n_pred += 1
            inside = sum(1 for i in range(p.start, p.end) if i in gold_chars)
            if p.end > p.start and inside * 2 >= p.end - p.start:
                n_pred_ok += 1
        for g in golds:
            if g["kind"] == "indirect":
                n_indirect += 1
                chars = _gold_chars_inner(g)
                if chars and any(
                    p.kind == "indirect" and _cover(p, chars) * 2 >= len(chars) for p in preds
                ):
                    n_indirect_hit += 1
                continue
            n_gold += 1
            chars = quoted_chars(text, g)
            best, best_cover = None, 0
            for p in preds:
                c = _cover(p, chars)
                if c > best_cover:
                    best, best_cover = p, c
            recalled = bool(chars) and best_cover * 2 >= len(chars)
            has_speaker = bool(g.get("speaker")) and g.get("speaker_start") is not None
            n_recalled += recalled
            ok = False
            if has_speaker:
                n_with_speaker += 1
                if recalled:
                    n_recalled_with_speaker += 1
                    ok = speaker_correct(best, g)
                    n_speaker_ok += ok
                    n_attributed += ok
            if not recalled or (has_speaker and not ok):
                misses.append(
                    {
                        "id": rec.get("id"),
                        "gold_text": g["text"][:160],
                        "gold_speaker": g.get("speaker"),
                        "predicted_speaker": best.speaker if (best and recalled) else None,
                        "predicted_mention": best.speaker_mention if (best and recalled) else None,
                        "rule": best.rule if (best and recalled) else None,
                        "recalled": recalled,
                        "length": len(chars),
                    }
                )
    misses.sort(key=lambda m: (m["recalled"], -m["length"]))
    n_articles = len(records)

    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    metrics = {
        "quote_recall": ratio(n_recalled, n_gold),
        "quote_precision": ratio(n_pred_ok, n_pred),
        "speaker_accuracy": ratio(n_speaker_ok, n_recalled_with_speaker),
        "attributed_recall": ratio(n_attributed, n_with_speaker),
        "indirect_recall": ratio(n_indirect_hit, n_indirect),
        "gold_quotes": n_gold,
        "gold_with_speaker": n_with_speaker,
        "gold_indirect": n_indirect,
        "predicted": n_pred,
        "articles": n_articles,
        "seconds": seconds,
        "articles_per_second": n_articles / seconds if seconds > 0 else 0.0,
    }
    return EvaluationReport(metrics=metrics, misses=misses)


def _gold_chars_inner(g: dict) -> set[int]:
    frags = g.get("fragments") or [{"start": g["start"], "end": g["end"]}]
    out: set[int] = set()
    for f in frags:
        out.update(range(f["start"], f["end"]))
    return out


def _cover(p: Quote, chars: set[int]) -> int:
    if not chars:
        return 0
    lo, hi = max(p.start, min(chars)), min(p.end, max(chars) + 1)
    return sum(1 for i in range(lo, hi) if i in chars)


def format_report(report: EvaluationReport, worst: int = 0) -> str:
    """Return the metrics as aligned text lines, then the ``worst`` misses."""
    m = report.metrics
    lines = []
    for key in ("attributed_recall", "quote_recall", "quote_precision", "speaker_accuracy",
                "indirect_recall"):
        lines.append(f"{key:<20} {m[key]:.3f}")
    for key in ("gold_quotes", "gold_with_speaker", "gold_indirect", "predicted", "articles"):
        lines.append(f"{key:<20} {int(m[key])}")
    lines.append(f"{'seconds':<20} {m['seconds']:.2f}")
    lines.append(f"{'articles_per_second':<20} {m['articles_per_second']:.1f}")
    if worst:
        lines.append("")
        lines.append(f"worst misses ({min(worst, len(report.misses))} of {len(report.misses)}):")
        for miss in report.misses[:worst]:
            what = "wrong speaker" if miss["recalled"] else "not found"
            lines.append(
                f"- [{miss['id']}] {what}: gold speaker {miss['gold_speaker']!r}, predicted "
                f"{miss['predicted_speaker']!r} via {miss['predicted_mention']!r} "
                f"({miss['rule']}): {miss['gold_text']!r}"
            )
    return "\n".join(lines)
