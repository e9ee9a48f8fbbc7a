"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from server.db import make_engine, upgrade
from server.models import Base
from tests.conftest import fresh_postgres_database


def _diff(url: str) -> list[object]:
    engine = make_engine(url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert {"claims", "audit_log", "kiosks", "claimants"} <= tables
    return list(diff)


def test_sqlite_schema_matches_models(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert _diff(f"sqlite:///{tmp_path / 'a.db'}") == []


@pytest.mark.postgres
def test_postgresql_schema_matches_models() -> None:
    with fresh_postgres_database() as url:
        assert _diff(url) == []


def test_upgrade_is_idempotent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'b.db'}"
    _diff(url)
    assert _diff(url) == []
