"""Read-only SQL: paired lists of good and bad statements, on SQLite and PostgreSQL.

Every bad statement is refused with a readable InvalidSql, and the database is unchanged
afterwards; the read-only connection holds even when the allow-list is bypassed.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from factcheck import services
from factcheck.errors import FactcheckError, InvalidSql
from factcheck.services import query
from factcheck.services.query import QueryError, QueryTimeout, run_sql, validate_sql_select
from tests.conftest import SEED, SEED_CLAIMS

GOOD = [
    ("SELECT count(*) FROM claims", None),
    ("select count(*) from verified_quotes;", None),
    ("  SELECT 1 AS one ;  ", [(1,)]),
    ("-- the speakers\nSELECT count(*) FROM speaker", None),
    ("/* block */ SELECT 2 AS two", [(2,)]),
    ("WITH s AS (SELECT speaker FROM claims) SELECT count(*) FROM s", None),
    (
        "SELECT 'delete from claim; drop table claim' AS t",
        [("delete from claim; drop table claim",)],
    ),
    ("SELECT count(*) FROM claims WHERE quote LIKE '%update%'", [(0,)]),
    ("SELECT 'it''s; fine' AS t", [("it's; fine",)]),
    ('SELECT "status", count(*) FROM claim GROUP BY "status"', [("unverified", SEED_CLAIMS)]),
    ("VALUES (1, 'Zoë')", [(1, "Zoë")]),
    ("SELECT speaker, count(*) AS n FROM claims GROUP BY speaker ORDER BY n DESC", None),
    ("EXPLAIN SELECT * FROM claim", None),
    ("SELECT 7 % 4 AS rest, 'a%sb' AS pct", [(3, "a%sb")]),
]

BAD = [
    ("DELETE FROM claim", "must be a SELECT"),
    ("WITH x AS (SELECT 1) DELETE FROM claim", "DELETE is not allowed"),
    ("with x as (select id from claim) update claim set status = 'verified'", "UPDATE"),
    ("UPDATE claim SET status = 'verified'", "must be a SELECT"),
    ("INSERT INTO speaker (name, kind) VALUES ('x', 'y')", "must be a SELECT"),
    ("REPLACE INTO speaker (name, kind) VALUES ('x', 'y')", "must be a SELECT"),
    ("DROP TABLE claim", "must be a SELECT"),
    ("SELECT 1; DROP TABLE claim", "one statement"),
    (";DROP TABLE claim", "one statement"),
    ("SELECT 1;;DROP TABLE claim", "one statement"),
    ("select 1; select 2", "one statement"),
    ("SELECT 'x'; DELETE FROM claim", "one statement"),
    ("SELECT 1 /* ; */ ; DELETE FROM claim -- ;", "one statement"),
    ("PRAGMA writable_schema = 1", "must be a SELECT"),
    ("PRAGMA table_info(claim)", "must be a SELECT"),
    (
        "SELECT * FROM pragma_table_info('claim') WHERE 0 UNION SELECT 1,2,3,4,5,6 "
        "FROM (SELECT 1) PRAGMA",
        "PRAGMA",
    ),  # fmt: skip
    ("ATTACH DATABASE '/tmp/evil.sqlite' AS evil", "must be a SELECT"),
    ("SELECT 1 FROM claim WHERE 0; ATTACH '/tmp/evil.sqlite' AS e", "one statement"),
    ("CREATE TABLE evil (a int)", "must be a SELECT"),
    ("SELECT * INTO evil FROM claim", "INTO is not allowed"),
    ("WITH x AS (SELECT 1) INSERT INTO speaker (name, kind) SELECT 'x', 'y'", "INSERT"),
    ("SELECT * FROM claim FOR UPDATE", "UPDATE is not allowed"),
    ("EXPLAIN ANALYZE DELETE FROM claim", "is not allowed"),
    ("VACUUM", "must be a SELECT"),
    ("BEGIN; DELETE FROM claim; COMMIT", "one statement"),
    ("SET default_transaction_read_only = off", "must be a SELECT"),
    ("/* SELECT */ DELETE FROM claim", "must be a SELECT"),
    ("", "empty"),
    ("  ;  ", "empty"),
    ("SELECT 'unterminated", "Unterminated"),
    ("SELECT $$x$$; DELETE FROM claim", "one statement"),
    ("SELECT E'\\'' ; DELETE FROM claim --'", "one statement"),  # PostgreSQL escape string
    ("SELECT $a$; DELETE FROM claim; $a$", "one statement"),  # SQLite sees no dollar quote
    ("SELECT [x; DELETE FROM claim]", "one statement"),  # PostgreSQL sees no [name]
    ("SELECT pg_read_file('/etc/passwd')", "PG_READ_FILE"),
    ("SELECT pg_advisory_lock (1)", "PG_ADVISORY_LOCK"),
    ("SELECT set_config('default_transaction_read_only', 'off', false)", "SET_CONFIG"),
    ("SELECT load_extension('/tmp/evil.so')", "LOAD_EXTENSION"),
]


@pytest.fixture
def loaded(engine):
    """The seed article ingested: SEED_CLAIMS claims, all unverified."""
    list(services.ingest_paths(engine, [SEED]))
    return engine


def _snapshot(engine) -> tuple:
    """Return what a write would change: the tables and views, their row counts, versions."""
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        names = sorted(inspector.get_table_names()), sorted(inspector.get_view_names())
        counts = tuple(
            conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("article", "speaker", "claim", "quote", "review")
        )
        versions = conn.execute(sa.text("SELECT sum(version), min(status) FROM claim")).one()
    return names, counts, tuple(versions)


@pytest.mark.parametrize("sql, expected", GOOD, ids=[g[0][:40] for g in GOOD])
def test_good_sql_runs(loaded, sql, expected):
    result = run_sql(engine=loaded, sql=sql)
    assert result.columns
    if expected is not None:
        assert result.rows == expected


def test_bad_sql_is_refused_and_nothing_changes(loaded):
    before = _snapshot(loaded)
    for sql, message in BAD:
        with pytest.raises(InvalidSql, match=message):
            run_sql(engine=loaded, sql=sql)
    assert _snapshot(loaded) == before


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM claim",
        "UPDATE claim SET status = 'verified'",
        "INSERT INTO speaker (name, kind) VALUES ('x', 'y')",
        "DROP VIEW claims",
        "CREATE TABLE evil (a int)",
    ],
)
def test_connection_is_read_only_even_past_the_allow_list(loaded, monkeypatch, sql):
    """The second layer: with the allow-list switched off, the connection still refuses."""
    monkeypatch.setattr(query, "validate_sql_select", lambda s: s)
    before = _snapshot(loaded)
    with pytest.raises(InvalidSql, match="read-only"):
        run_sql(engine=loaded, sql=sql)
    assert _snapshot(loaded) == before


def test_sqlite_refuses_attach_past_the_allow_list(tmp_path, monkeypatch):
    engine = services_engine(tmp_path)
    monkeypatch.setattr(query, "validate_sql_select", lambda s: s)
    evil = tmp_path / "evil.sqlite"
    with pytest.raises(InvalidSql, match="read-only"):
        run_sql(engine=engine, sql=f"ATTACH DATABASE '{evil}' AS evil")
    with pytest.raises(InvalidSql, match="read-only"):
        run_sql(engine=engine, sql="PRAGMA journal_mode = DELETE")
    assert not evil.exists()
    assert run_sql(engine=engine, sql="SELECT name FROM pragma_table_info('speaker')").rows


def services_engine(tmp_path):
    from factcheck.storage import open_database

    return open_database(f"sqlite:///{tmp_path / 'q.sqlite'}")


def test_time_limit_stops_a_runaway_query(loaded):
    forever = (
        "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r"
    )
    with pytest.raises(QueryTimeout, match="longer than 0.3 s"):
        run_sql(engine=loaded, sql=forever, timeout_s=0.3)
    assert run_sql(engine=loaded, sql="SELECT 1").rows == [(1,)]  # the engine still works


def test_max_rows_truncates(loaded):
    result = run_sql(engine=loaded, sql="SELECT quote_id FROM claims ORDER BY quote_id", max_rows=5)
    assert len(result.rows) == 5 and result.truncated
    result = run_sql(engine=loaded, sql="SELECT quote_id FROM claims", max_rows=100)
    assert len(result.rows) == SEED_CLAIMS and not result.truncated


def test_sql_errors_are_one_readable_line(loaded):
    with pytest.raises(QueryError, match="SQL error:") as info:
        run_sql(engine=loaded, sql="SELECT nosuch FROM claims")
    assert "\n" not in str(info.value)
    with pytest.raises(QueryError, match="SQL error:"):
        run_sql(engine=loaded, sql="SELECT * FROM nosuch_table")
    with pytest.raises(QueryError, match="SQL error:"):
        run_sql(engine=loaded, sql="SELECT * FROM claims WHERE claim_id = $1")


def test_writes_still_work_after_queries(loaded):
    """The pooled connection is handed back as it was: no read-only state leaks into writes."""
    for _ in range(3):
        run_sql(engine=loaded, sql="SELECT count(*) FROM claims")
        with pytest.raises(InvalidSql):
            run_sql(engine=loaded, sql="DELETE FROM claim")
    with Session(loaded) as session:
        claim = services.review_claim(session=session, claim_id=1, status="verified", reviewer="A")
    assert claim.status == "verified"
    assert run_sql(engine=loaded, sql="SELECT count(*) FROM verified_quotes").rows == [(1,)]


def test_in_memory_sqlite_is_read_only_too(memory_engine, monkeypatch):
    list(services.ingest_paths(memory_engine, [SEED]))
    assert run_sql(engine=memory_engine, sql="SELECT count(*) FROM claim").rows == [(SEED_CLAIMS,)]
    monkeypatch.setattr(query, "validate_sql_select", lambda s: s)
    with pytest.raises(InvalidSql, match="read-only"):
        run_sql(engine=memory_engine, sql="DELETE FROM claim")
    monkeypatch.undo()
    with Session(memory_engine) as session:  # query_only was switched off again
        services.review_claim(session=session, claim_id=1, status="disputed", reviewer="A")
    assert run_sql(engine=memory_engine, sql="SELECT count(*) FROM claim").rows == [(SEED_CLAIMS,)]


def test_validate_keeps_the_statement():
    assert validate_sql_select("SELECT 1;  \n") == "SELECT 1"
    assert validate_sql_select("select ';' as x") == "select ';' as x"
    assert issubclass(InvalidSql, FactcheckError)


# --- the CLI and the docs ---------------------------------------------------------------------


def test_cli_sql(loaded, db_url):
    import json

    from click.testing import CliRunner

    from factcheck.cli import main

    def run(*args: str):
        return CliRunner().invoke(main, ["sql", *args, "--db", db_url])

    result = run("SELECT status, count(*) AS n FROM claims GROUP BY status")
    assert result.exit_code == 0
    assert result.output == f"status      n\n----------  --\nunverified  {SEED_CLAIMS}\n"
    result = run("SELECT quote_id, quote FROM claims ORDER BY quote_id", "--format", "json")
    assert len(json.loads(result.output)) == SEED_CLAIMS
    result = run("SELECT '=1+1' AS f, 'Zoë' AS name", "--format", "csv")
    assert result.output.replace("\r\n", "\n") == "f,name\n'=1+1,Zoë\n"
    result = run("SELECT quote_id FROM claims", "--max-rows", "3", "--format", "csv")
    assert result.output.count("\n") == 4 + 1  # header, 3 rows, the note on stderr
    assert "only the first 3 rows" in result.output
    for bad in ("DELETE FROM claim", "WITH x AS (SELECT 1) DELETE FROM claim", ";DROP TABLE claim"):
        refused = run(bad)
        assert refused.exit_code == 1
        assert refused.output.startswith("Error: ") and refused.output.count("\n") == 1
    assert run("SELECT count(*) FROM claim").output.endswith(f"{SEED_CLAIMS}\n")


def test_schema_doc_examples_run(loaded):
    """Every example query in docs/SCHEMA.md runs (the SQLite date one only on SQLite)."""
    import re

    from tests.conftest import ROOT

    doc = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", doc, re.DOTALL)
    statements = [s.strip() for b in blocks for s in b.split(";") if s.strip()]
    assert len(statements) >= 5
    for sql in statements:
        if "date('now'" in sql and loaded.dialect.name != "sqlite":
            continue
        run_sql(engine=loaded, sql=sql)


def test_describe_schema_lists_views_first(loaded):
    from factcheck.services.query import describe_schema

    found = describe_schema(engine=loaded)
    assert [(name, kind) for name, kind, _ in found[:3]] == [
        ("claims", "view"),
        ("verified_quotes", "view"),
        ("article", "table"),
    ]
    claims_columns = dict((n, c) for n, _, c in found)["claims"]
    assert claims_columns[:3] == ["quote_id", "claim_id", "quote"]
