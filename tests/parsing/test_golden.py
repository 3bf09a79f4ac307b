"""Golden articles: every hand-annotated quote in fixtures/gold is found with its speaker.

One small article per phenomenon (fixtures/articles/NAME.txt + fixtures/gold/NAME.jsonl), test id
= file name. Known gaps are listed in KNOWN_GAPS and run as strict xfails, so fixing one turns
the suite red until the entry is removed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.evaluation import quoted_chars
from factcheck.parsing import Quote, extract_quotes

GOLD = Path(__file__).resolve().parents[2] / "fixtures" / "gold"
FILES = sorted(GOLD.glob("*.jsonl"))

# (file stem, start of the gold quote's text) -> why the engine misses it today
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _record(path: Path) -> dict:
    return json.loads(path.read_text("utf-8").splitlines()[0])


def _norm(name: str | None) -> str:
    name = (name or "").lower().strip()
    for det in ("the ", "a ", "an "):
        if name.startswith(det):
            name = name[len(det) :]
    return name


def _quoted(text: str, gold: dict) -> set[int]:
    """The characters the quote must cover: inside the marks (a mixed quote's fragment only)."""
    if gold["kind"] == "indirect":
        return {i for i in range(gold["inner_start"], gold["inner_end"]) if not text[i].isspace()}
    return quoted_chars(text, gold)


def _best(preds: list[Quote], chars: set[int], kind: str) -> Quote | None:
    best, cover = None, 0
    for p in preds:
        if (kind == "indirect") != (p.kind == "indirect"):
            continue
        c = sum(1 for i in range(p.start, p.end) if i in chars)
        if c > cover:
            best, cover = p, c
    return best if best is not None and cover * 2 >= len(chars) else None


def check(text: str, gold: dict, preds: list[Quote]) -> str | None:
    """Return None when the gold quote is found with its speaker, else what went wrong."""
    found = _best(preds, _quoted(text, gold), gold["kind"])
    if found is None:
        return f"not found: {gold['text']!r}"
    if _norm(found.speaker) == _norm(gold["speaker"]):
        return None
    gs, ge = gold["speaker_start"], gold["speaker_end"]
    anonymous = gold["speaker"][:1].islower()
    if anonymous and found.speaker_start is not None and gs is not None:
        if found.speaker_start < ge and gs < found.speaker_end:
            return None
    return f"speaker {found.speaker!r} (via {found.speaker_mention!r}), want {gold['speaker']!r}"


def _cases():
    for path in FILES:
        rec = _record(path)
        for gold in rec["quotes"]:
            key = (path.stem, gold["text"][:30])
            if key in KNOWN_GAPS:
                mark = pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[key])
                yield pytest.param(path, gold, id=f"{path.stem}-gap-{gold['start']}", marks=mark)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_golden(path: Path) -> None:
    rec = _record(path)
    preds = extract_quotes(rec["text"])
    problems = []
    for gold in rec["quotes"]:
        if (path.stem, gold["text"][:30]) in KNOWN_GAPS:
            continue
        if (problem := check(rec["text"], gold, preds)) is not None:
            problems.append(problem)
    assert not problems, "\n".join(problems)


GAP_CASES = list(_cases())

if GAP_CASES:  # collected only while there are known gaps, so an empty list never shows a skip

    @pytest.mark.parametrize("path,gold", GAP_CASES)
    def test_known_gap(path: Path, gold: dict) -> None:
        rec = _record(path)
        assert check(rec["text"], gold, extract_quotes(rec["text"])) is None


def test_known_gaps_name_real_gold_quotes() -> None:
    """Every KNOWN_GAPS entry still points at a quote of its gold file (no stale entries)."""
    keys = {(p.stem, g["text"][:30]) for p in FILES for g in _record(p)["quotes"]}
    assert set(KNOWN_GAPS) <= keys, set(KNOWN_GAPS) - keys


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_noise_is_neither_quote_nor_speaker(path: Path) -> None:
    rec = _record(path)
    for p in extract_quotes(rec["text"]):
        for n in rec.get("noise", []):
            assert not (p.start < n["end"] and n["start"] < p.end), (p.text, n["text"])
            if p.speaker_start is not None:
                assert not (p.speaker_start < n["end"] and n["start"] < p.speaker_end), (
                    p.speaker_mention,
                    n["text"],
                )


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_quotes_stay_in_their_paragraph(path: Path) -> None:
    """A quote crosses a paragraph break only where the gold has a cross-paragraph quote."""
    rec = _record(path)
    multi = [g for g in rec["quotes"] if "\n" in g["text"]]
    for p in extract_quotes(rec["text"]):
        if "\n" in p.text:
            assert any(p.start < g["end"] and g["start"] < p.end for g in multi), p.text


def test_seed_headline_scare_quotes_are_not_quotes() -> None:
    rec = _record(GOLD / "sco_summit_astana.jsonl")
    texts = [p.text for p in extract_quotes(rec["text"])]
    assert "External Forces" not in texts


def test_name_inside_the_quote_is_not_its_speaker() -> None:
    rec = _record(GOLD / "sco_summit_astana.jsonl")
    quote = next(p for p in extract_quotes(rec["text"]) if p.text.startswith("During my recent"))
    assert quote.speaker == "Vladimir Putin"
    assert not (quote.start <= quote.speaker_start < quote.end)


def test_appositive_role_is_kept() -> None:
    rec = _record(GOLD / "sco_summit_astana.jsonl")
    quotes = extract_quotes(rec["text"])
    gill = next(p for p in quotes if p.text == "main message")
    assert gill.speaker_role == "a senior fellow at the National Bureau of Asian Research"
    zeibert = next(p for p in quotes if p.text.startswith("really underscores"))
    assert zeibert.speaker_role is not None
    assert zeibert.speaker_role.startswith("an expert on Chinese foreign policy")


def test_kinds_in_the_seed() -> None:
    rec = _record(GOLD / "sco_summit_astana.jsonl")
    by_text = {p.text: p for p in extract_quotes(rec["text"])}
    assert by_text["external interference."].kind == "partial"
    assert by_text["Faced with real risks, we must protect the right to development,"].kind == (
        "direct"
    )


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_role_is_never_the_content(path: Path) -> None:
    """'According to the trade ministry, shipments ...': the content is not the source's role."""
    rec = _record(path)
    for p in extract_quotes(rec["text"]):
        if p.speaker_role:
            assert p.speaker_role.strip() not in p.text, (p.speaker_role, p.text)
