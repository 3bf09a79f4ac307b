"""Counts in the messages users read: "1 quote", "2 quotes", never "1 quotes"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """Return ``n`` with its noun in the right number, e.g. ``counted(1, "claim")`` -> "1 claim".

    ``plural`` is for nouns that do not just add "s"; thousands get a separator as on the
    dashboard ("1,204 claims").
    """
    word = noun if n == 1 else (plural or noun + "s")
    return f"{n:,} {word}"
