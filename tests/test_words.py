"""Counts in user messages agree in number with their noun."""

from factcheck.words import counted


def test_one_is_singular_and_others_plural():
    assert counted(1, "quote") == "1 quote"
    assert counted(0, "quote") == "0 quotes"
    assert counted(2, "claim") == "2 claims"


def test_irregular_plural_and_thousands():
    assert counted(3, "reply", "replies") == "3 replies"
    assert counted(1204, "claim") == "1,204 claims"
