"""Query: read-only SQL over the claim database, for analysts (CLI ``sql`` and the dashboard).

Read-only by construction, in three layers (after Datasette's ``database.py`` and
``utils.validate_sql_select``):

1. an allow-list: one statement, starting with SELECT, WITH, VALUES or EXPLAIN, and none of
   the words that write, attach files or change settings outside string literals;
2. a connection that cannot write: on SQLite a separate ``file:...?mode=ro`` connection with an
   authorizer that refuses ATTACH and non-reading PRAGMAs; on PostgreSQL a READ ONLY
   transaction that is always rolled back;
3. a time limit: SQLite's progress handler, PostgreSQL's ``statement_timeout``.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from factcheck.errors import FactcheckError, InvalidSql

DEFAULT_TIMEOUT_S = 5.0


class QueryError(FactcheckError):
    """A read-only query failed: bad syntax, an unknown table or column, or the time limit."""


class QueryTimeout(QueryError):
    """A query ran longer than its time limit and was stopped."""


@dataclass
class QueryResult:
    """The columns and rows of a query; ``truncated`` when rows beyond ``max_rows`` were cut."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool = False
    elapsed_s: float = 0.0
    notes: list[str] = field(default_factory=list)


# --- the allow-list ---------------------------------------------------------------------------

_ALLOWED_START = re.compile(r"^(select|with|values|explain)\b")
# Words that have no business in a read-only query. Matched on the statement with its string
# literals, quoted identifiers and comments blanked out, so `WHERE note LIKE '%delete%'` passes.
_FORBIDDEN = re.compile(
    r"\b(insert|update|delete|merge|upsert|replace\s+into|drop|create|alter|truncate|attach|"
    r"detach|pragma|vacuum|reindex|analyze|grant|revoke|copy|into|lock|call|do|set|reset|"
    r"begin|commit|rollback|savepoint|release|prepare|execute|listen|notify|load|"
    r"refresh|cluster|checkpoint|discard)\b"
)
# Functions that read server files, hold locks past the query, signal other sessions or change
# settings: harmless to the data inside a read-only transaction, but not for an analyst's query.
_FORBIDDEN_FUNCTIONS = re.compile(
    r"\b(pg_read_file|pg_read_binary_file|pg_ls_\w+|pg_stat_file|lo_\w+|dblink\w*|"
    r"pg_advisory\w*|pg_try_advisory\w*|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|"
    r"pg_rotate_logfile|pg_promote|pg_notify|set_config|load_extension|readfile|writefile)\s*\("
)
# SQLite's read-only pragma functions (`SELECT * FROM pragma_table_info('claim')`) are fine.
_READ_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "collation_list",
        "function_list",
        "database_list",
    }
)


def _skeleton(sql: str, *, postgres: bool) -> str:
    """Return ``sql`` lower-cased with comments, string literals and quoted names blanked.

    The two databases quote differently: SQLite also quotes names with ``[...]`` and
    backticks; PostgreSQL has ``$tag$`` strings and ``E'...'`` strings with backslash escapes.
    The check runs once with each reading, so text hidden from one reading is seen by the other.
    """
    out: list[str] = []
    i, n = 0, len(sql)
    quotes = "'\"" if postgres else "'\"`["
    while i < n:
        ch = sql[i]
        if ch == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        elif ch == "/" and sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif ch in quotes:
            close = "]" if ch == "[" else ch
            backslash = postgres and ch == "'" and _e_string(sql, i)
            j = i + 1
            while True:
                if j >= n:
                    raise InvalidSql("Unterminated quote in the query")
                if backslash and sql[j] == "\\":
                    j += 2
                    continue
                if sql[j] != close:
                    j += 1
                    continue
                if close != "]" and sql.startswith(close * 2, j):
                    j += 2  # a doubled quote is an escaped quote
                    continue
                break
            out.append(" 'x' " if ch == "'" else " name ")
            i = j + 1
        elif postgres and ch == "$" and (m := _DOLLAR.match(sql, i)):
            tag = m.group(0)
            j = sql.find(tag, i + len(tag))
            if j < 0:
                raise InvalidSql("Unterminated dollar-quoted string in the query")
            out.append(" 'x' ")
            i = j + len(tag)
        else:
            out.append(ch.lower())
            i += 1
    return "".join(out)


_DOLLAR = re.compile(r"\$([a-z_]\w*)?\$", re.IGNORECASE)


def _e_string(sql: str, i: int) -> bool:
    """Return whether the quote at ``i`` opens a PostgreSQL E'...' (escape) string."""
    return (
        i > 0 and sql[i - 1] in "eE" and not (i > 1 and (sql[i - 2].isalnum() or sql[i - 2] == "_"))
    )


def validate_sql_select(sql: str) -> str:
    """Return the statement without trailing semicolons; raise InvalidSql unless read-only."""
    for postgres in (False, True):
        skeleton = _skeleton(sql, postgres=postgres).strip()
        stripped = skeleton.rstrip("; \t\r\n")
        if not stripped:
            raise InvalidSql("The query is empty")
        if ";" in stripped:
            raise InvalidSql("Only one statement at a time: remove the ';' between statements")
        if not _ALLOWED_START.match(stripped):
            raise InvalidSql("Statement must be a SELECT (or WITH ... SELECT, VALUES, EXPLAIN)")
        bad = _FORBIDDEN.search(stripped) or _FORBIDDEN_FUNCTIONS.search(stripped)
        if bad:
            word = " ".join(bad.group(1).split()).upper()
            raise InvalidSql(f"Statement must be read-only: {word} is not allowed")
    return sql.strip().rstrip("; \t\r\n")


