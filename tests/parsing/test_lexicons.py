"""Lexicon files: one entry a line, sorted, unique, with a source line."""

from __future__ import annotations

from importlib import resources

import pytest

LEXICON = resources.files("factcheck.lexicon")
FILES = sorted(p.name for p in LEXICON.iterdir() if p.name.endswith(".txt"))


def _entries(name: str) -> list[str]:
    lines = LEXICON.joinpath(name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_there_are_lexicons() -> None:
    for needed in (
        "speech_verbs.txt",
        "cognition_verbs.txt",
        "titles.txt",
        "pronouns.txt",
        "abbreviations.txt",
    ):
        assert needed in FILES


@pytest.mark.parametrize("name", FILES)
def test_sorted_and_unique(name: str) -> None:
    entries = _entries(name)
    assert entries, f"{name} is empty"
    assert entries == sorted(entries), f"{name} is not sorted"
    dupes = {e for e in entries if entries.count(e) > 1}
    assert not dupes, f"{name} repeats {sorted(dupes)}"


@pytest.mark.parametrize("name", FILES)
def test_has_a_source_line(name: str) -> None:
    text = LEXICON.joinpath(name).read_text("utf-8")
    comments = [line.lower() for line in text.splitlines() if line.startswith("#")]
    assert any("source" in c for c in comments), f"{name} does not say where it comes from"


def test_speech_verbs_have_their_inflections() -> None:
    verbs = set(_entries("speech_verbs.txt"))
    for form in ("say", "says", "said", "saying", "tell", "told", "add", "added", "adds", "wrote"):
        assert form in verbs
