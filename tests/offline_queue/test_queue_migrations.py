"""A kiosk update migrates the queue in place and never loses a queued item."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import text

from offline_queue.items import AgencyAnswer, ItemResult, ItemState, ResultKind
from offline_queue.outbox import Outbox
from offline_queue.payload_crypto import PayloadCipher
from offline_queue.storage import HEAD_REVISION, create_queue_engine, upgrade_to
from tests.offline_queue.queue_helpers import ID_NUMBER, claim_payload, seq_of


def _queue_at_revision_1(path: Path, data_key: bytes) -> dict[str, str]:
    """Writes rows as a revision-1 kiosk would have: one item in every state."""
    path.parent.mkdir(parents=True, exist_ok=True)
    cipher = PayloadCipher(data_key)
    engine = create_queue_engine(path)
    upgrade_to(engine, "0001_initial")
    states = {state.value: str(uuid.uuid4()) for state in ItemState}
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO queue_meta VALUES ('data_key_check', :v)"), {"v": cipher.key_check}
        )
        connection.execute(
            text("INSERT INTO bundles VALUES ('b0000000-0000-4000-8000-000000000000', 5, 1, 'x')")
        )
        for n, (state, reference) in enumerate(states.items()):
            connection.execute(
                text(
                    "INSERT INTO items (client_reference, kind, payload, id_hash, state, attempts,"
                    " next_attempt_at, last_error, bundle_id, created_at, updated_at, closed_at)"
                    " VALUES (:ref, 'claim', :payload, :hash, :state, :attempts, 10, :error,"
                    " :bundle, :n, :n, :closed)"
                ),
                {
                    "ref": reference,
                    "payload": cipher.encrypt(reference, claim_payload(n)),
                    "hash": cipher.id_lookup_hash(ID_NUMBER),
                    "state": state,
                    "attempts": n,
                    "error": "not_eligible: no separation on file" if state == "rejected" else None,
                    "bundle": (
                        "b0000000-0000-4000-8000-000000000000" if state == "exported" else None
                    ),
                    "n": float(n + 1),
                    "closed": 20.0 if state in ("acknowledged", "rejected") else None,
                },
            )
    engine.dispose()
    return states


def test_upgrading_from_revision_1_keeps_every_item_in_every_state(
    queue_path: Path, data_key: bytes
) -> None:
    states = _queue_at_revision_1(queue_path, data_key)
    with sqlite3.connect(queue_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )

    with Outbox(queue_path, data_key) as box:
        found = {item.client_reference: item for item in box.find_by_id_number(ID_NUMBER)}
        assert {ref: item.state.value for ref, item in found.items()} == {
            ref: state for state, ref in states.items()
        }
        assert box.counts() == {state: 1 for state in ItemState}
        sendable = {item.client_reference: item.payload for item in box.bundles.exportable()}
        assert set(sendable) == {states["pending"], states["exported"]}
        assert seq_of(sendable[states["pending"]]) == list(states).index("pending")

    with sqlite3.connect(queue_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
        code = raw.execute(
            "SELECT rejection_code FROM items WHERE client_reference = ?", (states["rejected"],)
        ).fetchone()
        assert code == ("not_eligible",)
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
    assert {"audit_stubs", "imported_acks"} <= tables


def test_items_stuck_in_sending_before_the_upgrade_are_resent_after_it(
    queue_path: Path, data_key: bytes
) -> None:
    states = _queue_at_revision_1(queue_path, data_key)
    with Outbox(queue_path, data_key) as box:
        assert box.recover_interrupted() == 1
        assert box.summary(states["sending"]).state is ItemState.PENDING  # type: ignore[union-attr]


def test_an_item_delivered_before_answers_were_kept_upgrades_without_one(
    queue_path: Path, data_key: bytes
) -> None:
    """Revision 0004 adds the agency's answer: older deliveries have none and stay delivered;
    deliveries after the upgrade keep theirs, encrypted."""
    queue_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_queue_engine(queue_path)
    upgrade_to(engine, "0003_submission_login")
    engine.dispose()
    with sqlite3.connect(queue_path) as raw:
        assert "answer" not in {row[1] for row in raw.execute("PRAGMA table_info(items)")}
    cipher = PayloadCipher(data_key)
    delivered = str(uuid.uuid4())
    with sqlite3.connect(queue_path) as raw:
        raw.execute("INSERT INTO queue_meta VALUES ('data_key_check', ?)", (cipher.key_check,))
        raw.execute(
            "INSERT INTO items (client_reference, kind, payload, state, attempts, next_attempt_at,"
            " created_at, updated_at, closed_at) VALUES (?, 'claim', ?, 'acknowledged', 1, 1, 1,"
            " 2, 2)",
            (delivered, cipher.encrypt(delivered, claim_payload(1))),
        )

    with Outbox(queue_path, data_key) as box:
        before = box.outcome(delivered)
        assert before is not None and before.state is ItemState.ACKNOWLEDGED
        assert before.answer is None
        fresh = box.enqueue("claim", claim_payload(2))
        box.claim_due(10, max_future_s=60.0)
        answer = AgencyAnswer(fresh, "received", "K7Q2M9AB")
        box.record_results([ItemResult(fresh, ResultKind.CREATED, answer=answer)])
    with Outbox(queue_path, data_key) as box:
        after = box.outcome(fresh)
    assert after is not None and after.answer == answer
    with sqlite3.connect(queue_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert b"K7Q2M9AB" not in b"".join(p.read_bytes() for p in queue_path.parent.iterdir())
