"""Helpers for the bank, reconciliation and controls tests: the `kiosk server ...` commands run
in-process against the agency under test, and a bank that signs its return files."""

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select

from kiosk.api import AgencyClient
from kiosk.cli import main
from server.agency_keys import load_or_create
from server.bank import return_file
from server.bank.batch_file import agency_key_id
from server.control_commands import BANK_KEY_FILE
from server.models import Claim, Payment
from server.synthetic import Scenario
from tests.server.ledger_kit import Desk, staff_header

START = date(2026, 12, 4)


@dataclass
class Ran:
    code: int
    out: str
    err: str


def kiosk_server(agency: Any, capsys: pytest.CaptureFixture[str], *args: str) -> Ran:
    """`kiosk --config <file> server <args>` on the agency's own database and data directory."""
    config = Path(agency.config.data_dir) / "kiosk-cli.toml"
    if not config.exists():
        config.write_text(
            "[reference_server]\n"
            f'data_dir = "{agency.config.data_dir}"\n'
            f'database_url = "{agency.config.database_url}"\n'
        )
    capsys.readouterr()
    code = main(["--config", str(config), "server", *args])
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)


@contextmanager
def open_desk(agency: Any, today: date = START) -> Iterator[Desk]:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    desk = Desk(agency, client, staff_header(agency, "reviewer"), staff_header(agency, "cashier"))
    desk.set_today(today)
    try:
        yield desk
    finally:
        desk.set_today(None)
        client.close()


def granted(desk: Desk, scenario: Scenario) -> str:
    applied = desk.apply(scenario)
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]
    desk.grant(reference)
    return reference


def released(desk: Desk, reference: str, month: str | None = None) -> dict[str, Any]:
    answer = desk.pay(reference, month)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


class Bank:
    """The bank's side of the interface: it holds its own signing key, and the agency holds the
    public half in `<data dir>/bank-public-key.txt`."""

    def __init__(self, agency: Any) -> None:
        self.key = Ed25519PrivateKey.generate()
        self.agency_key_id = agency_key_id(load_or_create(Path(agency.config.data_dir)).signing)
        raw = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        (Path(agency.config.data_dir) / BANK_KEY_FILE).write_text(
            base64.b64encode(raw).decode("ascii") + "\n"
        )

    def answer(
        self,
        batch_id: int,
        lines: list[tuple[int, str, int]],
        path: Path,
        signer: Ed25519PrivateKey | None = None,
    ) -> Path:
        """`lines`: (payment id, paid|returned|failed, amount fen)."""
        rows = [
            return_file.ReturnLine(
                n,
                payment_id,
                return_file.ReturnStatus(status),
                amount,
                f"BK{batch_id:04d}{n:04d}",
                "" if status == "paid" else "account_closed",
            )
            for n, (payment_id, status, amount) in enumerate(lines, start=2)
        ]
        path.write_bytes(return_file.render(self.agency_key_id, batch_id, rows, signer or self.key))
        return path


def payments_of(agency: Any, reference: str) -> dict[str, Payment]:
    """The claim's payment rows by month ("YYYY-MM"), detached, as the database holds them."""
    with agency.sessions()() as session:
        rows = session.execute(
            select(Payment)
            .join(Claim, Claim.id == Payment.claim_id)
            .where(Claim.reference == reference)
        ).scalars()
        return {p.period_month.strftime("%Y-%m"): p for p in rows}


def second_business_staff(agency: Any, username: str) -> dict[str, str]:
    """Another business staff member (the seed has one), logged in; created once per agency."""
    import secrets

    import requests

    from server.db import transaction
    from server.models import StaffRole, StaffUser
    from server.services.staff_auth import add_staff

    if username not in agency.staff_passwords:
        password = secrets.token_urlsafe(12)
        with transaction(agency.sessions()) as session:
            if session.execute(select(StaffUser).where(StaffUser.username == username)).first():
                raise AssertionError(f"{username} exists without a known password")
            add_staff(session, username, password, StaffRole.BUSINESS)
        agency.staff_passwords[username] = password
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": agency.staff_passwords[username]},
        timeout=10,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}
