"""Personal data at rest (issue "part 2", Why: "personal data lies in clear in agency.db (mode
0644), kiosk keys unencrypted"): what an insider with a copy of the database, or a shell account on
the agency host, can read. They open the files with plain sqlite3 / plain SQL, not through the
server, and must find no seeded person's name, ID number, mobile, card number or account, no
kiosk key, and no file but the server's own account can open.
"""

import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from config.schema import ReferenceServerSettings
from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram, offline_challenge
from kiosk.api import AgencyClient
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.keys import KeyRing, KeyStoreError, Purpose, open_key_ring
from server.models import Claim, Claimant, Kiosk
from server.schemas import Submission
from server.seed import card_number, card_region
from server.services.claimant_index import claimant_by_card, claimant_by_ssn
from server.services.submissions import content_hash
from server.settings import resolve
from server.synthetic import Scenario, card_identification_code
from tests.conftest import Agency, fresh_postgres_database
from tests.server.factories import person, submission

TYPED_MOBILE = "13912345678"


def _people(agency: Agency) -> list[Claimant]:
    """Every seeded person, read through the server's own keys."""
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        people = list(session.execute(select(Claimant)).scalars())
    assert len(people) >= 40
    return people


def _needles(people: list[Claimant]) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for p in people:
        for kind, value in (
            ("ID number", p.ssn),
            ("mobile", p.mobile),
            ("name", p.name),
            ("card number", p.card_number),
            ("payment account", p.payment_account),
        ):
            found[f"{kind} of claimant {p.id}"] = value.encode("utf-8")
    found["typed mobile"] = TYPED_MOBILE.encode("ascii")
    return found


def _proved(scenario: Scenario, mobile: str) -> dict[str, object]:
    """A submission carrying the claimant's card proof (contract.card_proof, test issuer key),
    as a kiosk files it from its queue."""
    who = person(scenario)
    body = submission(scenario, mobile=mobile)
    region, number = card_region(who.region_code), card_number(who.id_number)
    card_id = card_identification_code(region, number)
    challenge = offline_challenge(
        str(body["client_reference"]), content_hash(Submission.model_validate(body))
    )
    answer = cryptogram(card_key(TEST_ISSUER_KEY, bytes.fromhex(card_id)), challenge)
    login = {"method": "card_offline", "card_id": card_id, "region": region}
    return {**body, "login": {**login, "card_number": number, "cryptogram": answer.hex()}}


@pytest.fixture(scope="module")
def submitted(any_agency: Agency) -> Iterator[Agency]:
    """The agency after a claim with a typed mobile number went through the API."""
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    try:
        answer = client.submit(_proved(Scenario.ELIGIBLE_12_MONTHS, TYPED_MOBILE))
        assert answer.result == "created"
    finally:
        client.close()
    yield any_agency


def _sqlite_path(agency: Agency) -> Path | None:
    url = make_url(agency.config.database_url)
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def _raw_rows(agency: Agency) -> list[tuple[str, object]]:
    """Every value of every table, read without the server: sqlite3 or psycopg."""
    rows: list[tuple[str, object]] = []
    path = _sqlite_path(agency)
    if path is not None:
        with sqlite3.connect(path) as conn:
            tables = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            for table in tables:
                rows += [
                    (table, v) for row in conn.execute(f'SELECT * FROM "{table}"') for v in row
                ]
        return rows
    url = make_url(agency.config.database_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        ]
        for table in tables:
            rows += [(table, v) for row in conn.execute(f'SELECT * FROM "{table}"') for v in row]
    return rows


def test_no_table_holds_a_seeded_persons_identifiers_in_clear(submitted: Agency) -> None:
    needles = _needles(_people(submitted))
    rows = _raw_rows(submitted)
    assert {"claimants", "claims", "kiosks"} <= {table for table, _ in rows}
    leaks = []
    for table, value in rows:
        if isinstance(value, bytes | memoryview):
            raw = bytes(value)
        elif isinstance(value, dict | list):  # JSON columns, as psycopg decodes them
            raw = json.dumps(value, ensure_ascii=False).encode("utf-8")
        else:
            raw = str(value).encode("utf-8")
        leaks += [f"{what} in {table}" for what, needle in needles.items() if needle in raw]
    assert leaks == []


