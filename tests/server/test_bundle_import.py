"""Field-staff bundles at the agency: the whole loop from a kiosk with no network to its acks.

The kiosk's real outbox exports a bundle; the agency imports it (API and CLI) through the same
idempotent submission path as online claims; the signed ack closes the items on the kiosk.
Damaged, foreign and replayed files are refused and change nothing.
"""

import subprocess
import sys
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select

from kiosk.api import AgencyClient
from offline_queue.bundles import BundleKeys, export_bundle, import_acks
from offline_queue.items import ItemState
from offline_queue.outbox import Outbox
from server.agency_keys import load_or_create
from server.models import Claim
from server.synthetic import Scenario
from tests.card_logins import with_offline_proof
from tests.server.factories import submission

PEOPLE = (Scenario.ELIGIBLE_12_MONTHS, Scenario.ELIGIBLE_18_MONTHS, Scenario.ELIGIBLE_24_MONTHS)


def _keys(agency, signing_seed: bytes | None = None, encryption=None) -> BundleKeys:  # type: ignore[no-untyped-def]
    agency_keys = load_or_create(agency.config.data_dir)
    return BundleKeys(
        kiosk_id=agency.kiosk_id,
        kiosk_signing_key=Ed25519PrivateKey.from_private_bytes(
            signing_seed or agency.kiosk_signing_seed
        ),
        agency_encryption_key=encryption or agency_keys.encryption.public_key(),
        agency_signing_key=agency_keys.signing.public_key(),
    )


def _outbox_with_claims(tmp_path: Path, scenarios=PEOPLE) -> tuple[Outbox, list[dict]]:  # type: ignore[no-untyped-def,type-arg]
    box = Outbox(tmp_path / "outbox.db", b"k" * 32)
    bodies = [submission(s) for s in scenarios]
    for body in bodies:
        box.enqueue(
            "claim",
            body["payload"],
            id_number=body["payload"]["ssn"],
            client_reference=body["client_reference"],
            login=body["login"],  # the card's offline proof (tests/card_logins.py)
        )
    return box, bodies


def _upload(agency, staff_login, data: bytes) -> requests.Response:  # type: ignore[no-untyped-def]
    headers = {**staff_login("reviewer"), "Content-Type": "application/json"}
    return requests.post(f"{agency.url}/api/v1/bundles", data=data, headers=headers, timeout=30)


def _claims(agency) -> int:  # type: ignore[no-untyped-def]
    with agency.sessions()() as session:
        return session.execute(select(func.count()).select_from(Claim)).scalar_one()


def test_bundle_from_a_kiosk_is_ingested_once_and_its_ack_closes_the_items(
    agency, staff_login, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    box, bodies = _outbox_with_claims(tmp_path)
    # One claim also got through online before the network went down: it must not count twice.
    online = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    online.submit(bodies[0])
    online.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = export_bundle(box, _keys(agency), stick)
    assert exported is not None
    before = _claims(agency)

    first = _upload(agency, staff_login, exported.path.read_bytes())
    assert first.status_code == 200, first.text
    assert (first.json()["created"], first.json()["duplicate"], first.json()["rejected"]) == (
        2,
        1,
        0,
    )
    again = _upload(agency, staff_login, exported.path.read_bytes()).json()
    assert (again["created"], again["duplicate"]) == (0, 3)
    assert _claims(agency) == before + 2

    ack_path = tmp_path / "ack.json"
    ack_path.write_text(first.json()["ack"], "utf-8")
    outcome = import_acks(box, _keys(agency), ack_path)
    assert outcome is not None
    assert box.counts()[ItemState.ACKNOWLEDGED] == 3
    box.close()


def test_bundled_claims_without_the_cards_proof_are_refused_and_stay_on_the_kiosk(
    agency, staff_login, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A stolen kiosk key can sign and export a bundle; without the card it files nothing."""
    box = Outbox(tmp_path / "outbox.db", b"k" * 32)
    bare = submission(Scenario.TOO_FEW_MONTHS, proof=False)
    cloned = with_offline_proof(
        submission(Scenario.PENSIONER, proof=False), issuer_key=b"cloned-card-key!"
    )
    for body in (bare, cloned):
        box.enqueue(
            "claim",
            body["payload"],
            id_number=body["payload"]["ssn"],
            client_reference=body["client_reference"],
            login=body.get("login"),
        )
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = export_bundle(box, _keys(agency), stick)
    assert exported is not None
    before = _claims(agency)
    answer = _upload(agency, staff_login, exported.path.read_bytes())
    assert answer.status_code == 200, answer.text
    assert (answer.json()["created"], answer.json()["rejected"]) == (0, 2)
    assert _claims(agency) == before
    ack_path = tmp_path / "ack.json"
    ack_path.write_text(answer.json()["ack"], "utf-8")
    assert import_acks(box, _keys(agency), ack_path) is not None
    assert box.counts()[ItemState.REJECTED] == 2
    box.close()


@pytest.mark.parametrize("damage", ["truncated", "tampered", "other_kiosk_key", "other_agency_key"])
def test_damaged_or_foreign_bundles_are_refused_and_change_nothing(
    agency, staff_login, tmp_path: Path, damage: str
) -> None:  # type: ignore[no-untyped-def]
    box, _ = _outbox_with_claims(tmp_path, (Scenario.TOO_FEW_MONTHS,))
    stick = tmp_path / "stick"
    stick.mkdir()
    keys = _keys(agency)
    if damage == "other_kiosk_key":
        keys = _keys(agency, signing_seed=b"\x07" * 32)
    if damage == "other_agency_key":
        keys = _keys(agency, encryption=X25519PrivateKey.generate().public_key())
    exported = export_bundle(box, keys, stick)
    assert exported is not None
    data = exported.path.read_bytes()
    if damage == "truncated":
        data = data[: len(data) // 2]
    if damage == "tampered":
        middle = len(data) // 2
        data = (
            data[:middle]
            + (b"A" if data[middle : middle + 1] != b"A" else b"B")
            + data[middle + 1 :]
        )
    before = _claims(agency)
    answer = _upload(agency, staff_login, data)
    expected = {
        "truncated": {"bundle_truncated"},
        "tampered": {"bundle_tampered", "bundle_truncated", "bundle_format"},
        "other_kiosk_key": {"bundle_wrong_key"},
        "other_agency_key": {"bundle_wrong_key"},
    }[damage]
    assert answer.status_code == 422 and answer.json()["code"] in expected
    assert _claims(agency) == before
    box.close()


def test_import_bundle_command_writes_the_ack_beside_the_bundle(agency, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    box, _ = _outbox_with_claims(tmp_path, (Scenario.STILL_EMPLOYED,))
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = export_bundle(box, _keys(agency), stick)
    assert exported is not None
    box.close()
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n'
        f'service_area_prefixes = {{ {agency.kiosk_id} = [""] }}\n'  # as tests/conftest.py
    )
    kiosk = [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server"]
    done = subprocess.run(
        [*kiosk, "import-bundle", str(exported.path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "1 new" in done.stdout
    assert len(list(stick.glob("changtong-ack-*.ctack"))) == 1
    (stick / "junk.bundle").write_bytes(b"not a bundle")
    refused = subprocess.run(
        [*kiosk, "import-bundle", str(stick / "junk.bundle")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1 and "bundle_truncated" in refused.stderr
    keys = subprocess.run([*kiosk, "agency-keys"], capture_output=True, text=True, check=False)
    assert "agency_encryption_public_key" in keys.stdout and "private" not in keys.stdout
