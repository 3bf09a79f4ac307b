"""Frozen result records of the parsing core; every one carries spans into the article text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Kind = Literal["direct", "partial", "indirect"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted or reported statement and its attribution.

    ``text == article[start:end]`` always holds; the quote marks are outside the span.
    Speaker fields are None when the parser found no speaker.
    """

    start: int
    end: int
    text: str
    kind: Kind
    speaker: str | None = None  # canonical name across the article, e.g. "Xi Jinping"
    speaker_mention: str | None = None  # the words the attribution rests on, e.g. "she"
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None  # appositive description, e.g. "a senior fellow at ..."
    speaker_type: Literal["person", "organisation", "unknown"] | None = None
    cue: str | None = None  # the speech verb or phrase, e.g. "said", "according to"
    cue_start: int | None = None
    cue_end: int | None = None
    rule: str | None = None  # name of the sieve rule that made the attribution
    confidence: float = 0.5

    def to_dict(self) -> dict:
        """Return the quote as a plain dict (JSON-ready)."""
        return asdict(self)