def test_the_sqlite_file_and_its_wal_hold_no_id_number_mobile_or_name(agency: Agency) -> None:
    path = _sqlite_path(agency)
    assert path is not None
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    try:
        client.submit(_proved(Scenario.ELIGIBLE_24_MONTHS, TYPED_MOBILE))
    finally:
        client.close()
    files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
    assert path.with_name(path.name + "-wal") in files  # the freshest pages are there
    needles = _needles(_people(agency))
    leaks = [
        f"{what} in {f.name}"
        for f in files
        for what, needle in needles.items()
        if needle in f.read_bytes()
    ]
    assert leaks == []


def test_database_key_and_credential_files_are_private_to_the_server(any_agency: Agency) -> None:
    data_dir = any_agency.config.data_dir
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "keys").stat().st_mode) == 0o700
    private = [data_dir / "staff-credentials.txt", *(data_dir / "keys").glob("*.key")]
    path = _sqlite_path(any_agency)
    if path is not None:
        private += [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
        assert len(private) >= 3 + 3  # database, WAL, shared memory
    modes = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in private}
    assert modes == {name: "0o600" for name in modes}
    assert {"data-1.key", "index-1.key", "wrap-1.key", "status-1.key"} <= set(modes)


def test_the_kiosk_key_in_the_table_is_not_the_key_the_kiosk_signs_with(
    submitted: Agency,
) -> None:
    stored = [
        bytes(v)
        for table, v in _raw_rows(submitted)
        if table == "kiosks" and isinstance(v, bytes | memoryview) and len(v) > 32
    ]
    assert stored, "no kiosk key found in the kiosks table"
    assert all(submitted.kiosk_key not in raw for raw in stored)
    with submitted.sessions()() as session:  # type: ignore[no-untyped-call]
        kiosk = session.get(Kiosk, submitted.kiosk_id)
        assert kiosk is not None and kiosk.key == submitted.kiosk_key  # unwrapped for the server


def test_the_server_still_finds_claimants_by_id_number_and_by_card(submitted: Agency) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    with submitted.sessions()() as session:  # type: ignore[no-untyped-call]
        by_ssn = claimant_by_ssn(session, who.id_number)
        by_card = claimant_by_card(
            session, card_region(who.region_code), card_number(who.id_number)
        )
        assert by_ssn is not None and by_ssn.name == who.name and by_ssn.mobile == who.mobile
        assert by_card is not None and by_card.id == by_ssn.id
        assert claimant_by_card(session, "110100", card_number(who.id_number)) is None
        assert claimant_by_ssn(session, who.id_number[:-1] + "0") is None
        # The submitted claim (found by the server through the same index) keeps its number.
        mobiles = session.execute(select(Claim.mobile).where(Claim.kiosk_id.is_not(None)))
        assert TYPED_MOBILE in set(mobiles.scalars())


def test_an_encrypted_column_refuses_a_sql_comparison_that_would_find_nobody() -> None:
    with pytest.raises(TypeError, match="blind index"):
        select(Claimant).where(Claimant.ssn == "220102198001010011")


# --- one agency's database, built here, for what the shared server cannot show -------------------


def _local(tmp_path: Path) -> tuple[str, KeyRing]:
    config = resolve(ReferenceServerSettings(data_dir=str(tmp_path / "server")))
    assert config.keys is not None
    return config.database_url, config.keys


def _claimant(ssn: str, mobile: str, **extra: object) -> Claimant:
    return Claimant(
        ssn=ssn,
        name="金明哲",
        gender="M",
        birth_date=date(1980, 1, 1),
        region_code="222405",
        mobile=mobile,
        card_number=card_number(ssn),
        card_region="222400",
        payment_account=f"sscard:{ssn[-4:]}",
        **extra,
    )


def test_a_ciphertext_moved_to_another_column_does_not_decrypt(tmp_path: Path) -> None:
    url, _ = _local(tmp_path)
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    with transaction(factory) as session:
        session.add(_claimant("222405198001010016", "13800000001"))
    with engine.begin() as conn:  # an insider swaps the name's ciphertext into the mobile column
        conn.execute(text("UPDATE claimants SET mobile = name"))
    with factory() as session, pytest.raises(KeyStoreError, match=r"claimants\.mobile"):
        session.execute(select(Claimant)).scalars().all()
    engine.dispose()


