"""Readers: plain text, HTML through trafilatura, JSON Lines; one clear error per bad input."""

import json

import pytest

from factcheck.errors import InputError
from factcheck.parsing import extract_quotes
from factcheck.readers import format_of, iter_articles, read_bytes, read_file
from tests.conftest import FIXTURES

HTML = FIXTURES / "ingest" / "minister_resigns.html"
JSONL = FIXTURES / "ingest" / "wire_batch.jsonl"


def test_plain_text_headline_and_byline():
    [a] = read_bytes(b"Port strike ends\nby Ana Ruiz\n\nBody text.\n", "x.txt")
    assert (a.title, a.byline, a.warning) == ("Port strike ends", "Ana Ruiz", None)


def test_cp1252_is_decoded_and_said():
    [a] = read_bytes("Title\n\n“Café,” Müller said.".encode("cp1252"), "old.txt")
    assert "Café" in a.text and a.warning == "not UTF-8, decoded as cp1252"


def test_html_article_text_and_metadata_come_from_trafilatura():
    [a] = read_bytes(HTML.read_bytes(), str(HTML))
    assert a.title == "Minister resigns over budget row"
    assert a.byline == "Lois Lane"
    assert a.publication == "Daily Planet"
    assert a.published == "2026-03-04"
    assert a.url == "https://planet.example/2026/03/minister-resigns"
    assert "Home" not in a.text and "Privacy" not in a.text  # menus and footers are dropped
    assert "<p>" not in a.text and "&ldquo;" not in a.text
    quotes = extract_quotes(a.text)
    assert quotes, "the extracted text keeps its quotes"
    assert all(a.text[q.start : q.end] == q.text for q in quotes)  # offsets into stored text


def test_html_without_an_article_is_one_line():
    page = b"<html><head><title>Login</title></head><body><nav>Home</nav></body></html>"
    with pytest.raises(InputError) as err:
        read_bytes(page, "login.html")
    assert str(err.value) == "login.html: skipped, no article text found in the page"


def test_jsonl_gives_one_article_a_line_and_one_error_per_bad_line(tmp_path):
    good = json.loads(JSONL.read_text(encoding="utf-8").splitlines()[0])
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join([json.dumps(good), "{not json", json.dumps({"title": "no text"}), "[1, 2]", ""]),
        encoding="utf-8",
    )
    items = read_file(batch)
    assert len(items) == 4
    article, *errors = items
    assert article.source == f"{batch}:1" and article.publication == "Wire Service"
    assert article.url == "https://wire.example/port-strike" and article.published == "2026-04-01"
    assert [str(e) for e in errors] == [
        f"{batch}:2: skipped, not valid JSON (Expecting property name enclosed in double quotes)",
        f'{batch}:3: skipped, no "text" in the record',
        f"{batch}:4: skipped, not a JSON object",
    ]
    with pytest.raises(InputError):
        read_bytes(batch.read_bytes(), str(batch))  # the upload path refuses a broken batch


@pytest.mark.parametrize(
    ("name", "data", "content_type", "expected"),
    [
        ("a.html", b"whatever", None, "html"),
        ("a.HTM", b"whatever", None, "html"),
        ("a.jsonl", b"whatever", None, "jsonl"),
        ("a.txt", b"<html>", None, "text"),
        ("<stdin>", b"  <!DOCTYPE html><html>", None, "html"),
        ("<stdin>", b'{"text": "x"}', None, "jsonl"),
        ("<stdin>", b"Headline\n\nBody", None, "text"),
        ("https://x.example/story", b"Body", "text/html; charset=utf-8", "html"),
        ("https://x.example/feed.jsonl?page=2", b"", None, "jsonl"),
    ],
)
def test_format_by_suffix_content_type_or_first_bytes(name, data, content_type, expected):
    assert format_of(name, data, content_type) == expected


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "skipped, the file is empty"),
        (b"  \n\t\n", "skipped, the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "skipped, it is a binary file, not text"),
        (b"Late NUL\n" + b"x" * 10000 + b"\x00", "skipped, it is a binary file, not text"),
    ],
)
def test_bad_text_inputs_are_one_line(data, problem):
    [item] = list(iter_articles(data, "bad.txt"))
    assert isinstance(item, InputError) and str(item) == f"bad.txt: {problem}"


def test_size_limit_names_the_file():
    data = b"x" * (3 * 1024 * 1024 + 200_000)
    [item] = list(iter_articles(data, "big.txt", max_bytes=2 * 1024 * 1024))
    assert str(item) == "big.txt: skipped, the file is 3.2 MB, over the 2 MB limit"


def test_latin1_when_not_cp1252():
    # 0x81 is undefined in cp1252, so this can only be Latin-1
    [a] = read_bytes(b"Title\n\nNa\xefve \x81 text", "latin.txt")
    assert a.warning == "not UTF-8, decoded as Latin-1" and "Naïve" in a.text
