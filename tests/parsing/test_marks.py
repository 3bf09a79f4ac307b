"""Quote marks: single-marked (British) copy pairs its quotes, apostrophes stay apostrophes.

The cases are small articles: the quotes the layout pairs are compared by their exact text.
"""

from __future__ import annotations

import time

import pytest

from factcheck.parsing import extract_quotes
from factcheck.parsing.marks import layout


def quoted(text: str) -> list[str]:
    """Return the text inside each pair of marks, in article order."""
    return [text[q.start : q.end] for q in layout(text).quotes]


# (a word with an apostrophe, written with curly marks); each is tried straight too
TRAPS = [
    "Russia’s",
    "Belarus’",
    "the Joneses’ car",
    "the ’90s",
    "rock ’n’ roll",
    "give ’em",
    "five o’clock",
    "don’t",
    "’tis",
    "the bosses’ cars",
    "the ’97 election",
]


def _article(word: str, mark_open: str, mark_close: str) -> str:
    q1 = f"{mark_open}We talked about {word} all night,{mark_close}"
    q2 = f"{mark_open}Then we went home.{mark_close}"
    return (
        f"{q1} said the minister, Fiona Marsh. {q2}\n\n"
        f"{mark_open}Nobody asked us,{mark_close} she said.\n"
    )


@pytest.mark.parametrize("word", TRAPS)
@pytest.mark.parametrize("style", ["curly", "straight"])
def test_apostrophe_inside_a_single_quote_is_kept(word: str, style: str) -> None:
    marks = ("‘", "’") if style == "curly" else ("'", "'")
    if style == "straight":
        word = word.replace("’", "'")
    text = _article(word, *marks)
    assert quoted(text) == [
        f"We talked about {word} all night,",
        "Then we went home.",
        "Nobody asked us,",
    ]


@pytest.mark.parametrize("word", TRAPS)
def test_apostrophe_outside_the_quotes_opens_nothing(word: str) -> None:
    text = (
        f"People remember {word} well. ‘It was a fair deal,’ said Kevin Doyle.\n\n"
        f"{word[0].upper() + word[1:]} came up again. ‘We will not move,’ he said.\n"
    )
    assert quoted(text) == ["It was a fair deal,", "We will not move,"]
    speakers = {q.text: q.speaker for q in extract_quotes(text) if q.kind != "indirect"}
    assert speakers == {"It was a fair deal,": "Kevin Doyle", "We will not move,": "Kevin Doyle"}


def test_plural_possessive_before_a_firm_closer_is_an_apostrophe() -> None:
    text = "‘The Joneses' car was gone by then,’ said Ann Lee. ‘Nobody saw it.’\n"
    assert quoted(text) == ["The Joneses' car was gone by then,", "Nobody saw it."]


def test_partial_quotes_closing_before_a_lower_case_word() -> None:
    text = (
        "‘We will win,’ said the minister.\n\n"
        "Doyle called the offer ‘an insult’ and the talks ‘a farce’ in a speech to drivers.\n"
    )
    assert quoted(text) == ["We will win,", "an insult", "a farce"]


def test_double_marks_nested_inside_single_ones() -> None:
    text = (
        "‘When the minister says “best offer”, she means the only offer,’ Doyle said.\n\n"
        "‘We are done,’ he said.\n"
    )
    assert quoted(text) == [
        "When the minister says “best offer”, she means the only offer,",
        "We are done,",
    ]
    masked = layout(text).masked
    assert masked.index('"') == 0 and "best offer" not in masked  # the nested quote is masked


def test_straight_single_marks_with_straight_doubles_inside() -> None:
    text = "'He told me \"no deal\", and that was it,' she said.\n\n'We left,' she said.\n"
    assert quoted(text) == ['He told me "no deal", and that was it,', "We left,"]


def test_run_on_quote_across_paragraphs() -> None:
    text = (
        "‘We are seeing more cases than last year.\n\n"
        "‘Everyone over 65 should get vaccinated now,’ said Dr Peter Lang.\n\n"
        "Lang spoke about testing. ‘The first centre opens next week.\n\n"
        "The second one will follow in March,’ he said.\n"
    )
    spans = layout(text).quotes
    assert [text[q.start : q.end] for q in spans] == [
        "We are seeing more cases than last year.",
        "Everyone over 65 should get vaccinated now,",
        "The first centre opens next week.\n\nThe second one will follow in March,",
    ]
    assert spans[0].continues and spans[0].close_mark is None
    assert {q.speaker for q in extract_quotes(text) if q.kind != "indirect"} == {"Peter Lang"}


def test_a_stray_single_mark_stays_in_its_paragraph() -> None:
    text = (
        "The minister ‘spoke at length about taxes and the budget.\n\n"
        "Belarus' unions sent a message. ‘We will win,’ said Eva Zeibert.\n\n"
        "‘Nobody doubts it,’ she said.\n"
    )
    quotes = layout(text).quotes
    assert all("\n" not in text[q.start : q.end] for q in quotes)
    assert quoted(text)[-2:] == ["We will win,", "Nobody doubts it,"]
    win = [q for q in extract_quotes(text) if q.text == "We will win,"]
    assert win and win[0].speaker == "Eva Zeibert"


def test_a_stray_closing_mark_is_ignored() -> None:
    text = "‘We will win,’ said Eva Zeibert.\n\nThe vote’ was close. ‘It is done,’ she said.\n"
    assert quoted(text) == ["We will win,", "It is done,"]