def test_rotating_the_data_key_keeps_old_rows_readable(tmp_path: Path) -> None:
    url, keys = _local(tmp_path)
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    with transaction(factory) as session:
        session.add(_claimant("222405198001010016", "13800000001"))
    assert keys.rotate(Purpose.DATA) == 2
    with transaction(factory) as session:
        session.add(_claimant("222405198001020012", "13800000002"))
    with engine.connect() as conn:
        stored: list[str] = list(conn.execute(text("SELECT mobile FROM claimants")).scalars())
    assert sorted(m.split(":")[0] for m in stored) == ["1", "2"]  # each records its key id
    with factory() as session:
        assert claimant_by_ssn(session, "222405198001010016").mobile == "13800000001"  # type: ignore[union-attr]
        assert claimant_by_ssn(session, "222405198001020012").mobile == "13800000002"  # type: ignore[union-attr]
    engine.dispose()


def test_a_second_process_starting_at_once_gets_the_same_keys(tmp_path: Path) -> None:
    first, second = open_key_ring(tmp_path), open_key_ring(tmp_path)
    assert first.current(Purpose.DATA) == second.current(Purpose.DATA)
    assert first.blind_index("claimants.ssn", "x") == second.blind_index("claimants.ssn", "x")
    assert first.blind_index("claimants.ssn", "x") != first.blind_index("claimants.card", "x")


def test_looser_modes_found_on_start_are_tightened_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir = tmp_path / "server"
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    (data_dir / "agency.db").touch()
    os.chmod(data_dir / "agency.db", 0o644)
    (data_dir / "status-key.bin").write_bytes(b"k" * 32)  # from before the key store
    os.chmod(data_dir / "status-key.bin", 0o644)
    with caplog.at_level("WARNING"):
        config = resolve(ReferenceServerSettings(data_dir=str(data_dir)))
        make_engine(config.database_url).dispose()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "agency.db").stat().st_mode) == 0o600
    tightened = {getattr(r, "path", None) for r in caplog.records if "tightened" in r.getMessage()}
    assert {str(data_dir), str(data_dir / "agency.db")} <= tightened
    # The receipt status key moved into the key store unchanged: earlier receipts still verify.
    assert config.status_key == b"k" * 32
    assert not (data_dir / "status-key.bin").exists()


# --- the migration that encrypts a database written before ------------------------------------

CLEAR_SSN = "222405198001010016"
CLEAR_MOBILE = "13800000001"
CLAIM_MOBILE = "13900000009"
OTHER_PEOPLE = 400


def _mobile(i: int) -> str:
    return f"137{i:08d}"


def _database_before_encryption(url: str) -> None:
    engine = make_engine(url)
    # Rows as a database of an earlier release holds them; the later migrations carry them on.
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO claimants (id, ssn, name, gender, birth_date, region_code, mobile, "
                "card_number, card_region, payment_account) VALUES (1, :ssn, '金明哲', 'M', "
                "'1980-01-01', '222405', :mobile, 'A12345678', '222400', 'sscard:0016')"
            ),
            {"ssn": CLEAR_SSN, "mobile": CLEAR_MOBILE},
        )
        conn.execute(  # enough people that their pages outlive the rewrite unless scrubbed
            text(
                "INSERT INTO claimants (id, ssn, name, gender, birth_date, region_code, mobile, "
                "card_number, card_region, payment_account) VALUES (:id, :ssn, '朴春花', 'F', "
                "'1980-01-01', '222405', :mobile, :card, '222400', 'sscard:0000')"
            ),
            [
                {"id": i, "ssn": f"2224051980{i:08d}", "mobile": _mobile(i), "card": f"B{i:08d}"}
                for i in range(2, 2 + OTHER_PEOPLE)
            ],
        )
        conn.execute(
            text(
                "INSERT INTO kiosks (id, key, region_code, site_name, active, enrolled_at) "
                "VALUES ('k1', :key, '222405', '', true, '2026-12-01 08:00:00')"
            ),
            {"key": b"K" * 32},
        )
        conn.execute(
            text(
                "INSERT INTO claims (id, reference, kind, claimant_id, channel, content_hash, "
                "state, created_at, received_at, language, reason_codes, mobile) VALUES (1, "
                "'00000000-0000-4000-8000-000000000001', 'claim', 1, 'online', 'h', 'received', "
                "'2026-12-01 08:00:00', '2026-12-01 08:00:00', 'zh_CN', '[]', :mobile)"
            ),
            {"mobile": CLAIM_MOBILE},
        )
    engine.dispose()


