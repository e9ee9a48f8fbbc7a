"""Field-staff bundles out, signed acknowledgements in; anything suspicious changes nothing."""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from contract.bundle_format import (
    RejectedEntry,
    build_ack,
    peek_bundle_kiosk_id,
    read_bundle,
)
from offline_queue.atomic_file import write_atomically
from offline_queue.bundles import BundleKeys, export_bundle, import_acks
from offline_queue.errors import (
    AckReplayedError,
    AckUnknownBundleError,
    BundleTamperedError,
    BundleTruncatedError,
    BundleWrongKeyError,
    BundleWrongKioskError,
    StorageError,
)
from offline_queue.items import ItemKind, ItemState
from offline_queue.outbox import Outbox
from tests.offline_queue.queue_helpers import ID_NUMBER, KIOSK_ID, claim_payload, proven_claim


@dataclass
class AgencyKeys:
    decryption_key: X25519PrivateKey
    signing_key: Ed25519PrivateKey


@pytest.fixture
def agency() -> AgencyKeys:
    return AgencyKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())


@pytest.fixture
def kiosk_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def keys(agency: AgencyKeys, kiosk_key: Ed25519PrivateKey) -> BundleKeys:
    return BundleKeys(
        kiosk_id=KIOSK_ID,
        kiosk_signing_key=kiosk_key,
        agency_encryption_key=agency.decryption_key.public_key(),
        agency_signing_key=agency.signing_key.public_key(),
    )


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    directory = tmp_path / "usb"
    directory.mkdir()
    return directory


def _fill(outbox: Outbox, n: int) -> list[str]:
    return [outbox.enqueue(ItemKind.CLAIM, claim_payload(i), id_number=ID_NUMBER) for i in range(n)]


def _snapshot(outbox: Outbox) -> list[tuple[str, str]]:
    return sorted(
        (item.client_reference, item.state.value) for item in outbox.find_by_id_number(ID_NUMBER)
    )


def test_exported_bundle_opens_only_at_the_agency_and_acks_close_the_items(
    outbox: Outbox, keys: BundleKeys, agency: AgencyKeys, kiosk_key: Ed25519PrivateKey, stick: Path
) -> None:
    references = _fill(outbox, 5)
    exported = export_bundle(outbox, keys, stick)
    assert exported is not None
    assert [p.name for p in stick.iterdir()] == [exported.path.name]
    assert outbox.counts()[ItemState.EXPORTED] == 5
    data = exported.path.read_bytes()
    assert b"2201021990" not in data and b"13800000000" not in data

    opened = read_bundle(
        data, agency_private_key=agency.decryption_key, kiosk_public_key=kiosk_key.public_key()
    )
    assert opened.manifest.kiosk_id == KIOSK_ID and opened.manifest.item_count == 5
    assert opened.manifest.counts_by_kind == {"claim": 5}
    assert sorted(i.client_reference for i in opened.items) == sorted(references)
    assert opened.items[0].payload["ssn"] == claim_payload(0)["ssn"]

    ack = build_ack(
        kiosk_id=KIOSK_ID,
        bundle_id=opened.manifest.bundle_id,
        acknowledged=references[:4],
        rejected=[RejectedEntry(references[4], "not_eligible", "no separation on file")],
        agency_signing_key=agency.signing_key,
    )
    ack_path = stick / "ack.ctack"
    ack_path.write_bytes(ack)
    outcome = import_acks(outbox, keys, ack_path)
    assert (outcome.acknowledged, outcome.rejected) == (4, 1)
    assert outbox.counts()[ItemState.ACKNOWLEDGED] == 4
    assert outbox.counts()[ItemState.REJECTED] == 1


def test_the_claimants_proof_travels_in_the_bundle_beside_the_payload(
    outbox: Outbox, keys: BundleKeys, agency: AgencyKeys, kiosk_key: Ed25519PrivateKey, stick: Path
) -> None:
    reference, payload, login = proven_claim("22240519800515123X", "13912345678", "222405", "A8277")
    outbox.enqueue(ItemKind.CLAIM, payload, client_reference=reference, login=login)
    legacy = outbox.enqueue(ItemKind.CLAIM, claim_payload(1))  # queued before kiosks kept proofs
    exported = export_bundle(outbox, keys, stick)
    assert exported is not None
    data = exported.path.read_bytes()
    assert login["cryptogram"].encode() not in data  # the bundle is encrypted for the agency
    opened = read_bundle(
        data, agency_private_key=agency.decryption_key, kiosk_public_key=kiosk_key.public_key()
    )
    items = {item.client_reference: item for item in opened.items}
    assert items[reference].login == login and items[reference].payload == payload
    assert items[legacy].login is None


def test_nothing_to_export_writes_no_file(outbox: Outbox, keys: BundleKeys, stick: Path) -> None:
    assert export_bundle(outbox, keys, stick) is None
    assert list(stick.iterdir()) == []


