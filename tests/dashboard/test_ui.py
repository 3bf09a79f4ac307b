"""Display helpers: text from articles and reviewers is shown as written, never as markup."""

from dashboard import ui


def test_markdown_specials_are_escaped():
    assert ui.md("It cost $5 and *that* [x](y) a_b") == r"It cost \$5 and \*that\* \[x\](y) a\_b"


def test_evidence_is_a_link_only_for_web_addresses():
    assert ui.evidence_link("https://example.org/v") == "[evidence](https://example.org/v)"
    assert "](" not in ui.evidence_link("javascript:alert(1)")


def test_short_keeps_one_line():
    assert ui.short("a\n  b", 10) == "a b"
    assert ui.short("x" * 20, 10) == "x" * 9 + "…"
