"""Ingest stores articles and claims once, keeps reviews, and reports bad files in one line."""

import json
import subprocess
import sys

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, func, select

from factcheck import services
from factcheck.cli import main
from factcheck.readers import ArticleInput
from factcheck.storage import Article, Claim, Quote, Review
from tests.conftest import FIXTURES, ROOT, SEED


def _count(session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_seed_is_stored_with_offsets(engine):
    [result] = services.ingest_paths(engine, [SEED])
    assert result.status == "new" and result.quotes > 0
    with Session(engine) as session:
        article = session.exec(select(Article)).one()
        assert article.title.startswith("SCO Summit")
        assert article.byline == "Sededin Dedovic"
        quotes = session.exec(select(Quote)).all()
        assert len(quotes) == result.quotes
        assert all(article.text[q.start : q.end] == q.text for q in quotes)


def test_reingest_changes_nothing_and_keeps_reviews(engine):
    list(services.ingest_paths(engine, [SEED]))
    with Session(engine) as session:
        claim_id = session.exec(select(Claim.id)).first()
        services.review_claim(session=session, claim_id=claim_id, status="verified", reviewer="Ana")
        before = (_count(session, Article), _count(session, Claim), _count(session, Quote))
    [again] = services.ingest_paths(engine, [SEED])
    assert again.status == "unchanged"
    with Session(engine) as session:
        assert (_count(session, Article), _count(session, Claim), _count(session, Quote)) == before
        assert session.get(Claim, claim_id).status == "verified"


def test_bad_files_fail_in_one_line_and_the_rest_is_ingested(engine, tmp_path):
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (tmp_path / "c_good.txt").write_text('Headline\n\n"We will win," Smith said.\n')
    (tmp_path / "d_cp1252.txt").write_bytes("Title\n\n“Café,” Müller said.".encode("cp1252"))
    results = {r.source.rsplit("/", 1)[-1]: r for r in services.ingest_paths(engine, [tmp_path])}
    assert results["a_empty.txt"].status == "failed"
    assert results["a_empty.txt"].message.endswith("a_empty.txt: skipped, the file is empty")
    assert results["b_binary.txt"].status == "failed"
    assert "binary" in results["b_binary.txt"].message
    assert "\n" not in results["b_binary.txt"].message
    assert results["c_good.txt"].status == "new"
    assert results["d_cp1252.txt"].status == "new"
    assert "cp1252" in results["d_cp1252.txt"].message
    with Session(engine) as session:
        texts = session.exec(select(Article.text)).all()
    assert any("Café" in t for t in texts)


def test_oversized_file_is_refused(engine, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    [result] = services.ingest_paths(engine, [big], max_bytes=100)
    assert result.status == "failed" and "over the" in result.message


# --- corrected articles, wire copies, formats, bad input -----------------------------------

PARAS = {
    "a": '"We will balance the budget by next year," Maria Keller said.',
    "b": '"The plan has no support in parliament," Tom Baptiste said.',
    "c": '"Nobody asked the regions what they need," Anil Mehta said.',
    "d": '"The figures were checked twice," Sara Lindgren said.',
}


def _story(*keys: str, title: str = "Budget row deepens") -> str:
    return "\n\n".join([title, *(PARAS[k] for k in keys)]) + "\n"


def _claim_id(session, text_start: str) -> int:
    return session.exec(select(Claim.id).where(Claim.text.startswith(text_start))).one()


def _ingest(session, text: str, url: str | None = "https://news.example/budget", **kw):
    return services.ingest_article(
        session=session, article=ArticleInput(text=text, source="test", url=url, **kw)
    )


def test_corrected_article_keeps_reviews_and_reports_changes(session):
    first = _ingest(session, _story("a", "b", "c"))
    assert first.status == "new" and first.quotes == 3
    a, c = _claim_id(session, "We will balance"), _claim_id(session, "Nobody asked")
    services.review_claim(session=session, claim_id=a, status="verified", reviewer="Ana")
    services.review_claim(session=session, claim_id=c, status="disputed", reviewer="Ana")

    second = _ingest(session, _story("a", "b", "d"))  # same URL: c removed, d added
    assert second.status == "updated"
    assert second.line() == (
        "test: updated to version 2: 2 claims kept (1 reviewed), 1 new, 1 gone (reviewed: disputed)"
    )
    session.expire_all()
    v1, v2 = session.get(Article, first.article_id), session.get(Article, second.article_id)
    assert (v1.is_current, v2.is_current, v2.version, v2.previous_id) == (False, True, 2, v1.id)
    assert session.get(Claim, a).status == "verified"  # the review moved with the quote
    assert session.get(Claim, c).status == "disputed"  # gone, never deleted
    quote_a = session.exec(
        select(Quote).where(Quote.claim_id == a, Quote.article_id == v2.id)
    ).one()
    assert v2.text[quote_a.start : quote_a.end] == quote_a.text

    changes = services.article_changes(session=session, article_id=v2.id)
    assert sorted(r.text[:6] for r in changes.kept) == ["The pl", "We wil"]
    assert [(r.text[:6], r.status) for r in changes.gone] == [("Nobody", "disputed")]
    assert [r.text[:6] for r in changes.new] == ["The fi"]
    gone = services.disappeared_claims(session=session)
    assert [(r.id, r.reviewed) for r in gone] == [(c, True)]

    again = _ingest(session, _story("a", "b", "d"))
    assert again.status == "unchanged" and again.article_id == v2.id
    assert again.line() == f"test: unchanged, already stored as article {v2.id}"
    old = _ingest(session, _story("a", "b", "c"))  # yesterday's text again: no step back
    assert old.status == "unchanged" and old.article_id == v1.id
    session.expire_all()
    assert session.get(Article, v2.id).is_current
    assert [r.reviewed for r in services.disappeared_claims(session=session, reviewed_only=True)]


def test_an_edited_quote_is_shown_as_changed(session):
    _ingest(session, _story("a", "b"))
    old = _claim_id(session, "The plan has")
    services.review_claim(session=session, claim_id=old, status="disputed", reviewer="Ana")
    edited = _story("a").replace(
        "\n", "\n\n" + PARAS["b"].replace("no support", "little support"), 1
    )
    result = _ingest(session, edited + "\n" + PARAS["c"])
    changes = services.article_changes(session=session, article_id=result.article_id)
    [(gone, new)] = changes.changed
    assert (gone.id, gone.status) == (old, "disputed")
    assert new.text.startswith("The plan has little support") and new.status == "unverified"
    assert sorted(r.text[:6] for r in changes.new) == ["Nobody", "The pl"]  # changed ones too


def test_correction_found_by_headline_and_publication(session):
    _ingest(session, _story("a"), url=None, title="Budget row", publication="Gazette")
    other = _ingest(session, _story("a", "b"), url=None, title="Budget row", publication="Post")
    assert other.status == "new"  # another paper's story is not a correction
    fixed = _ingest(session, _story("a", "c"), url=None, title="Budget row", publication="Gazette")
    assert fixed.status == "updated" and fixed.changes.version == 2


def test_wire_copies_share_one_claim_and_its_decision(engine):
    results = list(services.ingest_paths(engine, [FIXTURES / "ingest" / "wire_batch.jsonl"]))
    assert [r.status for r in results] == ["new", "new"]
    with Session(engine) as session:
        claim = _claim_id(session, "The deal is fair")
        places = session.exec(select(Quote.article_id).where(Quote.claim_id == claim)).all()
        assert sorted(places) == sorted(r.article_id for r in results)
        services.review_claim(session=session, claim_id=claim, status="verified", reviewer="Ana")
        detail = services.claim_detail(session=session, claim_id=claim)
        assert len(detail.appearances) == 2
        assert {ap.article.publication for ap in detail.appearances} == {"Wire Service", "Gazette"}
        for article_id in places:  # the decision shows in both articles
            shown = session.exec(
                select(Claim.status)
                .join(Quote, Quote.claim_id == Claim.id)
                .where(Quote.article_id == article_id, Claim.text.startswith("The deal"))
            ).one()
            assert shown == "verified"


def test_html_jsonl_and_text_in_one_folder(memory_engine, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.html").write_bytes(
        (FIXTURES / "ingest" / "minister_resigns.html").read_bytes()
    )
    (tmp_path / "wire.jsonl").write_bytes((FIXTURES / "ingest" / "wire_batch.jsonl").read_bytes())
    (tmp_path / "note.txt").write_text(_story("a"), encoding="utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF-1.4")
    results = list(services.ingest_paths(memory_engine, [tmp_path]))
    assert [(r.source.removeprefix(str(tmp_path)), r.status) for r in results] == [
        ("/note.txt", "new"),
        ("/sub/page.html", "new"),
        ("/wire.jsonl:1", "new"),
        ("/wire.jsonl:2", "new"),
    ]
    with Session(memory_engine) as session:
        for article in session.exec(select(Article)).all():
            quotes = session.exec(select(Quote).where(Quote.article_id == article.id)).all()
            assert all(article.text[q.start : q.end] == q.text for q in quotes)


def test_every_bad_input_is_one_line_and_nothing_is_half_stored(memory_engine, tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c_big.txt").write_bytes(b"word " * 50_000)
    (tmp_path / "d_nav.html").write_bytes(b"<html><body><nav>Home | World</nav></body></html>")
    (tmp_path / "e_unbalanced.txt").write_text(
        'Title\n\n"This never closes, Smith said.\n\nAnd "this" one is "fine," Lee said.\n'
    )
    (tmp_path / "f_latin1.txt").write_bytes("Título\n\n“Olá,” disse Conceição.".encode("cp1252"))
    (tmp_path / "g_batch.jsonl").write_text('{"text": ""}\n{"text": "Fine line here"}\n')
    results = list(services.ingest_paths(memory_engine, [tmp_path], max_bytes=2**20 // 10))
    lines = {r.source.removeprefix(str(tmp_path) + "/"): (r.status, r.line()) for r in results}
    p = str(tmp_path) + "/"
    assert lines == {
        "a_empty.txt": ("failed", f"{p}a_empty.txt: skipped, the file is empty"),
        "b_binary.txt": ("failed", f"{p}b_binary.txt: skipped, it is a binary file, not text"),
        "c_big.txt": (
            "failed",
            f"{p}c_big.txt: skipped, the file is 0.2 MB, over the 0.1 MB limit",
        ),
        "d_nav.html": ("failed", f"{p}d_nav.html: skipped, no article text found in the page"),
        "e_unbalanced.txt": lines["e_unbalanced.txt"],
        "f_latin1.txt": lines["f_latin1.txt"],
        "g_batch.jsonl:1": ("failed", f'{p}g_batch.jsonl:1: skipped, no "text" in the record'),
        "g_batch.jsonl:2": lines["g_batch.jsonl:2"],
    }
    assert lines["e_unbalanced.txt"][0] == "new"
    assert lines["f_latin1.txt"][1].endswith("(not UTF-8, decoded as cp1252)")
    assert all("\n" not in line for _s, line in lines.values())
    with Session(memory_engine) as session:
        assert _count(session, Article) == 3
        for article in session.exec(select(Article)).all():
            quotes = session.exec(select(Quote).where(Quote.article_id == article.id)).all()
            assert len(quotes) == len({(q.start) for q in quotes})
            assert all(article.text[q.start : q.end] == q.text for q in quotes)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
    )
    | st.lists(
        st.sampled_from(['"', "“", "”", "said", " ", "Smith", "\n", ",", "he", "«", "»", "x"]),
        min_size=1,
    ).map("".join)
)
def test_any_text_ingests_without_crash_and_with_offsets_in_bounds(memory_engine, text):
    with Session(memory_engine) as session:
        result = _ingest(session, text, url=None)
        assert result.status in ("new", "unchanged")
        article = session.get(Article, result.article_id)
        assert article.text == text
        for q in session.exec(select(Quote).where(Quote.article_id == article.id)).all():
            assert 0 <= q.start <= q.end <= len(text)
            assert text[q.start : q.end] == q.text


def test_cli_reads_stdin_and_reports_versions(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    run = CliRunner()
    record = {"text": _story("a", "b"), "url": "https://news.example/x", "title": "Budget"}
    first = run.invoke(main, ["ingest", "-", "--db", db], input=json.dumps(record) + "\n")
    assert first.exit_code == 0, first.output
    assert (
        first.output
        == "<stdin>:1: new, 2 quotes\n1 new, 0 unchanged, 0 updated, 0 failed; 2 quotes found\n"
    )
    record["text"] = _story("a", "c")
    second = run.invoke(main, ["ingest", "-", "--db", db], input=json.dumps(record))
    assert second.output.splitlines()[0] == (
        "<stdin>:1: updated to version 2: 1 claim kept (0 reviewed), 1 new, 1 gone"
    )
    plain = run.invoke(main, ["ingest", "-", "--db", db], input=_story("d"))
    assert plain.output.startswith("<stdin>: new, 1 quote\n")


def test_cli_max_size_and_exit_code(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    big = tmp_path / "big.txt"
    big.write_text("word " * 400_000)  # 2 MB
    good = tmp_path / "good.txt"
    good.write_text(_story("a"))
    result = CliRunner().invoke(
        main, ["ingest", str(big), str(good), "--max-size", "1", "--db", db]
    )
    assert result.exit_code == 1
    assert f"{big}: skipped, the file is 1.9 MB, over the 1 MB limit\n" in result.output
    assert result.output.endswith("1 new, 0 unchanged, 0 updated, 1 failed; 1 quote found\n")


def test_progress_on_stderr_only_when_asked(tmp_path):
    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(_story("a", title=f"Story {n}"))
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    cmd = [sys.executable, "-m", "factcheck.cli", "ingest", str(tmp_path), "--db", db]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    quiet = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    assert quiet.returncode == 0 and quiet.stderr == ""  # not a terminal: no meter
    db2 = f"sqlite:///{tmp_path / 'cli2.sqlite'}"
    loud = subprocess.run(
        [*cmd[:-1], db2, "--progress"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert loud.returncode == 0
    assert "3/3 inputs" in loud.stderr and "/s" in loud.stderr and "left" in loud.stderr
    assert "inputs" not in loud.stdout


def test_reviews_survive_a_reingest_of_a_whole_folder(memory_engine, tmp_path):
    for n in range(20):  # enough for the worker pool
        (tmp_path / f"s{n:02}.txt").write_text(_story("a", "b", title=f"Story {n}"))
    list(services.ingest_paths(memory_engine, [tmp_path], workers=2))
    with Session(memory_engine) as session:
        claim = _claim_id(session, "We will balance")
        services.review_claim(session=session, claim_id=claim, status="verified", reviewer="Ana")
        assert _count(session, Quote) == 40 and _count(session, Claim) == 2
    again = list(services.ingest_paths(memory_engine, [tmp_path], workers=2))
    assert {r.status for r in again} == {"unchanged"}
    with Session(memory_engine) as session:
        assert session.get(Claim, claim).status == "verified"
        assert _count(session, Review) == 1 and _count(session, Quote) == 40


def test_two_versions_in_one_batch(memory_engine, tmp_path):
    url = "https://news.example/budget"
    lines = [{"text": _story("a", "b"), "url": url}, {"text": _story("a", "c"), "url": url}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in lines))
    first, second = services.ingest_paths(memory_engine, [tmp_path / "feed.jsonl"])
    assert (first.status, second.status) == ("new", "updated")
    assert second.changes.describe() == (
        "updated to version 2: 1 claim kept (0 reviewed), 1 new, 1 gone"
    )
    with Session(memory_engine) as session:
        current = session.exec(select(Article).where(Article.is_current)).one()
        assert current.id == second.article_id and current.previous_id == first.article_id


def test_a_big_jsonl_batch_is_shared_by_workers_with_true_line_numbers(memory_engine, tmp_path):
    lines = [
        json.dumps({"text": f"Story {n}\n\n" + PARAS["abcd"[n % 4]] + " " + "x" * 200})
        for n in range(1500)
    ]
    lines[776] = "{broken"
    batch = tmp_path / "big.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tasks = services.make_tasks([batch])
    assert len(tasks) > 1 and all(t.kind == "jsonl" for t in tasks)
    results = list(services.ingest_paths(memory_engine, [batch], workers=2))
    assert [r.source for r in results] == [f"{batch}:{n}" for n in range(1, 1501)]
    assert [r.status for r in results].count("new") == 1499
    assert results[776].line().startswith(f"{batch}:777: skipped, not valid JSON")


def test_a_dead_worker_does_not_lose_inputs(memory_engine, tmp_path, monkeypatch):
    import os
    import signal as sig

    from factcheck.services import ingest as ingest_module

    for n in range(24):
        (tmp_path / f"s{n:02}.txt").write_text(_story("a", title=f"Story {n}"))
    real = ingest_module.prepare
    parent = os.getpid()

    def dies_once(task, options):  # the first worker to read s05 is killed, as by the OOM killer
        if task.source.endswith("s05.txt") and os.getpid() != parent:
            os.kill(os.getpid(), sig.SIGKILL)
        return real(task, options)

    monkeypatch.setattr(ingest_module, "prepare", dies_once)
    results = list(services.ingest_paths(memory_engine, [tmp_path], workers=2))
    assert [r.status for r in results] == ["new"] * 24
    assert [r.source for r in results] == [str(tmp_path / f"s{n:02}.txt") for n in range(24)]


def test_a_folder_without_articles_is_one_line(memory_engine, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF")
    [result] = services.ingest_paths(memory_engine, [tmp_path / "empty"])
    assert result.status == "failed"
    kinds = ".htm, .html, .jsonl, .md, .text, .txt"
    assert result.message == f"{tmp_path / 'empty'}: skipped, no {kinds} files in the folder"
