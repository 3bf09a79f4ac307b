import pytest
from sqlmodel import Session, select

from factcheck import services
from factcheck.storage import Claim, open_database
from tests.conftest import SEED


@pytest.fixture
def seeded_url(tmp_path, monkeypatch) -> str:
    """A SQLite file holding the seed article, named by FACTCHECK_DB for the app."""
    url = f"sqlite:///{tmp_path / 'dash.sqlite'}"
    engine = open_database(url)
    list(services.ingest_paths(engine, [SEED]))
    engine.dispose()
    monkeypatch.setenv("FACTCHECK_DB", url)
    return url


def claims(url: str) -> list[Claim]:
    engine = open_database(url)
    with Session(engine) as session:
        rows = list(session.exec(select(Claim).order_by(Claim.id)))
    engine.dispose()
    return rows