def test_double_primary_copy_pairs_as_before() -> None:
    text = (
        "\"When the director said 'no raise this year', we walked out,\" said Rosa Lindqvist.\n\n"
        "The union called it a 'betrayal' in a statement.\n\n"
        '"We will strike again," she said.\n'
    )
    assert quoted(text) == [
        "When the director said 'no raise this year', we walked out,",
        "We will strike again,",
    ]


def test_a_single_quoted_headline_does_not_make_us_copy_single_marked() -> None:
    text = (
        "Bradley Cooper upset ‘American Sniper’ fans by attending DNC.\n\n"
        "Fans of the actor took to social media to complain about the convention.\n"
    )
    assert quoted(text) == []


def test_two_apostrophes_stay_a_double_mark() -> None:
    text = "''We have heard enough,'' said Senator Ruth Adler. ''The rest can wait.''\n"
    assert quoted(text) == ["We have heard enough,", "The rest can wait."]


def test_a_double_marked_paragraph_in_single_marked_copy() -> None:
    """In single-marked copy each quote's own opening mark decides its family."""
    text = (
        "Rail Talks Stall\n\n"
        "‘We will not back down,’ Marsh told MPs.\n\n"
        "\"It is a disgrace,\" said Kevin Doyle, waving the 'final offer' letter.\n\n"
        'He wrote "no" on it. ‘We are done,’ he said.\n\n'
        '"He said “never” to me," Doyle added.\n\n'
        "‘Talks resume on Monday,’ Marsh said.\n\n"
        "‘We will be there,’ Doyle said.\n\n"
        "‘So will we,’ said the passengers’ group.\n"
    )
    assert quoted(text)[:7] == [
        "We will not back down,",
        "It is a disgrace,",
        "final offer",
        "no",
        "We are done,",
        "He said “never” to me,",
        "Talks resume on Monday,",
    ]


def test_a_short_first_line_casts_no_vote_unless_it_is_alone() -> None:
    """A short first line may be a US headline; a one-line paste is still single-marked copy."""
    alone = "‘We will not back down,’ said the minister.\n"
    assert quoted(alone) == ["We will not back down,"]
    assert quoted(alone + "\nThe vote is on Monday.\n") == []


def test_punctuation_outside_the_marks_guardian_style() -> None:
    text = (
        "‘We will fight for the drivers’, Doyle said, ‘and for the passengers’.\n\n"
        "‘The car was the Joneses’, not ours,’ she said.\n"
    )
    assert quoted(text) == [
        "We will fight for the drivers",
        "and for the passengers",
        "The car was the Joneses’, not ours,",
    ]


def test_elisions_never_open_a_quote() -> None:
    text = (
        "‘We stayed 'til dawn and talked 'bout the '90s,’ said Ann Lee.\n\n"
        "‘’Tis the season,’ she said. ‘Rock 'n' roll never dies.’\n"
    )
    assert quoted(text) == [
        "We stayed 'til dawn and talked 'bout the '90s,",
        "’Tis the season,",
        "Rock 'n' roll never dies.",
    ]


def test_many_marks_in_one_paragraph_stay_fast() -> None:
    """Weak closers and openers by the thousand: the look-ahead is one pass, not one per mark."""
    text = (
        "‘We will win,’ said Ann Lee.\n\n‘" + "the bosses’ cars " * 5000 + "\n\n‘Done,’ she said.\n"
    )
    start = time.perf_counter()
    quotes = quoted(text)
    assert time.perf_counter() - start < 2.0
    assert quotes[0] == "We will win," and quotes[-1] == "Done,"


def test_three_levels_single_double_single() -> None:
    text = (
        "‘He told me: “They said ‘no’ to us”, and that was it,’ said one driver.\n\n"
        "‘We left,’ he said.\n"
    )
    assert quoted(text) == ["He told me: “They said ‘no’ to us”, and that was it,", "We left,"]


def test_a_quote_may_open_with_a_number() -> None:
    text = (
        "‘50,000 members will vote next week,’ he added. ‘20 of them are new.’\n\n"
        "'Since '97 we have won every vote,' he said.\n"
    )
    assert quoted(text) == [
        "50,000 members will vote next week,",
        "20 of them are new.",
        "Since '97 we have won every vote,",
    ]


def test_run_on_closed_after_a_possessive_in_the_next_paragraph() -> None:
    text = (
        "‘We will not be moved,’ said Kevin Doyle. ‘The first strike is on Monday.\n\n"
        "The drivers’ second strike follows in March,’ he said.\n\n"
        "‘Nobody wants it,’ he added.\n"
    )
    assert quoted(text) == [
        "We will not be moved,",
        "The first strike is on Monday.\n\nThe drivers’ second strike follows in March,",
        "Nobody wants it,",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The filing said that G.M.R. had no assets of value.",
        "The announcement that the F.B.I. is reviewing new emails came on Friday.",
        "He led the agency under President George H.W. Bush and then the fund.",
        "The paper was quoted by Rep. G.K. Butterfield on Monday.",
    ],
)
def test_initials_inside_a_sentence_do_not_end_it(text: str) -> None:
    assert len(layout(text).sentences) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Officials tracked the money through the F.B.I. The number of cases rose.",
        "Last year the fund gave to the C.I.A. Many others did too.",
    ],
)
def test_initials_at_a_sentence_end_still_end_it(text: str) -> None:
    assert len(layout(text).sentences) == 2
