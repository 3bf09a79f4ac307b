"""Re-parse with a new parser version: quotes replaced, claims matched by key, reviews kept."""

import re

import pytest
from click.testing import CliRunner
from sqlmodel import Session, select

from factcheck import services
from factcheck.cli import main
from factcheck.parsing import Quote as ParsedQuote
from factcheck.readers import ArticleInput
from factcheck.services import ingest as ingest_module
from factcheck.services import reparse as reparse_module
from factcheck.storage import Article, Claim, Quote

TEXT = (
    "Budget row\n\n"
    '"We will balance the budget," Maria Keller said.\n\n'
    '"The plan has no support," Tom Baptiste said.\n\n'
    '"Nobody asked the regions," Anil Mehta said.\n'
)


def fake_parser(skip: str | None = None):
    """A stand-in parser: every "..." pair, attributed to the name after it; skips ``skip``."""

    def extract(text: str) -> list[ParsedQuote]:
        out = []
        for m in re.finditer(r'"([^"]+)," ([A-Z]\w+ [A-Z]\w+) said', text):
            if skip and m.group(1).startswith(skip):
                continue
            out.append(
                ParsedQuote(
                    start=m.start(1), end=m.end(1), text=m.group(1), kind="direct",
                    speaker=m.group(2), speaker_mention=m.group(2),
                    speaker_start=m.start(2), speaker_end=m.end(2), rule="fake",
                )
            )  # fmt: skip
        return out

    return extract


def use_parser(monkeypatch, version: str, extract) -> None:
    for module in (ingest_module, reparse_module):
        monkeypatch.setattr(module, "PARSER_VERSION", version)
        monkeypatch.setattr(module, "extract_quotes", extract)


@pytest.fixture
def stored(engine, monkeypatch):
    """One article parsed by parser 1.0, two of its claims reviewed."""
    use_parser(monkeypatch, "1.0", fake_parser())
    with Session(engine) as session:
        services.ingest_article(session=session, article=ArticleInput(text=TEXT, source="t.txt"))
        ids = {c.text[:6]: c.id for c in session.exec(select(Claim)).all()}
        services.review_claim(
            session=session, claim_id=ids["We wil"], status="verified", reviewer="A"
        )
        services.review_claim(
            session=session, claim_id=ids["Nobody"], status="disputed", reviewer="A"
        )
    return ids


def test_reparse_keeps_reviews_and_reports_gone_claims(engine, monkeypatch, stored):
    use_parser(monkeypatch, "2.0", fake_parser(skip="Nobody"))  # the new parser misses one
    with Session(engine) as session:
        assert services.outdated_articles(session=session) == [1]
    [result] = list(services.reparse_articles(engine, workers=1))
    assert result.status == "reparsed" and result.quotes == 2
    assert result.line() == (
        "article 1 (t.txt): 2 quotes; 2 claims kept (1 reviewed), 0 new, "
        "1 gone (kept, reviewed: disputed)"
    )
    with Session(engine) as session:
        article = session.get(Article, 1)
        assert article.parser_version == "2.0"
        assert session.get(Claim, stored["We wil"]).status == "verified"
        gone = session.get(Claim, stored["Nobody"])
        assert gone is not None and gone.status == "disputed"  # never deleted: reviewed
        quotes = session.exec(select(Quote).where(Quote.article_id == 1)).all()
        assert sorted(q.claim_id for q in quotes) == sorted([stored["We wil"], stored["The pl"]])
        assert all(article.text[q.start : q.end] == q.text for q in quotes)
        assert [c.id for c in services.disappeared_claims(session=session)] == [stored["Nobody"]]
        assert services.outdated_articles(session=session) == []
    assert list(services.reparse_articles(engine, workers=1)) == []  # nothing outdated any more


def test_unreviewed_claim_no_longer_found_is_deleted(engine, monkeypatch, stored):
    use_parser(monkeypatch, "2.0", fake_parser(skip="The plan"))
    [result] = list(services.reparse_articles(engine, workers=1))
    assert result.deleted == 1 and result.changes.gone == 1
    with Session(engine) as session:
        assert session.get(Claim, stored["The pl"]) is None


def test_reparse_all_and_the_command(engine, monkeypatch, stored, db_url):
    run = CliRunner()
    same = run.invoke(main, ["reparse", "--db", db_url])
    assert same.exit_code == 0 and same.output == (
        "0 reparsed, 0 failed; 0 quotes found, 0 claims gone\n"
    )
    again = run.invoke(main, ["reparse", "--all", "--db", db_url])
    assert again.output.splitlines() == [
        "article 1 (t.txt): 3 quotes; 3 claims kept (2 reviewed), 0 new, 0 gone",
        "1 reparsed, 0 failed; 3 quotes found, 0 claims gone",
    ]
    with Session(engine) as session:
        assert session.get(Claim, stored["We wil"]).status == "verified"


def test_a_parser_crash_fails_one_article_only(engine, monkeypatch, stored):
    def broken(text):
        raise RuntimeError("boom")

    use_parser(monkeypatch, "3.0", broken)
    [result] = list(services.reparse_articles(engine, workers=1))
    assert result.status == "failed" and "RuntimeError: boom" in result.message
    with Session(engine) as session:  # the article keeps its old quotes
        assert session.get(Article, 1).parser_version == "1.0"
        assert len(session.exec(select(Quote)).all()) == 3


def test_a_parser_giving_wrong_offsets_stores_nothing(engine, monkeypatch, stored, tmp_path):
    def shifted(text):
        return [
            ParsedQuote(start=q.start + 1, end=q.end + 1, text=q.text, kind="direct")
            for q in fake_parser()(text)
        ]

    use_parser(monkeypatch, "4.0", shifted)
    [result] = list(services.reparse_articles(engine, workers=1))
    assert result.status == "failed"
    assert result.line().startswith("1: failed, parser 4.0 gave a quote at ")
    new = tmp_path / "new.txt"
    new.write_text(TEXT + "\nMore.\n")
    [ingested] = list(services.ingest_paths(engine, [new], workers=1))
    assert ingested.status == "failed"
    assert ingested.message.startswith(f"{new}: failed, parser 4.0 gave a quote at ")
    assert ingested.message.endswith("that does not match the text; nothing stored")
    with Session(engine) as session:
        assert session.get(Article, 1).parser_version == "1.0"
        assert len(session.exec(select(Article)).all()) == 1
        assert len(session.exec(select(Quote)).all()) == 3
