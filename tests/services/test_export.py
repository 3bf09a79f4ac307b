"""Quote sheets: every format and filter, safe to open, non-ASCII intact; SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from factcheck import exporters, services
from factcheck.errors import FactcheckError
from factcheck.services.export import (
    EXPORT_FORMATS,
    encode_sheet,
    export_bytes,
    export_sheet,
    file_name,
    file_suffix,
    media_type,
    sheet_rows,
)
from factcheck.storage import Article, Claim, Quote, Speaker

XI_QUOTE = "Faced with real risks, we must protect the “right to development”,"
FORMULA_QUOTE = '=HYPERLINK("http://evil.example","click")'
HTML_QUOTE = "<script>alert('x')</script> & <b>bold</b> *not emphasis* [link](http://x.y)"


def _article(session, n: int, **kw) -> Article:
    text = kw.pop("text", f"Article {n} text. " + XI_QUOTE + " " + FORMULA_QUOTE + HTML_QUOTE)
    article = Article(content_hash=f"h{n}", text=text, **kw)
    session.add(article)
    session.flush()
    return article


def _claim(session, key: str, text: str, speaker: Speaker | None, article: Article) -> Claim:
    claim = Claim(
        key=key, text=text, kind="direct", speaker_id=speaker.id if speaker else None,
        article_id=article.id, confidence=0.9,
    )  # fmt: skip
    session.add(claim)
    session.flush()
    start = article.text.find(text)
    session.add(
        Quote(
            claim_id=claim.id, article_id=article.id, start=start, end=start + len(text),
            text=text, kind="direct", speaker_id=claim.speaker_id,
        )
    )  # fmt: skip
    return claim


@pytest.fixture
def desk(engine) -> dict[str, int]:
    """Two articles (a wire copy repeats Xi's quote), three speakers, claims in every status."""
    with Session(engine) as session:
        a1 = _article(
            session, 1, title="Xi and Putin at the SCO: “a united front”",
            publication="Le Monde diplomatique", published="2025-09-01",
            url="https://example.org/sco?x=1&y=2",
        )  # fmt: skip
        a2 = _article(
            session, 2, title="Wire copy", publication="Agence Ø", published="2025-09-02",
            url="https://example.org/wire",
        )  # fmt: skip
        xi = Speaker(name="Xi Jinping", description="President of China", kind="person")
        zoe = Speaker(name="Zoë Ñúñez", description="analyst at “Think” tank", kind="person")
        org = Speaker(name="Kremlin", description=None, kind="organisation")
        session.add_all([xi, zoe, org])
        session.flush()
        ids = {
            "xi": _claim(session, "k1", XI_QUOTE, xi, a1).id,
            "formula": _claim(session, "k2", FORMULA_QUOTE, zoe, a1).id,
            "html": _claim(session, "k3", HTML_QUOTE, org, a1).id,
        }
        start = a2.text.find(XI_QUOTE)  # the wire copy: a second appearance of Xi's claim
        session.add(
            Quote(
                claim_id=ids["xi"], article_id=a2.id, start=start, end=start + len(XI_QUOTE),
                text=XI_QUOTE, kind="direct", speaker_id=xi.id,
            )
        )  # fmt: skip
        ids["unreviewed"] = _claim(session, "k4", "Article 2 text.", None, a2).id
        ids["a1"], ids["a2"] = a1.id, a2.id
        session.commit()
    with Session(engine) as session:
        services.review_claim(
            session=session, claim_id=ids["xi"], status="verified", reviewer="Ana Ruiz",
            note="Matches the Kremlin transcript — “verbatim”",
            evidence_url="https://kremlin.example/transcript",
        )  # fmt: skip
        services.review_claim(
            session=session, claim_id=ids["formula"], status="verified", reviewer="@Ben",
            note="-1 +1 =SUM(A1)", evidence_url="javascript:alert(1)",
        )  # fmt: skip
        services.review_claim(
            session=session, claim_id=ids["html"], status="disputed", reviewer="Çelik",
            note="<img src=x onerror=alert(1)>",
        )  # fmt: skip
    return ids


def _sheet(engine, fmt: str, **kw) -> str:
    with Session(engine) as session:
        return export_sheet(session=session, fmt=fmt, **kw)


# --- content and filters ----------------------------------------------------------------------


def test_rows_carry_everything_an_editor_needs(engine, desk):
    with Session(engine) as session:
        rows = list(sheet_rows(session=session))
    assert [(r.claim_id, r.article_id) for r in rows] == [
        (desk["xi"], desk["a1"]),
        (desk["formula"], desk["a1"]),
        (desk["xi"], desk["a2"]),
    ]
    xi = rows[0]
    assert xi.quote == XI_QUOTE
    assert (xi.speaker, xi.speaker_role) == ("Xi Jinping", "President of China")
    assert (xi.article_title, xi.publication, xi.published, xi.article_url) == (
        "Xi and Putin at the SCO: “a united front”",
        "Le Monde diplomatique",
        "2025-09-01",
        "https://example.org/sco?x=1&y=2",
    )
    assert (xi.reviewer, xi.note, xi.evidence_url) == (
        "Ana Ruiz",
        "Matches the Kremlin transcript — “verbatim”",
        "https://kremlin.example/transcript",
    )
    assert xi.reviewed_at.tzinfo is not None


def test_filters(engine, desk):
    def claim_ids(**kw) -> list[int]:
        with Session(engine) as session:
            return [r.claim_id for r in sheet_rows(session=session, **kw)]

    assert claim_ids(statuses=("disputed",)) == [desk["html"]]
    assert set(claim_ids(statuses=())) == {
        desk["xi"],
        desk["formula"],
        desk["html"],
        desk["unreviewed"],
    }
    assert claim_ids(article_id=desk["a2"]) == [desk["xi"]]
    assert claim_ids(speaker="Zoë Ñúñez") == [desk["formula"]]
    today = datetime.now(UTC).date()
    assert len(claim_ids(since=today.isoformat(), until=today.isoformat())) == 3
    assert claim_ids(since=today + timedelta(days=1)) == []
    assert claim_ids(until=today - timedelta(days=1)) == []
    assert claim_ids(group_by="speaker") == [desk["xi"], desk["xi"], desk["formula"]]
    with pytest.raises(FactcheckError, match="not a date"):
        claim_ids(since="last week")
    with pytest.raises(FactcheckError, match="status must be one of"):
        claim_ids(statuses=("approved",))


def test_superseded_article_versions_are_left_out(engine, desk):
    with Session(engine) as session:
        old = session.get(Article, desk["a2"])
        old.is_current = False
        session.add(old)
        session.commit()
        rows = list(sheet_rows(session=session))
    assert {r.article_id for r in rows} == {desk["a1"]}


def test_empty_sheet_in_every_format(engine):
    for fmt in EXPORT_FORMATS:
        text = _sheet(engine, fmt)
        assert text.strip(), fmt
    assert json.loads(_sheet(engine, "claimreview")) == []
    assert json.loads(_sheet(engine, "json"))["groups"] == []


def test_format_helpers():
    assert [file_suffix(f) for f in EXPORT_FORMATS] == [".csv", ".json", ".md", ".html", ".jsonld"]
    assert media_type("csv") == "text/csv; charset=utf-8"
    assert media_type("claimreview") == "application/ld+json"
    assert file_name("md").startswith("verified-quotes-") and file_name("md").endswith(".md")
    assert encode_sheet("Zoë", "csv") == "\ufeffZoë".encode()
    assert encode_sheet("Zoë", "md") == "Zoë".encode()
    with pytest.raises(FactcheckError, match="format must be one of"):
        file_suffix("xlsx")


# --- CSV --------------------------------------------------------------------------------------


def test_csv_cells_cannot_run_as_formulas(engine, desk):
    text = _sheet(engine, "csv", statuses=("verified", "disputed"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 4
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    formula = next(r for r in rows if r["claim_id"] == str(desk["formula"]))
    assert formula["quote"] == "'" + FORMULA_QUOTE
    assert formula["reviewer"] == "'@Ben" and formula["note"] == "'-1 +1 =SUM(A1)"
    xi = next(r for r in rows if r["claim_id"] == str(desk["xi"]))
    assert xi["quote"] == XI_QUOTE  # exactly as in the article, curly quotes included
    assert xi["note"] == "Matches the Kremlin transcript — “verbatim”"
    assert xi["publication"] == "Le Monde diplomatique"


def test_csv_file_opens_as_utf8_with_bom(engine, desk):
    data = export_bytes(engine=engine, fmt="csv", statuses=("verified",))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert {r["speaker"] for r in rows} == {"Xi Jinping", "Zoë Ñúñez"}


def test_csv_injection_guard_covers_every_trigger():
    for value in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]:
        assert exporters.safe_cell(value) == "'" + value
    for value in ["1+1", "a=b", "", "“=quoted”", 5, None, -1]:
        assert exporters.safe_cell(value) == value


# --- JSON and ClaimReview ---------------------------------------------------------------------


def test_json_groups_by_article_and_speaker(engine, desk):
    doc = json.loads(_sheet(engine, "json"))
    assert doc["group_by"] == "article"
    assert [len(g["quotes"]) for g in doc["groups"]] == [2, 1]
    assert doc["groups"][0]["title"].startswith("Xi and Putin at the SCO: “a united front”")
    assert doc["groups"][0]["quotes"][0]["quote"] == XI_QUOTE
    by_speaker = json.loads(_sheet(engine, "json", group_by="speaker"))
    assert [g["title"] for g in by_speaker["groups"]] == [
        "Xi Jinping, President of China",
        "Zoë Ñúñez, analyst at “Think” tank",
    ]
    assert "Zoë Ñúñez" in _sheet(engine, "json")  # written as is, not \u-escaped


def test_claimreview_json_ld(engine, desk):
    reviews = json.loads(
        _sheet(engine, "claimreview", review_url="https://desk.example/r/{claim_id}")
    )
    assert len(reviews) == 2  # one per claim, the wire copy is a second appearance
    xi = next(r for r in reviews if r["claimReviewed"] == XI_QUOTE)
    assert xi["@context"] == "https://schema.org" and xi["@type"] == "ClaimReview"
    assert xi["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Verified",
        "ratingExplanation": "Matches the Kremlin transcript — “verbatim”",
    }
    item = xi["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {
        "@type": "Person",
        "name": "Xi Jinping",
        "description": "President of China",
    }
    assert [a["url"] for a in item["appearance"]] == [
        "https://example.org/sco?x=1&y=2",
        "https://example.org/wire",
    ]
    assert item["appearance"][1]["publisher"] == {"@type": "Organization", "name": "Agence Ø"}
    assert xi["author"] == {"@type": "Person", "name": "Ana Ruiz"}
    assert xi["datePublished"] == datetime.now(UTC).date().isoformat()
    assert xi["url"] == f"https://desk.example/r/{desk['xi']}"
    disputed = json.loads(_sheet(engine, "claimreview", statuses=("disputed",)))
    assert disputed[0]["reviewRating"]["alternateName"] == "Disputed"
    assert disputed[0]["itemReviewed"]["author"]["@type"] == "Organization"
    assert "url" not in disputed[0]  # no review URL and no evidence: no made-up url


# --- HTML and Markdown ------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]
        assert not any(k.startswith("on") for k, _ in attrs), attrs

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def test_html_escapes_article_content(engine, desk):
    page = _sheet(engine, "html", statuses=("verified", "disputed"), title="Desk <sheet>")
    parsed = _Elements()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert all(h.startswith("https://") for h in parsed.hrefs)  # javascript: stays text
    assert "https://example.org/sco?x=1&y=2" in parsed.hrefs
    text = "".join(parsed.text)
    assert HTML_QUOTE in text and XI_QUOTE in text and FORMULA_QUOTE in text
    assert "<img src=x onerror=alert(1)>" in text and "javascript:alert(1)" in text
    assert "Zoë Ñúñez" in text and "Desk <sheet>" in text
    assert '<meta charset="utf-8">' in page


def test_markdown_escapes_article_content(engine, desk):
    md = _sheet(engine, "md", statuses=("verified", "disputed"), group_by="speaker")
    assert not re.search(r"(?<!\\)<(script|img|b)\b", md)  # raw HTML only ever escaped
    assert not re.search(r"(?<!\\)\]\(http://x\.y\)", md)  # no link made from article text
    assert "\\<script\\>" in md and "\\*not emphasis\\*" in md and "\\[link\\]" in md
    assert "## Xi Jinping, President of China" in md
    assert f"> “{XI_QUOTE}”" in md  # no punctuation in it needs escaping
    assert "Zoë Ñúñez" in md and "Agence Ø" in md
    assert "javascript:" not in md.replace("javascript:alert(1)", "")  # shown, never a link
    assert "](<javascript" not in md


def test_markdown_unescapes_to_the_exact_quote():
    row = exporters.SheetRow(
        1, 1, "verified", HTML_QUOTE, "direct", "A_B", None, None, 1, "T", None, None, None,
        None, None, None, None, 0, 1,
    )  # fmt: skip
    md = exporters.to_markdown([row])
    line = next(x for x in md.splitlines() if x.startswith("> “"))
    # CommonMark: a backslash before ASCII punctuation stands for that character
    unescaped = line[3:-1].replace("\\", "\x00").replace("\x00\x00", "\\").replace("\x00", "")
    assert unescaped == HTML_QUOTE


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_non_ascii_survives_every_format(engine, desk, fmt):
    data = export_bytes(engine=engine, fmt=fmt, group_by="speaker")
    text = data.decode("utf-8-sig")
    for word in ("Zoë Ñúñez", "“right to development”", "— “verbatim”"):
        assert word in text, (fmt, word)


# --- the CLI ----------------------------------------------------------------------------------


def test_cli_export(engine, desk, db_url, tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    def run(*args: str):
        return CliRunner().invoke(main, ["export", *args, "--db", db_url], catch_exceptions=False)

    result = run("--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["claim_id"] for r in rows] == [str(desk["xi"]), str(desk["formula"]), str(desk["xi"])]
    result = run("--status", "disputed", "--format", "json", "--group-by", "speaker")
    assert json.loads(result.output)["groups"][0]["title"] == "Kremlin"
    result = run("--speaker", "Zoë Ñúñez", "--format", "md", "--title", "Desk")
    assert result.output.startswith("# Desk\n") and "Xi Jinping" not in result.output
    out = tmp_path / "sheet.csv"
    result = run("--article", str(desk["a2"]), "-o", str(out))
    assert result.exit_code == 0 and f"{out}: csv sheet written" in result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    bad = CliRunner().invoke(main, ["export", "--since", "yesterday", "--db", db_url])
    assert bad.exit_code == 1 and bad.output == "Error: not a date: 'yesterday' (use YYYY-MM-DD)\n"


# --- any text in: properties ------------------------------------------------------------------


def _row(text: str, who: str) -> exporters.SheetRow:
    return exporters.SheetRow(
        1, 1, "verified", text, "direct", who, text, None, 1, text, text, None,
        "https://example.org/a", who, None, text, None, 0, len(text),
    )  # fmt: skip


SHEET_TAGS = set("html head meta title style body h1 section h2 blockquote div span br a".split())
_texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=150, deadline=None)
@given(text=_texts, who=_texts)
def test_any_text_round_trips_csv_and_json(text, who):
    row = _row(text, who)
    [back] = list(csv.DictReader(io.StringIO(exporters.to_csv([row]), newline="")))
    expected = exporters.safe_cell(text)
    assert back["quote"] == expected and back["note"] == expected
    assert not back["quote"].startswith(("=", "+", "-", "@"))
    doc = json.loads(exporters.to_json([row]))
    assert doc["groups"][0]["quotes"][0]["quote"] == text
    [review] = json.loads(exporters.to_claimreview([row]))
    assert review["claimReviewed"] == text


@settings(max_examples=150, deadline=None)
@given(text=_texts, who=_texts)
def test_any_text_is_inert_in_html(text, who):
    page = exporters.to_html([_row(text, who)])
    parsed = _Elements()
    parsed.feed(page)
    parsed.close()
    assert set(parsed.tags) <= SHEET_TAGS
    assert all(h == "https://example.org/a" for h in parsed.hrefs)
    assert f"“{text}”" in "".join(parsed.text)


def test_exporters_need_no_database():
    """Layering: the formatters import the standard library only."""
    import subprocess
    import sys

    code = (
        "import sys, factcheck.exporters; "
        "print('sqlmodel' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reported_speech_is_never_printed_as_the_speakers_words(fmt):
    said = "the depot would stay open"
    rows = [
        exporters.SheetRow(
            1, 1, "verified", said, "indirect", "Tom Reed", None, "person", 1, "T", None, None,
            None, None, None, None, None, 0, 1,
        ),
        exporters.SheetRow(
            2, 2, "verified", "We will fight on", "direct", "Tom Reed", None, "person", 1, "T",
            None, None, None, None, None, None, None, 5, 9,
        ),
    ]  # fmt: skip
    sheet = exporters.to_markdown(rows) if fmt == "md" else exporters.to_html(rows)
    assert f"“{said}”" not in sheet and said in sheet
    assert sheet.count("reported speech, not their words") == 1
    assert "“We will fight on”" in sheet
