"""`kiosk queue ...` as a technician or field-staff member runs it."""

from __future__ import annotations

import argparse
import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.commands.queue import register
from offline_queue.bundle_format import build_ack, read_bundle
from offline_queue.items import ItemKind
from offline_queue.outbox import Outbox
from tests.offline_queue.loopback_server import LoopbackServer
from tests.offline_queue.queue_helpers import KIOSK_ID, claim_payload


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


class Kiosk:
    """A kiosk's files on disk, as the CLI finds them."""

    def __init__(self, root: Path) -> None:
        self.db = root / "outbox.db"
        self.data_key = os.urandom(32)
        self.signing_seed = os.urandom(32)
        self.secrets = root / "secrets.toml"
        self.secrets.write_text(
            f'kiosk_key = "{_b64(os.urandom(32))}"\n'
            f'queue_data_key = "{_b64(self.data_key)}"\n'
            f'signing_key = "{_b64(self.signing_seed)}"\n'
        )
        self.secrets.chmod(0o600)
        self.agency_decryption = X25519PrivateKey.generate()
        self.agency_signing = Ed25519PrivateKey.generate()
        self.agency_keys = root / "agency.toml"
        enc = self.agency_decryption.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        sig = self.agency_signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.agency_keys.write_text(
            f'agency_encryption_public_key = "{_b64(enc)}"\n'
            f'agency_signing_public_key = "{_b64(sig)}"\n'
        )

    def fill(self, n: int) -> list[str]:
        with Outbox(self.db, self.data_key) as box:
            return [box.enqueue(ItemKind.CLAIM, claim_payload(i)) for i in range(n)]

    def run(self, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
        parser = argparse.ArgumentParser()
        register(parser.add_subparsers(dest="command", required=True))
        options = ["--db", str(self.db), "--secrets", str(self.secrets), "--json"]
        options += ["--kiosk-id", KIOSK_ID, "--agency-keys", str(self.agency_keys)]
        args = parser.parse_args(["queue", argv[0], *options, *argv[1:]])
        code = args.handler(args, None)
        out = capsys.readouterr().out.strip().splitlines()
        return code, json.loads(out[-1])


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    return Kiosk(tmp_path)


def test_status_reports_counts_and_the_warning_flag(
    kiosk: Kiosk, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.fill(3)
    code, answer = kiosk.run(capsys, "status")
    assert code == 0
    assert answer["counts"]["pending"] == 3 and answer["warning"] is False


def test_sync_delivers_to_the_server_and_says_nothing_remains(
    kiosk: Kiosk, capsys: pytest.CaptureFixture[str], server: LoopbackServer
) -> None:
    kiosk.fill(5)
    code, answer = kiosk.run(capsys, "sync", "--server", server.url)
    assert (code, answer["acknowledged"], answer["remaining"]) == (0, 5, 0)
    assert len(server.store.claims()) == 5


def test_sync_with_the_agency_down_exits_1_and_keeps_items(
    kiosk: Kiosk, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.fill(2)
    code, answer = kiosk.run(capsys, "sync", "--server", "http://127.0.0.1:9")
    assert (code, answer["offline"], answer["remaining"]) == (1, True, 2)


def test_export_then_import_acks_closes_the_items(
    kiosk: Kiosk, capsys: pytest.CaptureFixture[str], tmp_path: Path
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
    kiosk: Kiosk, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosk.fill(1)
    kiosk.db.write_bytes(b"\0" * 4096)
    code, answer = kiosk.run(capsys, "status")
    assert (code, answer["error"]) == (2, "QueueCorruptError")
    assert kiosk.db.read_bytes() == b"\0" * 4096
