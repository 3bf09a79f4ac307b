"""Lexicons loaded once from the data files in ``factcheck/lexicon`` (one entry a line)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> frozenset[str]:
    """Return the entries of ``factcheck/lexicon/NAME.txt`` (comments and blanks skipped)."""
    text = resources.files("factcheck.lexicon").joinpath(f"{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


SPEECH_VERBS = load("speech_verbs")
COGNITION_VERBS = load("cognition_verbs")
CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS
TITLES = load("titles")
PRONOUNS = load("pronouns")
ABBREVIATIONS = load("abbreviations")
ORGANISATION_CUES = load("organisation_cues")
FEMALE_NAMES = load("female_names")
MALE_NAMES = load("male_names")
STOPWORDS = load("stopwords")
