"""Engine factory and schema upgrades (Alembic migrations kept under db/migrations)."""

from __future__ import annotations

import time
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from factcheck.errors import DatabaseError

_LOCK = 0x66616374  # advisory lock key for schema upgrades ("fact")
MIGRATIONS = Path(__file__).resolve().parents[2] / "db" / "migrations"


def make_engine(url: str) -> Engine:
    """Return an engine for ``url``; SQLite gets foreign keys, WAL and a busy timeout."""
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    memory = url in ("sqlite://", "sqlite:///:memory:")
    if not memory:
        path = sa.engine.make_url(url).database
        if path and not path.startswith("file:"):
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        poolclass=StaticPool if memory else None,
    )

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    return engine


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """Return the newest migration this version of the tool knows."""
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _schema_state(engine: Engine) -> tuple[str | None, set[str]]:
    """Return the schema revision stored in the database and the names of its tables."""
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            return current, set(sa.inspect(conn).get_table_names())
    except sa.exc.OperationalError as exc:
        raise DatabaseError(f"cannot open the database: {_first_line(exc)}") from exc


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, keeping every stored row.

    Raises DatabaseError for a database this tool did not make or one made by a newer version.
    """
    script = ScriptDirectory.from_config(_alembic_config())
    current, tables = _schema_state(engine)
    if current is None and tables - {"alembic_version"} and engine.dialect.name == "sqlite":
        # SQLite creates tables outside the migration's transaction: another process may be
        # creating this database right now and write its version in a moment
        deadline = time.monotonic() + 3
        while current is None and time.monotonic() < deadline:
            time.sleep(0.1)
            current, tables = _schema_state(engine)
    head = script.get_current_head()
    if current == head:
        return
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            "the database has tables but no factcheck schema version; "
            "point --db at a factcheck database or an empty one"
        )
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        raise DatabaseError(
            f"the database was made by a newer factcheck (schema {current}); upgrade factcheck"
        )
    for attempt in range(6):
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    # several processes may start on an empty database at once: one migrates
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})
                    if MigrationContext.configure(conn).get_current_revision() == head:
                        return
                cfg = _alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            return
        except sa.exc.DBAPIError as exc:
            # another process migrated first (SQLite has no advisory lock): fine if now at head
            with engine.connect() as conn:
                if MigrationContext.configure(conn).get_current_revision() == head:
                    return
            if attempt == 5:
                raise DatabaseError(f"cannot upgrade the database: {_first_line(exc)}") from exc
            time.sleep(0.2 * (attempt + 1))


def open_database(url: str) -> Engine:
    """Return an engine for ``url`` with the schema upgraded to the newest revision."""
    try:
        engine = make_engine(url)
    except (sa.exc.ArgumentError, ModuleNotFoundError) as exc:
        raise DatabaseError(f"cannot use database URL {url!r}: {_first_line(exc)}") from exc
    upgrade(engine)
    return engine


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
