"""Alembic environment: runs on the connection factcheck hands in (or FACTCHECK_DB)."""

from alembic import context
from sqlmodel import SQLModel

import factcheck.storage.models  # noqa: F401  (registers the tables)
from factcheck.config import database_url
from factcheck.storage.db import make_engine

target_metadata = SQLModel.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    with make_engine(database_url()).begin() as conn:
        _run(conn)
