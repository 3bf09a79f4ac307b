"""Quote extraction: a first, simple pass (pairs quote marks per paragraph, finds a nearby cue).

The attribution engine (issue 3) replaces this module with the sieve of rules.
"""

from __future__ import annotations

import re

from factcheck.parsing.model import Quote

PARSER_VERSION = "0.1"

_PARAGRAPH = re.compile(r"[^\n]+")
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{2,}?)[\"”]")
_AFTER = re.compile(r"^\s*,?\s*(said|says|added|told)\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)")
_BEFORE = re.compile(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*|he|she)\s+(said|says|added)\s*:?\s*$")


def extract_quotes(text: str) -> list[Quote]:
    """Return the quotes of ``text`` in article order."""
    quotes: list[Quote] = []
    for para in _PARAGRAPH.finditer(text):
        for m in _QUOTE.finditer(para.group()):
            start, end = para.start() + m.start(1), para.start() + m.end(1)
            after = text[para.start() + m.end() : para.end()]
            before = text[para.start() : para.start() + m.start()]
            speaker = mention_start = cue = None
            if (a := _AFTER.match(after)) is not None:
                cue, speaker = a.group(1), a.group(2)
                mention_start = para.start() + m.end() + a.start(2)
            elif (b := _BEFORE.search(before)) is not None:
                speaker, cue = b.group(1), b.group(2)
                mention_start = para.start() + b.start(1)
            quotes.append(
                Quote(
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind="direct",
                    speaker=speaker,
                    speaker_mention=speaker,
                    speaker_start=mention_start,
                    speaker_end=None if speaker is None else mention_start + len(speaker),
                    cue=cue,
                    rule=None if speaker is None else "adjacent-cue",
                    confidence=0.6 if speaker else 0.3,
                )
            )
    return quotes
