"""Fixtures shared by every test package: a seeded reference server on a loopback port, with the
database on SQLite always and on PostgreSQL when one is reachable."""

import os
import secrets
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import uvicorn
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from config.schema import ReferenceServerSettings, ServerLimits
from server.api.app import create_app
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.kiosks_registry import register_kiosk, signing_public_key_of
from server.seed import seed_database
from server.settings import ServerConfig, resolve

if TYPE_CHECKING:
    from kiosk.api import AgencyClient

PG_ADMIN_URL = os.environ.get(
    "CHANGTONG_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
KIOSK_ID = "kiosk-test-001"


def _postgres_reachable() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except (OperationalError, ImportError) as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return None


PG_PROBLEM = _postgres_reachable()


def pytest_report_header(config: pytest.Config) -> str:
    if PG_PROBLEM is None:
        return f"PostgreSQL tests: enabled ({PG_ADMIN_URL.split('@')[-1]})"
    return f"PostgreSQL tests: SKIPPED, no PostgreSQL reachable at {PG_ADMIN_URL.split('@')[-1]} ({PG_PROBLEM})"


# Migrated once per run and copied for each server a test starts: running every migration
# took 0.7 s a database on PostgreSQL and 0.3 s on SQLite, about two hundred times a run. The
# copies are still migrated by `start_agency` (at the head already: a version check), and the
# migrations themselves are tested from empty databases (tests/server/test_migrations.py).
_templates: dict[str, str] = {}


def _postgres_template() -> str:
    name = _templates.get("postgresql")
    if name is None:
        name = f"changtong_template_{secrets.token_hex(4)}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        engine = make_engine(f"{PG_ADMIN_URL.rpartition('/')[0]}/{name}")
        upgrade(engine)
        engine.dispose()  # a template database takes copies only while nobody is connected
        _templates["postgresql"] = name
    return name


def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = _templates.get("sqlite")
    if path is None:
        path = str(tmp_path_factory.mktemp("sqlite-template") / "agency.db")
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)
        engine.dispose()  # the last connection checkpoints the log into the file
        _templates["sqlite"] = path
    return Path(path)


def pytest_sessionfinish(session: pytest.Session) -> None:
    name = _templates.pop("postgresql", None)
    if name is not None:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def fresh_postgres_database(*, migrated: bool = False) -> Iterator[str]:
    """A new database, dropped afterwards, so tests and runs never see each other's rows;
    `migrated`: a copy of one migrated for this run, otherwise empty."""
    if PG_PROBLEM is not None:
        pytest.skip(f"no PostgreSQL reachable: {PG_PROBLEM}")
    name = f"changtong_test_{secrets.token_hex(4)}"
    template = f' TEMPLATE "{_postgres_template()}"' if migrated else ""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{template}'))
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@dataclass
class Agency:
    """A running reference server and what a test needs to talk to it."""

    url: str
    config: ServerConfig
    kiosk_id: str
    kiosk_key: bytes
    staff_passwords: dict[str, str]
    kiosk_signing_seed: bytes = b""

    def sessions(self):  # type: ignore[no-untyped-def]
        return make_session_factory(make_engine(self.config.database_url))


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


# Tests share one kiosk and a few people across a module; the default limits (5 codes per person
# per hour, 30 look-ups per kiosk per minute) are tested in tests/server/test_throttling.py.
ROOMY_LIMITS = ServerLimits(
    otp_codes_per_person_hour=1000,
    otp_codes_per_person_day=10000,
    otp_codes_per_kiosk_hour=100000,
    lookups_per_kiosk_minute=100000,
    enrolment_proofs_per_address_hour=10000,
)


def start_agency(
    tmp: Path,
    database_url: str | None,
    claimants: int = 40,
    *,
    limits: ServerLimits = ROOMY_LIMITS,
    dev: bool = True,
    sms_gateway: tuple[str, Path] | None = None,
    sqlite_template: Path | None = None,
) -> Iterator[Agency]:
    """The server in development mode (`kiosk server run --dev`): tests read the SMS outbox.
    `sqlite_template`: a migrated SQLite file copied into place first (on SQLite)."""
    sock = _free_socket()
    port = sock.getsockname()[1]
    config = resolve(
        ReferenceServerSettings(
            data_dir=str(tmp),
            database_url=database_url,
            public_url=f"http://127.0.0.1:{port}",
            limits=limits,
            # The test kiosk serves the whole demo cast, insured all over the country; the
            # default area (its prefecture) is tested with kiosks of their own (test_card_login).
            service_area_prefixes={KIOSK_ID: [""]},
            # (URL, token file) of an SMS gateway simulator (server/sms/simulator.py).
            sms_gateway_url=sms_gateway[0] if sms_gateway else None,
            sms_gateway_token_file=str(sms_gateway[1]) if sms_gateway else None,
            sms_retry_first_s=0.2,
        ),
        dev=dev,
    )
    if sqlite_template is not None and config.database_url.startswith("sqlite"):
        shutil.copyfile(sqlite_template, str(make_url(config.database_url).database))
    engine = make_engine(config.database_url)
    upgrade(engine)
    key = secrets.token_bytes(32)
    signing_seed = secrets.token_bytes(32)
    with transaction(make_session_factory(engine)) as session:
        seed_database(session, claimants=claimants, seed=7, data_dir=tmp, production=False)
        register_kiosk(
            session, KIOSK_ID, key, "222405", signing_public_key=signing_public_key_of(signing_seed)
        )
    engine.dispose()
    passwords = {}
    for line in (tmp / "staff-credentials.txt").read_text().splitlines():
        user, _role, password = line.split("\t")
        passwords[user] = password
    app = create_app(config, migrate=False)
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("reference server did not start")
        time.sleep(0.02)
    try:
        yield Agency(f"http://127.0.0.1:{port}", config, KIOSK_ID, key, passwords, signing_seed)
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.audit_sequencer.stop()
        app.state.sms_sender.stop()
        app.state.engine.dispose()
        sock.close()


@pytest.fixture(scope="module")
def agency(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Agency]:
    """The reference server on SQLite, seeded, shared by a test module."""
    template = _sqlite_template(tmp_path_factory)
    yield from start_agency(tmp_path_factory.mktemp("agency"), None, sqlite_template=template)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def any_agency(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Agency]:
    """The same server on each supported database: tests using it run once per backend."""
    tmp = tmp_path_factory.mktemp(f"agency-{request.param}")
    if request.param == "sqlite":
        yield from start_agency(tmp, None, sqlite_template=_sqlite_template(tmp_path_factory))
    else:
        with fresh_postgres_database(migrated=True) as url:
            yield from start_agency(tmp, url)


@pytest.fixture
def kiosk_client(agency: Agency) -> Iterator["AgencyClient"]:
    from kiosk.api import AgencyClient

    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    yield client
    client.close()


# Hypothesis: a short profile for every run, and a long one for `python -m bench.fuzz`.
settings.register_profile("default", deadline=None)
settings.register_profile(
    "long", deadline=None, max_examples=int(os.environ.get("CHANGTONG_FUZZ_EXAMPLES", "20000"))
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
