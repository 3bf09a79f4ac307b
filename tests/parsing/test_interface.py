"""The public interface of the parsing core that the CLI, storage and users rely on."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import factcheck.parsing as parsing
from factcheck.parsing import PARSER_VERSION, Quote, extract_quotes

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "articles" / "sco_summit_astana.txt"
FIELDS = (
    "start", "end", "text", "kind", "speaker", "speaker_mention", "speaker_start", "speaker_end",
    "speaker_role", "speaker_type", "cue", "cue_start", "cue_end", "rule", "confidence",
)  # fmt: skip


def test_exports() -> None:
    assert {"extract_quotes", "PARSER_VERSION", "Quote"} <= set(parsing.__all__)
    assert re.fullmatch(r"\d+\.\d+", PARSER_VERSION)


def test_quote_keeps_its_fields_in_order() -> None:
    names = tuple(f.name for f in dataclasses.fields(Quote))
    assert names[: len(FIELDS)] == FIELDS


def test_quote_is_frozen() -> None:
    q = Quote(0, 1, "a", "direct")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.start = 2  # type: ignore[misc]
    assert q.to_dict()["kind"] == "direct"


def test_seed_quotes_in_article_order_with_rules_and_confidence() -> None:
    text = SEED.read_text("utf-8")
    quotes = extract_quotes(text)
    assert quotes
    assert [(q.start, q.end) for q in quotes] == sorted((q.start, q.end) for q in quotes)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.text and q.text[0] not in '"“”«»' and q.text[-1] not in '"“”«»'
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker is not None:
            assert q.rule, "every attribution names the rule that made it"
            assert q.speaker_type in ("person", "organisation", "unknown")


def test_speaker_types_in_the_seed() -> None:
    quotes = extract_quotes(SEED.read_text("utf-8"))
    types = {q.speaker: q.speaker_type for q in quotes if q.speaker}
    assert types["Xi Jinping"] == "person"
    assert types["Eva Zeibert"] == "person"
    assert types["CNN"] == "organisation"


def test_same_input_same_output() -> None:
    text = SEED.read_text("utf-8")
    assert extract_quotes(text) == extract_quotes(text)
