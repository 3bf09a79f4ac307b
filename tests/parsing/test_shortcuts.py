"""The parser's shortcuts (caches and cheap tests before searches) give what the long way gives."""

from __future__ import annotations

import re

import pytest

from factcheck.parsing import marks, speakers


@pytest.mark.parametrize("s", ["", "abc", "a\nb", "\n\n", "x\r\ny", "“quoted,” he said\n"])
def test_mask_keeps_only_newlines(s: str) -> None:
    assert marks._mask(s) == re.sub(r"[^\n]", marks.MASK, s)


@pytest.mark.parametrize(
    "left",
    [
        "Mike Lee, who",
        "groups like Greenpeace which",
        "But he",
        "the spokesman has also repeatedly",
        "Sen. John Smith's aide\n",
        "x, 12 it",
    ],
)
def test_subject_before_is_the_same_from_cache(left: str) -> None:
    text = left + " said the plan works."
    first = speakers.subject_before(text, 0, len(left) + 1)
    speakers._subject_before.cache_clear()
    assert speakers.subject_before(text, 0, len(left) + 1) == first
