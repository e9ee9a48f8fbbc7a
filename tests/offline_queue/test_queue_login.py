"""The claimant's proof travels with each queued claim: encrypted at rest like the payload, sent
beside it, and an item queued before kiosks kept one is never lost to the upgrade."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select, text

from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.api import AgencyClient
from offline_queue.items import ItemKind, ItemState
from offline_queue.outbox import Outbox
from offline_queue.payload_crypto import PayloadCipher
from offline_queue.storage import create_queue_engine, upgrade_to
from offline_queue.sync_engine import SyncEngine
from server.models import Claim, Claimant
from tests.conftest import Agency
from tests.offline_queue.queue_helpers import ID_NUMBER, claim_payload, proven_claim


def _people(agency: Agency, n: int, offset: int = 0) -> list[tuple[str, str, str, str]]:
    """Seeded people without a claim: (ID number, mobile, card region, card number)."""
    with agency.sessions()() as session:
        rows = session.execute(
            select(Claimant)
            .where(Claimant.id.not_in(select(Claim.claimant_id)))
            .order_by(Claimant.id)
            .offset(offset)
            .limit(n)
        ).scalars()
        people = [(p.ssn, p.mobile, p.card_region, p.card_number) for p in rows]
    assert len(people) == n
    return people


def _rejection_code(path: Path, reference: str) -> str | None:
    with sqlite3.connect(path) as raw:
        row = raw.execute(
            "SELECT rejection_code FROM items WHERE client_reference = ?", (reference,)
        ).fetchone()
    return None if row is None else row[0]


def _sync(outbox: Outbox, agency: Agency) -> None:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, attempts=1)
    try:
        SyncEngine(outbox, AgencyBatchUploader(client)).drain()
    finally:
        client.close()


def test_the_proof_is_encrypted_at_rest_and_comes_back_beside_the_payload(
    queue_path: Path, data_key: bytes
) -> None:
    reference, payload, login = proven_claim("22240519800515123X", "13912345678", "222405", "A8277")
    with Outbox(queue_path, data_key) as box:
        box.enqueue(
            ItemKind.CLAIM, payload, id_number=ID_NUMBER, client_reference=reference, login=login
        )
        on_disk = b"".join(p.read_bytes() for p in queue_path.parent.iterdir())
    for secret in (login["cryptogram"], login["card_id"], login["card_number"]):
        assert secret.encode() not in on_disk
    with Outbox(queue_path, data_key) as box:
        (exported,) = box.bundles.exportable()
        (claimed,) = box.claim_due(10, max_future_s=60)
    assert exported.login == login and claimed.login == login
    assert claimed.payload == payload


def test_a_login_blob_cannot_be_read_as_a_payload_or_moved_to_another_item(
    queue_path: Path, data_key: bytes
) -> None:
    reference, payload, login = proven_claim("22240519800515123X", "13912345678", "222405", "A8277")
    with Outbox(queue_path, data_key) as box:
        box.enqueue(ItemKind.CLAIM, payload, client_reference=reference, login=login)
        other = box.enqueue(ItemKind.CLAIM, claim_payload(1))
    engine = create_queue_engine(queue_path)
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE items SET login = (SELECT login FROM items WHERE client_reference = :a)"
                " WHERE client_reference = :b"
            ),
            {"a": reference, "b": other},
        )
        blob = connection.execute(
            text("SELECT login FROM items WHERE client_reference = :a"), {"a": reference}
        ).scalar_one()
    engine.dispose()
    cipher = PayloadCipher(data_key)
    assert cipher.decrypt_login(reference, blob) == login
    for wrong in (
        lambda: cipher.decrypt(reference, blob),
        lambda: cipher.decrypt_login(other, blob),
    ):
        try:
            wrong()
        except Exception as exc:  # DataKeyError: the tag does not match
            assert type(exc).__name__ == "DataKeyError"
        else:
            raise AssertionError("a login blob decrypted out of its place")


def test_proven_claims_queued_offline_reach_the_agency(
    agency: Agency, queue_path: Path, data_key: bytes
) -> None:
    people = _people(agency, 2)
    with Outbox(queue_path, data_key) as box:
        references = []
        for person in people:
            reference, payload, login = proven_claim(*person)
            references.append(
                box.enqueue(ItemKind.CLAIM, payload, client_reference=reference, login=login)
            )
        _sync(box, agency)
        assert box.counts()[ItemState.ACKNOWLEDGED] == 2
    with agency.sessions()() as session:
        stored = session.execute(
            select(Claim.reference).where(Claim.reference.in_(references))
        ).scalars()
        assert sorted(stored) == sorted(references)


def test_a_proof_for_another_claim_is_refused_and_the_item_kept(
    agency: Agency, queue_path: Path, data_key: bytes
) -> None:
    """The card answered the challenge of one claim; replayed on a changed claim, it fails."""
    (person,) = _people(agency, 1, offset=2)
    _, payload, login = proven_claim(*person)
    changed = {**payload, "language": "ko"}
    with Outbox(queue_path, data_key) as box:
        reference = box.enqueue(ItemKind.CLAIM, changed, login=login)
        _sync(box, agency)
        summary = box.summary(reference)
        assert summary is not None and summary.state is ItemState.REJECTED
    assert _rejection_code(queue_path, reference) == "card_proof_invalid"


def _queue_at_revision_2(path: Path, data_key: bytes, payload: dict[str, object]) -> str:
    """A queue as the kiosk before proofs left it: one pending claim, no login column."""
    path.parent.mkdir(parents=True, exist_ok=True)
    cipher = PayloadCipher(data_key)
    engine = create_queue_engine(path)
    upgrade_to(engine, "0002_audit_stubs")
    reference = str(uuid.uuid4())
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO queue_meta VALUES ('data_key_check', :v)"), {"v": cipher.key_check}
        )
        connection.execute(
            text(
                "INSERT INTO items (client_reference, kind, payload, id_hash, state, attempts,"
                " next_attempt_at, created_at, updated_at)"
                " VALUES (:ref, 'claim', :payload, NULL, 'pending', 0, 1, 1, 1)"
            ),
            {"ref": reference, "payload": cipher.encrypt(reference, payload)},
        )
    engine.dispose()
    return reference


def test_an_item_queued_before_the_update_is_sent_and_kept_when_the_agency_refuses_it(
    agency: Agency, queue_path: Path, data_key: bytes
) -> None:
    (person,) = _people(agency, 1, offset=3)
    _, payload, _ = proven_claim(*person)
    reference = _queue_at_revision_2(queue_path, data_key, payload)
    with Outbox(queue_path, data_key) as box:
        (item,) = box.bundles.exportable()
        assert item.client_reference == reference and item.login is None
        assert item.payload == payload
        _sync(box, agency)
        summary = box.summary(reference)
        # The agency no longer takes a claim on the kiosk's word: refused, and still here for
        # staff to see and the claimant to be told (rejected items are never purged).
        assert summary is not None and summary.state is ItemState.REJECTED
        assert box.purge(retention_s=0) == 0
        assert box.summary(reference) is not None
    with Outbox(queue_path, data_key) as box:
        assert box.counts()[ItemState.REJECTED] == 1
    assert _rejection_code(queue_path, reference) == "login_proof_required"
