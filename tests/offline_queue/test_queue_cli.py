"""`kiosk queue ...` as a technician or field-staff member runs it."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select

from config import Secrets, Settings, save_secrets
from config.saving import save_settings
from contract.bundle_format import build_ack, read_bundle
from kiosk.api import AgencyClient
from kiosk.cli import main
from offline_queue.items import ItemKind, ItemState
from offline_queue.outbox import Outbox
from server.models import Claim, Claimant
from tests.conftest import Agency
from tests.offline_queue.loopback_server import LoopbackServer
from tests.offline_queue.queue_helpers import KIOSK_ID, claim_payload, proven_claim, seq_of


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


class KioskFiles:
    """A kiosk's files on disk, as the CLI finds them: settings, the secrets file beside them,
    the queue where `queue.path` says and the agency's keys where `queue.agency_keys` says."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = root / "data" / "outbox.db"
        self.db.parent.mkdir()
        self.data_key = os.urandom(32)
        self.signing_seed = os.urandom(32)
        self.config = root / "kiosk.toml"
        self.secrets = root / "secrets.toml"  # where the kiosk looks: beside the settings
        save_secrets(
            Secrets(
                kiosk_key=os.urandom(32),
                queue_data_key=self.data_key,
                signing_key=self.signing_seed,
            ),
            self.secrets,
        )
        self.agency_decryption = X25519PrivateKey.generate()
        self.agency_signing = Ed25519PrivateKey.generate()
        self.agency_keys = root / "agency.toml"
        enc = self.agency_decryption.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        sig = self.agency_signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.agency_keys.write_text(
            f'agency_encryption_public_key = "{_b64(enc)}"\n'
            f'agency_signing_public_key = "{_b64(sig)}"\n'
        )
        self.configure()

    def configure(
        self, server: str = "http://127.0.0.1:9", kiosk_id: str = KIOSK_ID, **queue: object
    ) -> None:
        section: dict[str, object] = {
            "path": str(self.db),
            "agency_keys": str(self.agency_keys),
            **queue,
        }
        settings = {"kiosk": {"id": kiosk_id}, "server": {"url": server}, "queue": section}
        save_settings(Settings.model_validate(settings), self.config)

    def fill(self, n: int, db: Path | None = None) -> list[str]:
        with Outbox(db or self.db, self.data_key) as box:
            return [box.enqueue(ItemKind.CLAIM, claim_payload(i)) for i in range(n)]

    def enrol(self, agency: Agency) -> None:
        """The kiosk as the agency registered it: its id in the settings, its key in secrets."""
        save_secrets(
            Secrets(
                kiosk_key=agency.kiosk_key,
                queue_data_key=self.data_key,
                signing_key=self.signing_seed,
            ),
            self.secrets,
        )
        self.configure(server=agency.url, kiosk_id=agency.kiosk_id)

    def run(self, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
        """`kiosk --config FILE queue ACTION --json ...`, through the real entry point."""
        code = main(["--config", str(self.config), "queue", argv[0], "--json", *argv[1:]])
        out = capsys.readouterr().out.strip().splitlines()
        return code, json.loads(out[-1])


@pytest.fixture
def kiosk(tmp_path: Path) -> KioskFiles:
    return KioskFiles(tmp_path)


def test_status_reports_counts_and_the_warning_flag(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.fill(3)
    code, answer = kiosk.run(capsys, "status")
    assert code == 0
    assert answer["counts"]["pending"] == 3 and answer["warning"] is False


def test_sync_delivers_to_the_server_and_says_nothing_remains(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], server: LoopbackServer
) -> None:
    kiosk.fill(5)
    kiosk.configure(server=server.url)
    code, answer = kiosk.run(capsys, "sync")
    assert (code, answer["acknowledged"], answer["remaining"]) == (0, 5, 0)
    assert len(server.store.claims()) == 5
    assert {seq_of(claim["payload"]) for claim in server.store.claims()} == set(range(5))


def test_sync_with_the_agency_down_exits_1_and_keeps_items(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.fill(2)
    code, answer = kiosk.run(capsys, "sync")  # server.url: a port nobody listens on
    assert (code, answer["offline"], answer["remaining"]) == (1, True, 2)


def test_export_then_import_acks_closes_the_items(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    references = kiosk.fill(4)
    stick = tmp_path / "stick"
    stick.mkdir()
    code, exported = kiosk.run(capsys, "export", "--to", str(stick))
    assert (code, exported["items"]) == (0, 4)
    opened = read_bundle(
        Path(exported["bundle"]).read_bytes(),
        agency_private_key=kiosk.agency_decryption,
        kiosk_public_key=Ed25519PrivateKey.from_private_bytes(kiosk.signing_seed).public_key(),
    )
    ack = stick / "ack.ctack"
    ack.write_bytes(
        build_ack(
            kiosk_id=KIOSK_ID,
            bundle_id=opened.manifest.bundle_id,
            acknowledged=references,
            agency_signing_key=kiosk.agency_signing,
        )
    )
    code, imported = kiosk.run(capsys, "import-acks", str(ack))
    assert (code, imported["acknowledged"]) == (0, 4)
    code, again = kiosk.run(capsys, "import-acks", str(ack))
    assert (code, again["error"]) == (2, "AckReplayedError")
    _, status = kiosk.run(capsys, "status")
    assert status["counts"]["acknowledged"] == 4


def test_a_damaged_queue_file_is_reported_not_replaced(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.fill(1)
    kiosk.db.write_bytes(b"\0" * 4096)
    code, answer = kiosk.run(capsys, "status")
    assert (code, answer["error"]) == (2, "QueueCorruptError")
    assert kiosk.db.read_bytes() == b"\0" * 4096


def test_options_override_the_settings(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], server: LoopbackServer, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere" / "outbox.db"
    other.parent.mkdir()
    kiosk.fill(1)
    kiosk.fill(3, db=other)
    secrets = tmp_path / "elsewhere" / "secrets.toml"
    secrets.write_bytes(kiosk.secrets.read_bytes())
    secrets.chmod(0o600)
    kiosk.secrets.unlink()  # the default place is empty: only the option can find the keys
    code, answer = kiosk.run(
        capsys,
        "sync",
        *("--db", str(other), "--secrets", str(secrets), "--server", server.url),
        *("--kiosk-id", "kiosk-222405-009"),
    )
    assert (code, answer["acknowledged"], answer["remaining"]) == (0, 3, 0)
    assert len(server.store.claims()) == 3
    with Outbox(kiosk.db, kiosk.data_key) as untouched:
        assert untouched.health().depth == 1


def test_the_limits_of_the_settings_decide_the_warning(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.configure(max_items=10, warn_at_fraction=0.5)
    kiosk.fill(6)
    code, answer = kiosk.run(capsys, "status")
    assert (code, answer["limit"], answer["warning"], answer["full"]) == (0, 10, True, False)


def test_status_on_a_new_kiosk_is_an_empty_queue_and_creates_nothing(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    """A kiosk whose app never ran has no queue file yet: nothing waits, which is an answer,
    not an error. Not even its secrets are needed to say so."""
    kiosk.secrets.unlink()
    code, answer = kiosk.run(capsys, "status")
    assert code == 0
    assert answer["exists"] is False and answer["queue"] == str(kiosk.db)
    assert answer["counts"] == {state.value: 0 for state in ItemState}
    assert (answer["depth"], answer["oldest_age_s"], answer["refused"]) == (0, None, [])
    assert (answer["warning"], answer["full"], answer["too_old"]) == (False, False, False)
    assert not kiosk.db.exists()
    assert list(kiosk.db.parent.iterdir()) == []

    assert main(["--config", str(kiosk.config), "queue", "status"]) == 0
    text = capsys.readouterr().out
    assert "no queue file yet" in text and "queue.path" in text


def test_status_has_the_same_shape_with_and_without_a_queue_file(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    _, missing = kiosk.run(capsys, "status")
    kiosk.fill(1)
    _, present = kiosk.run(capsys, "status")
    assert set(missing) == set(present) and present["exists"] is True


def test_a_queue_file_named_on_the_command_line_must_exist(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A typo in `--db` must not read as "nothing waits"."""
    typo = tmp_path / "data" / "outbx.db"
    code, answer = kiosk.run(capsys, "status", "--db", str(typo))
    assert (code, answer["error"]) == (2, "OptionsError")
    assert "queue.path" in answer["message"]
    assert not typo.exists()
    code, answer = kiosk.run(capsys, "sync")
    assert (code, answer["error"]) == (2, "OptionsError")
    assert not kiosk.db.exists()


def test_status_lists_refused_items_with_their_reasons(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], server: LoopbackServer
) -> None:
    """An item the kiosk's check parks on `sync` is shown with its reason and never sent."""
    (good,) = kiosk.fill(1)
    malformed = {**claim_payload(1), "mobile": "not a number"}
    with Outbox(kiosk.db, kiosk.data_key) as box:
        bad = box.enqueue(ItemKind.CLAIM, malformed)
    kiosk.configure(server=server.url)
    code, synced = kiosk.run(capsys, "sync")
    assert (code, synced["acknowledged"], synced["rejected"], synced["remaining"]) == (0, 1, 1, 0)
    assert [claim["client_reference"] for claim in server.store.claims()] == [good]

    code, answer = kiosk.run(capsys, "status")
    assert code == 0 and answer["counts"]["rejected"] == 1
    (refused,) = answer["refused"]
    assert (refused["reference"], refused["code"]) == (bad, "invalid_item")
    assert "payload.mobile" in refused["reason"] and "not a number" not in refused["reason"]
    assert main(["--config", str(kiosk.config), "queue", "status"]) == 0
    assert f"refused {bad[:8]} (claim) invalid_item: " in capsys.readouterr().out


def test_a_missing_secrets_file_is_named(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.fill(1)
    kiosk.secrets.unlink()
    code, answer = kiosk.run(capsys, "status")
    assert (code, answer["error"]) == (2, "ConfigError")
    assert str(kiosk.secrets) in answer["message"]


def test_bundles_without_agency_keys_say_which_setting_is_missing(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    kiosk.fill(1)
    kiosk.configure(agency_keys=None)
    code, answer = kiosk.run(capsys, "export", "--to", str(tmp_path))
    assert (code, answer["error"]) == (2, "OptionsError")
    assert "queue.agency_keys" in answer["message"]


def _claims_of_people_without_one(
    kiosk: KioskFiles, agency: Agency, offset: int, n: int
) -> list[str]:
    """Queues valid claims (server/schemas.py ClaimPayload) of seeded people, each proven
    by the holder's card as a kiosk queues it offline."""
    with agency.sessions()() as session:
        people = [
            (person.ssn, person.mobile, person.card_region, person.card_number)
            for person in session.execute(
                select(Claimant)
                .where(Claimant.id.not_in(select(Claim.claimant_id)))
                .order_by(Claimant.id)
                .offset(offset)
                .limit(n)
            ).scalars()
        ]
    assert len(people) == n
    with Outbox(kiosk.db, kiosk.data_key) as box:
        references = []
        for person in people:
            reference, payload, login = proven_claim(*person)
            references.append(
                box.enqueue(ItemKind.CLAIM, payload, client_reference=reference, login=login)
            )
        return references


def test_sync_reaches_the_reference_server_signed_with_the_kiosks_key(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], agency: Agency
) -> None:
    """The one signed client end to end: settings and secrets only, the real server checks."""
    references = _claims_of_people_without_one(kiosk, agency, offset=0, n=2)
    kiosk.enrol(agency)
    code, answer = kiosk.run(capsys, "sync")
    assert (code, answer["acknowledged"], answer["remaining"]) == (0, 2, 0)
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    try:
        assert [client.claim(reference).reference for reference in references] == references
    finally:
        client.close()


def test_a_key_the_agency_does_not_know_keeps_the_items(
    kiosk: KioskFiles, capsys: pytest.CaptureFixture[str], agency: Agency
) -> None:
    references = _claims_of_people_without_one(kiosk, agency, offset=2, n=1)
    kiosk.configure(server=agency.url, kiosk_id=agency.kiosk_id)  # enrolled id, other key
    code, answer = kiosk.run(capsys, "sync")
    assert (code, answer["offline"], answer["remaining"]) == (1, True, 1)
    assert "signature_invalid" in answer["errors"][0]
    with agency.sessions()() as session:
        stored = session.execute(select(Claim).where(Claim.reference == references[0]))
        assert stored.first() is None
