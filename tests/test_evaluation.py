"""The evaluation metrics of DESIGN.md on small hand-built gold records."""

from __future__ import annotations

import json

import pytest

from factcheck.evaluation import EvaluationReport, evaluate, format_report, load_gold
from factcheck.parsing import Quote

TEXT = (
    'Talks went on.\n"We will win," said Eva Zeibert. Peskov said that Putin would come. '
    'She said the plan was "a disaster" for all.'
)


def span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def gold_quote(needle: str, kind: str, speaker: str, mention: str, pronoun: bool = False) -> dict:
    s, e = span(needle)
    inner_s, inner_e = (s + 1, e - 1) if kind == "direct" else (s, e)
    ms, me = span(mention)
    return {
        "start": s,
        "end": e,
        "inner_start": inner_s,
        "inner_end": inner_e,
        "fragments": [{"start": s, "end": e, "text": TEXT[s:e]}],
        "text": TEXT[s:e],
        "kind": kind,
        "speaker": speaker,
        "speaker_start": ms,
        "speaker_end": me,
        "speaker_is_pronoun": pronoun,
    }


GOLD = [
    {
        "id": "a1",
        "text": TEXT,
        "quotes": [
            gold_quote('"We will win,"', "direct", "Eva Zeibert", "Eva Zeibert"),
            gold_quote("that Putin would come", "indirect", "Peskov", "Peskov"),
            gold_quote('the plan was "a disaster"', "mixed", "She", "She", pronoun=True),
        ],
    }
]


def pred(needle: str, kind: str, speaker: str | None, mention: str | None) -> Quote:
    s, e = span(needle)
    ms, me = span(mention) if mention else (None, None)
    return Quote(
        s,
        e,
        TEXT[s:e],
        kind,
        speaker=speaker,
        speaker_mention=mention,
        speaker_start=ms,
        speaker_end=me,
    )


PERFECT = [
    pred("We will win,", "direct", "Eva Zeibert", "Eva Zeibert"),
    pred("that Putin would come", "indirect", "Peskov", "Peskov"),
    pred("a disaster", "partial", "Eva Zeibert", "She"),
]

HEADLINE = (
    "quote_recall",
    "quote_precision",
    "speaker_accuracy",
    "attributed_recall",
    "indirect_recall",
)


def run(preds: list[Quote]) -> dict[str, float]:
    return evaluate(GOLD, extract=lambda text: list(preds)).metrics


def test_perfect_prediction_scores_one() -> None:
    m = run(PERFECT)
    for key in HEADLINE:
        assert m[key] == pytest.approx(1.0), key
    assert m["articles"] == 1
    assert m["articles_per_second"] > 0


def test_wrong_speaker_lowers_speaker_accuracy_not_recall() -> None:
    preds = [pred("We will win,", "direct", "Vladimir Putin", "Putin"), *PERFECT[1:]]
    m = run(preds)
    assert m["quote_recall"] == pytest.approx(1.0)
    assert m["speaker_accuracy"] == pytest.approx(0.5)
    assert m["attributed_recall"] == pytest.approx(0.5)


def test_shared_name_token_counts_unless_gold_is_a_pronoun() -> None:
    # mention elsewhere, canonical name shares "Zeibert": right for a named gold speaker
    preds = [pred("We will win,", "direct", "Zeibert", "Talks"), *PERFECT[1:]]
    assert run(preds)["speaker_accuracy"] == pytest.approx(1.0)
    # gold speaker is the pronoun "She": the canonical name alone is not enough
    preds = [*PERFECT[:2], pred("a disaster", "partial", "She", "Peskov")]
    assert run(preds)["speaker_accuracy"] == pytest.approx(0.5)


def test_prediction_outside_every_gold_lowers_precision() -> None:
    m = run([*PERFECT, pred("Talks went on.", "indirect", None, None)])
    assert m["quote_precision"] == pytest.approx(3 / 4)


def test_less_than_half_covered_is_not_recalled() -> None:
    m = run([pred("We", "direct", "Eva Zeibert", "Eva Zeibert"), *PERFECT[1:]])
    assert m["quote_recall"] == pytest.approx(0.5)
    assert m["attributed_recall"] == pytest.approx(0.5)


def test_mixed_quote_counts_its_quoted_characters_only() -> None:
    # "a disaster" alone is all of the quoted characters of the mixed gold quote
    m = run(PERFECT)
    assert m["quote_recall"] == pytest.approx(1.0)


def test_indirect_recall_needs_an_indirect_prediction() -> None:
    m = run([PERFECT[0], pred("that Putin would come", "direct", "Peskov", "Peskov"), PERFECT[2]])
    assert m["indirect_recall"] == pytest.approx(0.0)
    assert m["quote_recall"] == pytest.approx(1.0)  # indirect golds are not in quote recall


def test_nothing_predicted() -> None:
    m = run([])
    assert m["quote_recall"] == 0.0
    assert m["attributed_recall"] == 0.0
    assert m["indirect_recall"] == 0.0


def test_misses_name_the_gold_and_the_prediction() -> None:
    preds = [pred("We will win,", "direct", "Vladimir Putin", "Putin"), *PERFECT[1:]]
    report = evaluate(GOLD, extract=lambda text: preds)
    assert isinstance(report, EvaluationReport)
    assert report.misses
    miss = report.misses[0]
    assert miss["gold_speaker"] == "Eva Zeibert"
    assert miss["predicted_speaker"] == "Vladimir Putin"
    text = format_report(report, worst=5)
    for key in HEADLINE:
        assert key in text
    assert "Vladimir Putin" in text
    assert "Vladimir Putin" not in format_report(report)


def test_load_gold_reads_one_record_a_line(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD * 2) + "\n", encoding="utf-8")
    assert load_gold(path) == GOLD * 2


def test_default_extractor_runs_on_the_gold() -> None:
    report = evaluate(GOLD)
    assert 0.0 <= report.metrics["quote_recall"] <= 1.0


def _chars(text: str, needle: str) -> str:
    """The quoted characters of a gold quote spanning ``needle``, as a string."""
    from factcheck.evaluation import quoted_chars

    s = text.index(needle)
    g = {"start": s, "end": s + len(needle), "kind": "mixed"}
    return "".join(text[i] for i in sorted(quoted_chars(text, g)))


def test_single_marks_count_like_double_marks() -> None:
    text = "She called the plan ‘a disaster’ and said ‘we won’t sign’ today."
    assert _chars(text, text) == "adisasterwewon’tsign"


def test_doubles_nested_in_single_marks_are_inside_the_quote() -> None:
    text = "‘He told me “no” on Monday,’ she said."
    needle = "‘He told me “no” on Monday,’"
    assert _chars(text, needle) == "Hetoldme“no”onMonday,"


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Russia's envoy said 'the Joneses' talks don't matter' to him."
    assert _chars(text, text) == "theJoneses'talksdon'tmatter"
