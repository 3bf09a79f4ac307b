"""Property tests: any text in, no crash, every span inside the text and slicing consistent."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.parsing import Quote, extract_quotes

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