def test_a_missing_stick_leaves_items_pending(
    outbox: Outbox, keys: BundleKeys, tmp_path: Path
) -> None:
    _fill(outbox, 2)
    with pytest.raises(StorageError, match="not a directory"):
        export_bundle(outbox, keys, tmp_path / "not-mounted")
    assert outbox.counts()[ItemState.PENDING] == 2


def test_a_bundle_that_fails_its_read_back_check_is_removed(stick: Path) -> None:
    def refuse(_written: bytes) -> None:
        raise BundleTamperedError("the bundle read back from the stick differs")

    with pytest.raises(BundleTamperedError):
        write_atomically(stick / "x.ctbundle", b"content", refuse)
    assert list(stick.iterdir()) == []


def test_a_partly_written_bundle_is_refused_as_truncated(
    outbox: Outbox, keys: BundleKeys, agency: AgencyKeys, kiosk_key: Ed25519PrivateKey, stick: Path
) -> None:
    _fill(outbox, 3)
    exported = export_bundle(outbox, keys, stick)
    assert exported is not None
    data = exported.path.read_bytes()
    for cut in (0, 1, len(data) // 3, len(data) - 3):
        with pytest.raises(BundleTruncatedError):
            read_bundle(
                data[:cut],
                agency_private_key=agency.decryption_key,
                kiosk_public_key=kiosk_key.public_key(),
            )


def _tamper_body(data: bytes, change: str) -> bytes:
    envelope = json.loads(data)
    body = json.loads(base64.b64decode(envelope["body"]))
    if change == "count":
        body["manifest"]["item_count"] += 1
    else:
        blob = bytearray(base64.b64decode(body["ciphertext"]))
        blob[len(blob) // 2] ^= 0x01
        body["ciphertext"] = base64.b64encode(bytes(blob)).decode()
    envelope["body"] = base64.b64encode(json.dumps(body).encode()).decode()
    return json.dumps(envelope).encode()


@pytest.mark.parametrize("change", ["count", "ciphertext"])
def test_a_tampered_bundle_is_refused(
    outbox: Outbox,
    keys: BundleKeys,
    agency: AgencyKeys,
    kiosk_key: Ed25519PrivateKey,
    stick: Path,
    change: str,
) -> None:
    _fill(outbox, 3)
    exported = export_bundle(outbox, keys, stick)
    assert exported is not None
    with pytest.raises(BundleTamperedError):
        read_bundle(
            _tamper_body(exported.path.read_bytes(), change),
            agency_private_key=agency.decryption_key,
            kiosk_public_key=kiosk_key.public_key(),
        )


def test_a_bundle_for_another_agency_key_or_from_another_kiosk_is_refused(
    outbox: Outbox, keys: BundleKeys, agency: AgencyKeys, kiosk_key: Ed25519PrivateKey, stick: Path
) -> None:
    _fill(outbox, 2)
    exported = export_bundle(outbox, keys, stick)
    assert exported is not None
    data = exported.path.read_bytes()
    with pytest.raises(BundleWrongKeyError):
        read_bundle(
            data,
            agency_private_key=X25519PrivateKey.generate(),
            kiosk_public_key=kiosk_key.public_key(),
        )
    with pytest.raises(BundleWrongKeyError):
        read_bundle(
            data,
            agency_private_key=agency.decryption_key,
            kiosk_public_key=Ed25519PrivateKey.generate().public_key(),
        )
    with pytest.raises(BundleWrongKioskError):
        read_bundle(
            data,
            agency_private_key=agency.decryption_key,
            kiosk_public_key=kiosk_key.public_key(),
            expected_kiosk_id="kiosk-222405-002",
        )


class TestRefusedAckFilesChangeNothing:
    @pytest.fixture
    def exported(self, outbox: Outbox, keys: BundleKeys, stick: Path) -> tuple[str, list[str]]:
        references = _fill(outbox, 3)
        result = export_bundle(outbox, keys, stick)
        assert result is not None
        return result.manifest.bundle_id, references

    def _import(self, outbox: Outbox, keys: BundleKeys, stick: Path, data: bytes) -> None:
        path = stick / "ack.ctack"
        path.write_bytes(data)
        import_acks(outbox, keys, path)

    def _ack(self, agency: AgencyKeys, bundle_id: str, refs: list[str], **kw: object) -> bytes:
        return build_ack(
            kiosk_id=str(kw.get("kiosk_id", KIOSK_ID)),
            bundle_id=bundle_id,
            acknowledged=refs,
            agency_signing_key=kw.get("key", agency.signing_key),  # type: ignore[arg-type]
            ack_id=kw.get("ack_id"),  # type: ignore[arg-type]
        )

    def test_tampered(
        self,
        outbox: Outbox,
        keys: BundleKeys,
        agency: AgencyKeys,
        stick: Path,
        exported: tuple[str, list[str]],
    ) -> None:
        bundle_id, refs = exported
        before = _snapshot(outbox)
        good = self._ack(agency, bundle_id, refs[:1])
        envelope = json.loads(good)
        body = json.loads(base64.b64decode(envelope["body"]))
        body["acknowledged"] = refs  # claims all three were received
        envelope["body"] = base64.b64encode(json.dumps(body).encode()).decode()
        with pytest.raises(BundleTamperedError):
            self._import(outbox, keys, stick, json.dumps(envelope).encode())
        assert _snapshot(outbox) == before

    def test_truncated(
        self,
        outbox: Outbox,
        keys: BundleKeys,
        agency: AgencyKeys,
        stick: Path,
        exported: tuple[str, list[str]],
    ) -> None:
        bundle_id, refs = exported
        before = _snapshot(outbox)
        data = self._ack(agency, bundle_id, refs)
        with pytest.raises(BundleTruncatedError):
            self._import(outbox, keys, stick, data[: len(data) // 2])
        assert _snapshot(outbox) == before

    def test_replayed(
        self,
        outbox: Outbox,
        keys: BundleKeys,
        agency: AgencyKeys,
        stick: Path,
        exported: tuple[str, list[str]],
    ) -> None:
        bundle_id, refs = exported
        data = self._ack(agency, bundle_id, refs[:1])
        self._import(outbox, keys, stick, data)
        after_first = _snapshot(outbox)
        with pytest.raises(AckReplayedError):
            self._import(outbox, keys, stick, data)
        assert _snapshot(outbox) == after_first

    def test_wrong_kiosk(
        self,
        outbox: Outbox,
        keys: BundleKeys,
        agency: AgencyKeys,
        stick: Path,
        exported: tuple[str, list[str]],
    ) -> None:
        bundle_id, refs = exported
        before = _snapshot(outbox)
        with pytest.raises(BundleWrongKioskError):
            self._import(
                outbox, keys, stick, self._ack(agency, bundle_id, refs, kiosk_id="kiosk-x")
            )
        assert _snapshot(outbox) == before

    def test_wrong_key(
        self,
        outbox: Outbox,
        keys: BundleKeys,
        agency: AgencyKeys,
        stick: Path,
        exported: tuple[str, list[str]],
    ) -> None:
        bundle_id, refs = exported
        before = _snapshot(outbox)
        forged = self._ack(agency, bundle_id, refs, key=Ed25519PrivateKey.generate())
        with pytest.raises(BundleWrongKeyError):
            self._import(outbox, keys, stick, forged)
        assert _snapshot(outbox) == before

    def test_unknown_bundle_or_foreign_items(
        self,
        outbox: Outbox,
        keys: BundleKeys,
        agency: AgencyKeys,
        stick: Path,
        exported: tuple[str, list[str]],
    ) -> None:
        bundle_id, refs = exported
        stranger = outbox.enqueue(ItemKind.CLAIM, claim_payload(9), id_number=ID_NUMBER)
        before = _snapshot(outbox)
        with pytest.raises(AckUnknownBundleError):
            self._import(outbox, keys, stick, self._ack(agency, str(uuid.uuid4()), refs))
        with pytest.raises(AckUnknownBundleError):
            self._import(outbox, keys, stick, self._ack(agency, bundle_id, [*refs, stranger]))
        assert _snapshot(outbox) == before


def test_items_of_a_lost_bundle_travel_again_and_either_ack_closes_them(
    outbox: Outbox, keys: BundleKeys, agency: AgencyKeys, stick: Path
) -> None:
    references = _fill(outbox, 2)
    first = export_bundle(outbox, keys, stick)
    second = export_bundle(outbox, keys, stick)
    assert first is not None and second is not None
    assert second.manifest.item_count == 2
    ack = build_ack(
        kiosk_id=KIOSK_ID,
        bundle_id=first.manifest.bundle_id,
        acknowledged=references,
        agency_signing_key=agency.signing_key,
    )
    (stick / "a.ctack").write_bytes(ack)
    assert import_acks(outbox, keys, stick / "a.ctack").acknowledged == 2
    late = build_ack(
        kiosk_id=KIOSK_ID,
        bundle_id=second.manifest.bundle_id,
        acknowledged=references,
        agency_signing_key=agency.signing_key,
    )
    (stick / "b.ctack").write_bytes(late)
    assert import_acks(outbox, keys, stick / "b.ctack").already_closed == 2
    assert os.path.exists(stick / "b.ctack")


def test_the_agency_can_tell_which_kiosk_key_to_verify_with(
    outbox: Outbox, keys: BundleKeys, stick: Path
) -> None:
    _fill(outbox, 1)
    exported = export_bundle(outbox, keys, stick)
    assert exported is not None
    assert peek_bundle_kiosk_id(exported.path.read_bytes()) == KIOSK_ID
    with pytest.raises(BundleTruncatedError):
        peek_bundle_kiosk_id(b'{"body": "e30="')
