"""The parser's shortcuts (caches and cheap tests before searches) give what the long way gives."""

from __future__ import annotations

import re

import pytest

from factcheck.parsing import indirect, marks, speakers
from factcheck.parsing.sieve import Article


@pytest.mark.parametrize("s", ["", "abc", "a\nb", "\n\n", "x\r\ny", "“quoted,” he said\n"])
def test_mask_keeps_only_newlines(s: str) -> None:
    assert marks._mask(s) == re.sub(r"[^\n]", marks.MASK, s)


def test_stance_words_equal_a_fresh_scan_of_any_window() -> None:
    text = "Sanders supports the plan. She hopes, criticized and backed-up McCain's supporters."
    art = Article(text)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            fresh = [
                (m.start(), m.end(), m.group())
                for m in indirect._WORD.finditer(art.masked, lo, hi)
                if m.group() in indirect._STANCE_WORDS and not m.group()[0].isupper()
            ]
            assert indirect._stance_words(art, lo, hi) == fresh, (lo, hi)


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
