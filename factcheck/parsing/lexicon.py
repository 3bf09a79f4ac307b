"""Lexicons of the parsing core, read once from ``factcheck/lexicon/*.txt`` into frozensets."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> frozenset[str]:
    """Return the entries of lexicon ``name`` (file ``factcheck/lexicon/NAME.txt``), lowercased.

    One entry a line; blank lines and lines starting with ``#`` are skipped.
    """
    text = resources.files("factcheck.lexicon").joinpath(f"{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


SPEECH_VERBS = load("speech_verbs")
COGNITION_VERBS = load("cognition_verbs")
TITLES = load("titles")
DEMONYMS = load("demonyms")
PRONOUNS = load("pronouns")
ABBREVIATIONS = load("abbreviations")
ORGANISATION_CUES = load("organisation_cues")
SOURCE_NOUNS = load("source_nouns")
STANCE_VERBS = load("stance_verbs")
STANCE_PHRASES = load("stance_phrases")
STANCE_ADJECTIVES = load("stance_adjectives")
FEMALE_NAMES = load("female_names")
MALE_NAMES = load("male_names")
STOPWORDS = load("stopwords")
PLACE_NOUNS = load("place_nouns")
