"""Ingest stores articles and claims once, keeps reviews, and reports bad files in one line."""

from sqlmodel import Session, func, select

from factcheck import services
from factcheck.storage import Article, Claim, Quote
from tests.conftest import SEED


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
