"""The CLI through click's CliRunner: exact output, exit codes, --help and README coverage."""

import json
import re

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.conftest import ROOT, SEED


@pytest.fixture
def run(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"

    def invoke(*args: str):
        return CliRunner().invoke(main, [*args], env={"FACTCHECK_DB": db}, catch_exceptions=False)

    return invoke


def test_extract_prints_jsonl_with_exact_spans(run):
    result = run("extract", str(SEED))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert records and all(r["source"] == str(SEED) for r in records)
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)
    assert {"kind", "speaker", "speaker_mention", "cue", "confidence"} <= records[0].keys()


def test_ingest_review_history(run):
    first = run("ingest", str(SEED))
    assert first.exit_code == 0
    assert re.search(
        r"\n1 new, 0 unchanged, 0 updated, 0 failed; \d+ quotes found\n$", first.output
    )
    again = run("ingest", str(SEED))
    assert "0 new, 1 unchanged" in again.output
    decided = run("review", "1", "--status", "verified", "--reviewer", "Ana Ruiz", "--note", "ok")
    assert decided.output == "claim 1: verified by Ana Ruiz\n"
    hist = run("history", "1")
    assert re.fullmatch(r"\S+ \S+  Ana Ruiz  status: unverified -> verified  \(ok\)\n", hist.output)


def test_errors_are_one_line_and_exit_non_zero(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(
        main,
        ["ingest", str(empty), str(SEED)],
        env={"FACTCHECK_DB": f"sqlite:///{tmp_path / 'x.sqlite'}"},
    )
    assert result.exit_code == 1
    assert f"{empty}: skipped, the file is empty\n" in result.output
    assert "1 new" in result.output
    missing = run("review", "999", "--status", "verified", "--reviewer", "Ana")
    assert missing.exit_code == 1 and missing.output == "Error: claim 999 does not exist\n"


def test_bad_database_url_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(SEED), "--db", "nosuchdb://x"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot use database URL 'nosuchdb://x'")
    assert len(result.output.strip().splitlines()) == 1


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, name
        assert f"factcheck {name}" in readme, f"README does not show `factcheck {name}`"


def test_review_with_a_stale_version_is_refused(run):
    run("ingest", str(SEED))
    assert run("review", "1", "--status", "verified", "--reviewer", "Ana").exit_code == 0
    stale = run("review", "1", "--status", "disputed", "--reviewer", "Ben", "--expect-version", "1")
    assert stale.exit_code == 1
    assert stale.output.startswith("Error: claim 1 was changed by Ana")
    assert run("history", "1").output.count("\n") == 1


def test_ingest_says_when_stored_articles_need_the_new_parser(run, monkeypatch):
    assert "older parser" not in run("ingest", str(SEED)).output
    monkeypatch.setattr("factcheck.services.reparse.PARSER_VERSION", "99.0")
    again = run("ingest", str(SEED))
    assert again.output.endswith(
        "1 stored article was read by an older parser: "
        "run `factcheck reparse` to update it (reviews are kept)\n"
    )
    assert run("reparse").exit_code == 0
    assert "older parser" not in run("ingest", str(SEED)).output
