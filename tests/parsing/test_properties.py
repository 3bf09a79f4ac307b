"""Property tests: any text in, no crash, every span inside the text and slicing consistent."""

from __future__ import annotations

import bisect
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.parsing import Quote, extract_quotes
from factcheck.parsing.marks import layout

MARKS = "\"“”«»‘’'„‹›"
# words, speech verbs, names, pronouns and every kind of quote mark, glued at random
PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        "(",
        ")",
        "said",
        "says",
        "told",
        "added",
        "according to",
        "she",
        "he",
        "they",
        "Xi",
        "Jinping",
        "Eva Zeibert",
        "The Chinese president",
        "the Kremlin",
        "Mr.",
        "Dr.",
        "U.S.",
        "Russia's",
        "Belarus'",
        "that",
        "We",
        "will",
        "win",
        "©",
        "by",
        "Source:",
        *MARKS,
    ]
)
TEXTS = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.lists(PIECES, max_size=80).map("".join),
    st.lists(st.one_of(PIECES, st.text(alphabet=MARKS + "ab \n", max_size=5)), max_size=60).map(
        "".join
    ),
)


def check_quote(text: str, q: Quote) -> None:
    assert 0 <= q.start <= q.end <= len(text)
    assert text[q.start : q.end] == q.text
    assert q.kind in ("direct", "partial", "indirect")
    assert 0.0 <= q.confidence <= 1.0
    if q.speaker_start is not None or q.speaker_end is not None:
        assert q.speaker_start is not None and q.speaker_end is not None
        assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
        assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    if q.cue_start is not None:
        assert 0 <= q.cue_start <= q.cue_end <= len(text)
    if q.speaker_role:
        # an appositive describes the speaker; it never repeats the quote's own words
        assert q.speaker_role.strip() not in q.text, (q.speaker_role, q.text)
    if q.speaker_type is not None:
        assert q.speaker_type in ("person", "organisation", "unknown")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_consistent_spans(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        check_quote(text, q)
    starts = [(q.start, q.end) for q in quotes]
    assert starts == sorted(starts)  # article order


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "«", "»", "'"]), min_size=1, max_size=4))
def test_stray_marks_are_contained_to_their_paragraph(marks: list[str]) -> None:
    """Stray quote marks in one paragraph never swallow the next paragraph's quote."""
    first = "The minister spoke " + " word ".join(marks) + " at length about taxes."
    second = '"We will win," said Eva Zeibert.'
    text = first + "\n\n" + second
    quotes = extract_quotes(text)
    for q in quotes:
        check_quote(text, q)
    win = [q for q in quotes if q.text == "We will win,"]
    assert win and win[0].speaker == "Eva Zeibert"


def test_empty_and_blank_text() -> None:
    assert extract_quotes("") == []
    assert extract_quotes("\n\n  \n") == []


SEED = (Path(__file__).resolve().parents[2] / "fixtures/articles/sco_summit_astana.txt").read_text(
    "utf-8"
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(SEED)), st.sampled_from(list(MARKS) + ["\n", ",", ":"])),
        min_size=1,
        max_size=12,
    )
)
def test_seed_with_stray_marks_keeps_consistent_spans(edits: list[tuple[int, str]]) -> None:
    """The seed article with quote marks, newlines and commas dropped in at random places."""
    text = SEED
    for pos, mark in sorted(edits, reverse=True):
        text = text[:pos] + mark + text[pos:]
    for q in extract_quotes(text):
        check_quote(text, q)


SINGLE_PIECES = st.sampled_from(
    ["‘", "’", "'", " ", "word", "Russia’s", "Belarus'", "the Joneses' car", "'90s", "’tis", "'n'"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(SINGLE_PIECES, min_size=1, max_size=12))
def test_stray_single_marks_are_contained_to_their_paragraph(pieces: list[str]) -> None:
    """In single-marked copy, stray single marks never swallow the next paragraph's quote."""
    first = "The minister spoke " + " ".join(pieces) + " at length about taxes."
    rest = "‘We will win,’ said Eva Zeibert.\n\n‘It is done,’ she said."
    text = first + "\n\n" + rest
    quotes = extract_quotes(text)
    for q in quotes:
        check_quote(text, q)
    win = [q for q in quotes if q.text == "We will win,"]
    assert win and win[0].speaker == "Eva Zeibert"
    assert any(q.text == "It is done," for q in quotes)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_a_quote_crosses_at_most_one_paragraph_break(text: str) -> None:
    """An open mark runs on into the next paragraph at most (double and single copy alike)."""
    lay = layout(text)
    starts = [p0 for p0, _ in lay.paragraphs]
    for q in lay.quotes:
        assert 0 <= q.open_mark < q.start <= q.end <= len(text)
        first = bisect.bisect_right(starts, q.start) - 1
        last = bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1
        assert last - first <= 1, text[q.start : q.end]


BRITISH = (
    Path(__file__).resolve().parents[2] / "fixtures/articles/british_single_marks.txt"
).read_text("utf-8")


def _quotes_by_paragraph(text: str) -> dict[int, list[str]]:
    lay = layout(text)
    starts = [p0 for p0, _ in lay.paragraphs]
    out: dict[int, list[str]] = {}
    for q in lay.quotes:
        out.setdefault(bisect.bisect_right(starts, q.start) - 1, []).append(text[q.start : q.end])
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.data(),
    st.lists(st.sampled_from(list(MARKS) + ["'s", "s'", ","]), min_size=1, max_size=3),
)
def test_damage_in_single_marked_copy_stays_in_its_paragraph(data, marks: list[str]) -> None:
    """Marks dropped into one paragraph of the British fixture leave the others' quotes alone.

    The paragraph's neighbours may change (a run-on quote), nothing further away does.
    """
    paragraphs = layout(BRITISH).paragraphs
    k = data.draw(st.integers(0, len(paragraphs) - 1))
    p0, p1 = paragraphs[k]
    text = BRITISH
    for pos in sorted(
        data.draw(st.lists(st.integers(p0, p1), min_size=len(marks), max_size=len(marks))),
        reverse=True,
    ):
        text = text[:pos] + marks.pop() + text[pos:]
    before, after = _quotes_by_paragraph(BRITISH), _quotes_by_paragraph(text)
    for j in set(before) | set(after):
        if abs(j - k) > 1:
            assert before.get(j) == after.get(j), j


def test_empty_marks_before_a_comma_do_not_crash() -> None:
    # found by the damage property above: a sentence opening with empty marks and a comma
    quotes = extract_quotes('"" , and said members would vote next week.\n')
    assert all(q.text.strip() for q in quotes)


def test_a_line_break_inside_an_appositive_leaves_no_one_word_role() -> None:
    """Found by the property test above: a newline after "Bates Gill, a" left the role "a"."""
    text = SEED[:2208] + "\n" + SEED[2208:]
    for q in extract_quotes(text):
        check_quote(text, q)