def _migrated_holds_data_only_encrypted(url: str, keys: KeyRing) -> None:
    engine = make_engine(url, keys=keys)
    upgrade(engine)
    with engine.connect() as conn:
        raw = conn.execute(
            text("SELECT ssn, mobile, name, ssn_index FROM claimants WHERE id = 1")
        ).one()
        wrapped = bytes(conn.execute(text("SELECT key FROM kiosks")).scalar_one())
        claim_mobile = conn.execute(text("SELECT mobile FROM claims")).scalar_one()
    assert CLEAR_SSN not in "".join(raw) and CLEAR_MOBILE not in "".join(raw)
    assert CLAIM_MOBILE not in claim_mobile
    assert b"K" * 32 not in wrapped
    with make_session_factory(engine)() as session:
        found = claimant_by_ssn(session, CLEAR_SSN)
        assert found is not None and found.mobile == CLEAR_MOBILE and found.name == "金明哲"
        assert claimant_by_card(session, "222400", "A12345678") is found
        kiosk = session.get(Kiosk, "k1")
        assert kiosk is not None and kiosk.key == b"K" * 32
        assert session.execute(select(Claim.mobile)).scalar_one() == CLAIM_MOBILE
    engine.dispose()


def test_the_upgrade_encrypts_rows_written_in_clear_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _database_before_encryption(url)
    assert CLEAR_SSN.encode() in (tmp_path / "old.db").read_bytes() + _wal(tmp_path / "old.db")
    _migrated_holds_data_only_encrypted(url, open_key_ring(tmp_path / "data"))
    # Nor do the file's freed pages or its WAL keep the values that were encrypted in place.
    copied = (tmp_path / "old.db").read_bytes() + _wal(tmp_path / "old.db")
    clear = [CLEAR_SSN, CLEAR_MOBILE, CLAIM_MOBILE, *map(_mobile, range(2, 2 + OTHER_PEOPLE))]
    assert [v for v in clear if v.encode() in copied] == []


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


@pytest.mark.postgres
def test_the_upgrade_encrypts_rows_written_in_clear_on_postgresql(tmp_path: Path) -> None:
    with fresh_postgres_database() as url:
        _database_before_encryption(url)
        _migrated_holds_data_only_encrypted(url, open_key_ring(tmp_path / "data"))


def test_the_upgrade_without_a_key_store_refuses_to_touch_clear_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _database_before_encryption(url)
    engine = create_engine(url)  # a bare engine: no key store registered for this database
    with pytest.raises(RuntimeError, match="no key store"):
        upgrade(engine)
    engine.dispose()


def test_rotate_key_reseals_everything_so_the_old_key_can_leave_the_server(tmp_path: Path) -> None:
    """`kiosk server rotate-key data|wrap` as an operator runs it, then the old key files gone."""
    config = tmp_path / "kiosk.toml"
    data_dir = tmp_path / "server"
    config.write_text(f'[reference_server]\ndata_dir = "{data_dir}"\n')
    kiosk = [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server"]
    for command in (["seed", "--claimants", "5"], ["rotate-key", "data"], ["rotate-key", "wrap"]):
        done = subprocess.run(
            [*kiosk, *command], capture_output=True, text=True, check=False, timeout=120
        )
        assert done.returncode == 0, done.stderr
    assert "rows re-encrypted" in done.stdout
    (data_dir / "keys" / "data-1.key").rename(tmp_path / "data-1.key.offline")
    (data_dir / "keys" / "wrap-1.key").rename(tmp_path / "wrap-1.key.offline")

    with sqlite3.connect(data_dir / "agency.db") as conn:
        prefixes = {r[0].split(":")[0] for r in conn.execute("SELECT ssn FROM claimants")}
        prefixes |= {r[0].split(":")[0] for r in conn.execute("SELECT name FROM claimants")}
        kiosk_keys = [bytes(r[0]) for r in conn.execute("SELECT key FROM kiosks")]
    assert prefixes == {"2"} and {k[:2] for k in kiosk_keys} == {b"\x00\x02"}
    url, _ = _local(tmp_path)
    engine = make_engine(url)
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    with make_session_factory(engine)() as session:
        found = claimant_by_ssn(session, who.id_number)
        assert found is not None and found.name == who.name
        assert all(len(k.key) == 32 for k in session.execute(select(Kiosk)).scalars())
    engine.dispose()