# --- running --------------------------------------------------------------------------------


def run_sql(
    *,
    engine: Engine,
    sql: str,
    max_rows: int | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> QueryResult:
    """Run one read-only statement and return its columns and rows (at most ``max_rows``).

    Raises InvalidSql for anything that would write or is not a single query, QueryTimeout
    past ``timeout_s`` seconds, and QueryError for other failures (syntax, unknown names).
    """
    statement = validate_sql_select(sql)
    started = time.monotonic()
    if engine.dialect.name == "sqlite":
        result = _run_sqlite(engine, statement, max_rows, timeout_s)
    elif engine.dialect.name == "postgresql":
        result = _run_postgres(engine, statement, max_rows, timeout_s)
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise QueryError(f"SQL queries are not supported on {engine.dialect.name}")
    result.elapsed_s = time.monotonic() - started
    return result


SCHEMA_OBJECTS: tuple[str, ...] = (
    "claims",
    "verified_quotes",
    "article",
    "speaker",
    "claim",
    "quote",
    "review",
)


def describe_schema(*, engine: Engine) -> list[tuple[str, str, list[str]]]:
    """Return (name, "view" or "table", column names) for what analysts query, views first."""
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        views = set(inspector.get_view_names())
        tables = set(inspector.get_table_names())
        found = []
        for name in SCHEMA_OBJECTS:
            if name in views or name in tables:
                columns = [c["name"] for c in inspector.get_columns(name)]
                found.append((name, "view" if name in views else "table", columns))
    return found


def _fetch(cursor, max_rows: int | None) -> QueryResult:  # noqa: ANN001
    columns = [d[0] for d in cursor.description or ()]
    if max_rows is None:
        rows = [tuple(r) for r in cursor.fetchall()]
        return QueryResult(columns, rows)
    rows = [tuple(r) for r in cursor.fetchmany(max_rows + 1)]
    truncated = len(rows) > max_rows
    return QueryResult(columns, rows[:max_rows], truncated)


def _sqlite_path(engine: Engine) -> str | None:
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return database


def _authorizer(action: int, arg1: str | None, *_: Any) -> int:
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() not in _READ_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _deadline_handler(timeout_s: float) -> Callable[[], int]:
    deadline = time.monotonic() + timeout_s

    def handler() -> int:
        return 1 if time.monotonic() > deadline else 0  # non-zero interrupts the query

    return handler


def _run_sqlite(engine: Engine, sql: str, max_rows: int | None, timeout_s: float) -> QueryResult:
    path = _sqlite_path(engine)
    raw = None
    if path is not None:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=timeout_s, check_same_thread=False)
        except sqlite3.Error as exc:
            raise QueryError(f"cannot open the database read-only: {exc}") from exc
    else:
        # an in-memory database has no file to open twice: borrow its connection, read-only
        raw = engine.raw_connection()
        conn = raw.driver_connection
        conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_authorizer)
    conn.set_progress_handler(_deadline_handler(timeout_s), 1000)
    try:
        cursor = conn.execute(sql)
        return _fetch(cursor, max_rows)
    except sqlite3.ProgrammingError as exc:
        if "one statement" in str(exc):
            raise InvalidSql(f"Only one statement at a time: {exc}") from exc
        raise QueryError(f"SQL error: {exc}") from exc  # e.g. a ? placeholder with no value
    except sqlite3.Error as exc:
        message = str(exc)
        if "interrupted" in message:
            raise QueryTimeout(_too_long(timeout_s)) from exc
        if "not authorized" in message or "readonly" in message:
            raise InvalidSql(f"Statement must be read-only: {message}") from exc
        raise QueryError(f"SQL error: {message}") from exc
    finally:
        conn.set_progress_handler(None, 0)
        conn.set_authorizer(None)
        if raw is None:
            conn.close()
        else:  # a SELECT opened no transaction: nothing to roll back on the shared connection
            conn.execute("PRAGMA query_only = OFF")
            raw.close()


def _run_postgres(engine: Engine, sql: str, max_rows: int | None, timeout_s: float) -> QueryResult:
    import psycopg

    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.rollback()  # start from a clean slate: the next statement opens our transaction
        with conn.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(f"SET LOCAL statement_timeout = {max(1, int(timeout_s * 1000))}")
            try:
                cur.execute(sql)  # no parameters: psycopg sends the text as is, `%` included
                return _fetch(cur, max_rows)
            except psycopg.errors.QueryCanceled as exc:
                raise QueryTimeout(_too_long(timeout_s)) from exc
            except psycopg.errors.ReadOnlySqlTransaction as exc:
                raise InvalidSql(f"Statement must be read-only: {_pg_message(exc)}") from exc
            except psycopg.Error as exc:
                raise QueryError(f"SQL error: {_pg_message(exc)}") from exc
    finally:
        try:
            raw.driver_connection.rollback()
        finally:
            raw.close()


def _pg_message(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or ["unknown error"])[0]


def _too_long(timeout_s: float) -> str:
    return f"The query took longer than {timeout_s:g} s and was stopped; narrow it down"
