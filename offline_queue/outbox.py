"""The durable outbox: every state change of a queued item goes through here.

Each method is one short transaction on a connection of its own from the pool, so the sync thread
and the claimant's enqueue never wait on each other for longer than a single write. Payloads are
encrypted before they reach SQLite and decrypted only into memory.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Engine, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from offline_queue.errors import (
    AckReplayedError,
    AckUnknownBundleError,
    DataKeyError,
    QueueFullError,
    StorageError,
)
from offline_queue.items import (
    UNDELIVERED_STATES,
    ItemResult,
    ItemState,
    OutgoingItem,
    QueuedItemSummary,
    ResultKind,
)
from offline_queue.limits import QueueHealth, QueueLimits
from offline_queue.payload_crypto import PayloadCipher
from offline_queue.schema import (
    AuditStub,
    Base,
    Bundle,
    BundleMember,
    ImportedAck,
    Item,
    QueueMeta,
)
from offline_queue.storage import open_queue_engine, translate_database_error

_T = TypeVar("_T")
_KEY_CHECK = "data_key_check"
_MAX_ERROR_CHARS = 300
_UNDELIVERED = [state.value for state in UNDELIVERED_STATES]
_SENDABLE = [ItemState.PENDING.value, ItemState.EXPORTED.value]


@dataclass(frozen=True, slots=True)
class AckOutcome:
    acknowledged: int
    rejected: int
    already_closed: int


class Outbox:
    """One open queue file. Thread-safe: every call checks out its own pooled connection."""

    def __init__(
        self,
        path: Path | str,
        data_key: bytes,
        *,
        limits: QueueLimits | None = None,
        busy_timeout_ms: int = 5000,
        max_page_count: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path)
        self.limits = limits or QueueLimits()
        self._cipher = PayloadCipher(data_key)
        self._clock = clock
        self._engine: Engine = open_queue_engine(
            self.path, busy_timeout_ms=busy_timeout_ms, max_page_count=max_page_count
        )
        try:
            self._check_data_key()
        except BaseException:
            self._engine.dispose()
            raise

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """Every transaction, reads included, begins IMMEDIATE (see storage.py): reads are
        short, and a read that later writes can then never fail half-way on a lock upgrade."""
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DatabaseError as exc:
            raise translate_database_error(exc, self.path) from None

    def _check_data_key(self) -> None:
        with self._transaction() as session:
            stored = session.get(QueueMeta, _KEY_CHECK)
            if stored is None:
                session.add(QueueMeta(key=_KEY_CHECK, value=self._cipher.key_check))
            elif stored.value != self._cipher.key_check:
                raise DataKeyError(
                    f"The data key does not match the one the queue {self.path} was created with. "
                    "Restore the kiosk's secrets file; do not delete the queue."
                )

    # -- claimant side ---------------------------------------------------------------------

    def enqueue(
        self,
        kind: str,
        payload: Mapping[str, Any],
        *,
        id_number: str | None = None,
        client_reference: str | None = None,
        login: Mapping[str, Any] | None = None,
    ) -> str:
        """Stores a submission durably, with the claimant's `login` proof, and returns its
        reference.

        When this returns, the row is committed and SQLite has fsynced the WAL (synchronous=FULL),
        so the claimant may be told it was received. Raises `QueueFullError` or a `StorageError`
        otherwise, and then nothing was stored.
        """
        reference = client_reference or str(uuid.uuid4())
        sealed = self._cipher.encrypt(reference, payload)
        sealed_login = None if login is None else self._cipher.encrypt_login(reference, login)
        id_hash = self._cipher.id_lookup_hash(id_number) if id_number else None
        now = self._clock()
        with self._transaction() as session:
            already = session.scalar(select(Item.kind).where(Item.client_reference == reference))
            if already is not None:
                # The same submission confirmed twice (a retried tap, a restarted session):
                # storing it once is what the claimant meant.
                return reference
            depth = session.scalar(
                select(func.count()).select_from(Item).where(Item.state.in_(_UNDELIVERED))
            )
            if (depth or 0) >= self.limits.max_items:
                raise QueueFullError(
                    f"The offline queue holds {depth} undelivered submissions, its limit; the "
                    "submission was NOT stored. Restore the network or export a bundle."
                )
            session.add(
                Item(
                    client_reference=reference,
                    kind=kind,
                    payload=sealed,
                    login=sealed_login,
                    id_hash=id_hash,
                    state=ItemState.PENDING.value,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    updated_at=now,
                )
            )
        return reference

    def find_by_id_number(self, id_number: str) -> list[QueuedItemSummary]:
        """The claimant's items still held here, for a status query while offline."""
        id_hash = self._cipher.id_lookup_hash(id_number)
        with self._transaction() as session:
            rows = session.scalars(
                select(Item).where(Item.id_hash == id_hash).order_by(Item.created_at)
            ).all()
            return [_summary(row) for row in rows]

    def summary(self, client_reference: str) -> QueuedItemSummary | None:
        with self._transaction() as session:
            row = session.scalar(select(Item).where(Item.client_reference == client_reference))
            return None if row is None else _summary(row)

    def health(self) -> QueueHealth:
        with self._transaction() as session:
            depth, oldest = session.execute(
                select(func.count(), func.min(Item.created_at)).where(Item.state.in_(_UNDELIVERED))
            ).one()
        age = None if oldest is None else max(0.0, self._clock() - float(oldest))
        return QueueHealth.assess(int(depth), age, self.limits)

    def counts(self) -> dict[ItemState, int]:
        with self._transaction() as session:
            rows = session.execute(select(Item.state, func.count()).group_by(Item.state)).all()
        found = {str(state): int(count) for state, count in rows}
        return {state: found.get(state.value, 0) for state in ItemState}

    def audit_stub_count(self) -> int:
        with self._transaction() as session:
            return int(session.scalar(select(func.count()).select_from(AuditStub)) or 0)

    # -- sync side ---------------------------------------------------------------------------

    def recover_interrupted(self) -> int:
        """Puts items left in `sending` by a crash back to `pending`, due now.

        They are resent with the same reference; the agency treats it as an idempotency key, so
        an item the agency had already stored comes back as `duplicate`, not as a second claim.
        """
        now = self._clock()
        with self._transaction() as session:
            result = session.execute(
                update(Item)
                .where(Item.state == ItemState.SENDING.value)
                .values(state=ItemState.PENDING.value, next_attempt_at=now, updated_at=now)
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    def claim_due(
        self, limit: int, *, max_future_s: float, regardless_of_backoff: set[str] | None = None
    ) -> list[OutgoingItem]:
        """Moves up to `limit` due items to `sending` and returns them decrypted.

        `exported` items are sent too: the network may come back before the stick reaches the
        agency, and the agency counts a reference once however it arrives.

        A stored next attempt more than `max_future_s` ahead can only come from a wall clock that
        has since been set back; such items count as due rather than waiting for days.

        `regardless_of_backoff`: claim items whatever their next attempt time, except the
        references in the set (already tried by the caller).
        """
        now = self._clock()
        with self._transaction() as session:
            due: ColumnElement[bool]
            if regardless_of_backoff is None:
                due = (Item.next_attempt_at <= now) | (Item.next_attempt_at > now + max_future_s)
            else:
                due = Item.client_reference.not_in(regardless_of_backoff)
            rows = session.execute(
                select(
                    Item.id,
                    Item.client_reference,
                    Item.kind,
                    Item.created_at,
                    Item.payload,
                    Item.login,
                )
                .where(Item.state.in_(_SENDABLE), due)
                .order_by(Item.next_attempt_at, Item.id)
                .limit(limit)
            ).all()
            for chunk in _chunks([row.id for row in rows], 500):
                session.execute(
                    update(Item)
                    .where(Item.id.in_(chunk))
                    .values(
                        state=ItemState.SENDING.value,
                        attempts=Item.attempts + 1,
                        updated_at=now,
                    )
                    .execution_options(synchronize_session=False)
                )
        # Decrypted only after the commit, keeping the write lock as short as possible.
        return [
            self._decrypted(row.client_reference, row.kind, row.created_at, row.payload, row.login)
            for row in rows
        ]

    def next_due_in(self, *, max_future_s: float) -> float | None:
        """Seconds until the next sendable item is due (0 if one is), None if nothing waits."""
        now = self._clock()
        with self._transaction() as session:
            earliest = session.scalar(
                select(func.min(Item.next_attempt_at)).where(
                    Item.state.in_(_SENDABLE), Item.next_attempt_at <= now + max_future_s
                )
            )
            if earliest is None:
                beyond = session.scalar(
                    select(func.count()).select_from(Item).where(Item.state.in_(_SENDABLE))
                )
                return 0.0 if beyond else None
        return max(0.0, float(earliest) - now)

    def record_results(self, results: Sequence[ItemResult]) -> tuple[int, int]:
        """Applies the agency's per-item answers; returns (acknowledged, rejected).

        Only items still in `sending` change: an ack file imported meanwhile has already closed
        the others. One compiled statement per outcome, executed for all rows, keeps this cheap
        for 200-item batches.
        """
        now = self._clock()
        table = Base.metadata.tables[Item.__tablename__]
        still_sending = (table.c.client_reference == bindparam("ref")) & (
            table.c.state == ItemState.SENDING.value
        )
        accepted = [
            {"ref": r.client_reference}
            for r in results
            if r.result in (ResultKind.CREATED, ResultKind.DUPLICATE)
        ]
        refused = [
            {
                "ref": r.client_reference,
                "code": _clip(r.code or "rejected"),
                "message": _clip(r.message or ""),
            }
            for r in results
            if r.result is ResultKind.REJECTED
        ]
        with self._transaction() as session:
            connection = session.connection()
            if accepted:
                connection.execute(
                    update(table)
                    .where(still_sending)
                    .values(
                        state=ItemState.ACKNOWLEDGED.value,
                        last_error=None,
                        closed_at=now,
                        updated_at=now,
                    ),
                    accepted,
                )
            if refused:
                connection.execute(
                    update(table)
                    .where(still_sending)
                    .values(
                        state=ItemState.REJECTED.value,
                        rejection_code=bindparam("code"),
                        last_error=bindparam("message"),
                        closed_at=now,
                        updated_at=now,
                    ),
                    refused,
                )
        return len(accepted), len(refused)

    def record_transient_failure(
        self, references: Collection[str], error: str, delay_for: Callable[[int], float]
    ) -> None:
        """Returns items to `pending`, each due after its own backoff delay."""
        now = self._clock()
        with self._transaction() as session:
            rows = session.scalars(
                select(Item).where(
                    Item.client_reference.in_(list(references)),
                    Item.state == ItemState.SENDING.value,
                )
            ).all()
            for row in rows:
                row.state = ItemState.PENDING.value
                row.next_attempt_at = now + delay_for(row.attempts)
                row.last_error = _clip(error)
                row.updated_at = now

    # -- hygiene -----------------------------------------------------------------------------

    def purge(self, retention_s: float | None = None) -> int:
        """Replaces acknowledged items older than the retention by non-personal audit stubs."""
        keep_for = self.limits.retention_s if retention_s is None else retention_s
        now = self._clock()
        with self._transaction() as session:
            rows = session.scalars(
                select(Item).where(
                    Item.state == ItemState.ACKNOWLEDGED.value, Item.closed_at <= now - keep_for
                )
            ).all()
            for row in rows:
                session.merge(
                    AuditStub(
                        client_reference=row.client_reference,
                        kind=row.kind,
                        final_state=row.state,
                        created_at=row.created_at,
                        closed_at=row.closed_at,
                        purged_at=now,
                    )
                )
            if rows:
                session.execute(delete(Item).where(Item.id.in_([row.id for row in rows])))
        return len(rows)

    # -- field-staff bundles -------------------------------------------------------------------

    def exportable(self, limit: int | None = None) -> list[OutgoingItem]:
        """Undelivered items for a bundle (`exported` ones again too: a stick may get lost)."""
        with self._transaction() as session:
            query = (
                select(Item).where(Item.state.in_([*_SENDABLE])).order_by(Item.created_at, Item.id)
            )
            if limit is not None:
                query = query.limit(limit)
            return [self._outgoing(row) for row in session.scalars(query).all()]

    def mark_exported(self, bundle_id: str, references: Collection[str], file_name: str) -> int:
        now = self._clock()
        with self._transaction() as session:
            session.add(
                Bundle(
                    bundle_id=bundle_id,
                    created_at=now,
                    item_count=len(references),
                    file_name=file_name,
                )
            )
            session.execute(
                insert(BundleMember),
                [{"bundle_id": bundle_id, "client_reference": ref} for ref in references],
            )
            changed = 0
            for chunk in _chunks(list(references), 500):
                result = session.execute(
                    update(Item)
                    .where(Item.client_reference.in_(chunk), Item.state.in_(_SENDABLE))
                    .values(state=ItemState.EXPORTED.value, bundle_id=bundle_id, updated_at=now)
                )
                changed += int(result.rowcount)  # type: ignore[attr-defined]
            return changed

    def apply_ack(
        self,
        *,
        ack_id: str,
        bundle_id: str,
        acknowledged: Collection[str],
        rejected: Mapping[str, tuple[str, str]],
    ) -> AckOutcome:
        """Closes items of one bundle per the agency's signed acknowledgement, all or nothing.

        Raises `AckReplayedError`/`AckUnknownBundleError` (from the caller's checks repeated here
        under the write lock) so two imports of one file can't both apply.
        """
        now = self._clock()
        with self._transaction() as session:
            if session.get(ImportedAck, ack_id) is not None:
                raise AckReplayedError(f"acknowledgement {ack_id} was already imported")
            if session.get(Bundle, bundle_id) is None:
                raise AckUnknownBundleError(f"this kiosk never exported bundle {bundle_id}")
            members = set(
                session.scalars(
                    select(BundleMember.client_reference).where(BundleMember.bundle_id == bundle_id)
                ).all()
            )
            strangers = (set(acknowledged) | set(rejected)) - members
            if strangers:
                raise AckUnknownBundleError(
                    f"the acknowledgement lists {len(strangers)} items that are not in bundle "
                    f"{bundle_id}; nothing was imported"
                )
            open_states = [*_UNDELIVERED]
            acked = 0
            for chunk in _chunks(list(acknowledged), 500):
                result = session.execute(
                    update(Item)
                    .where(Item.client_reference.in_(chunk), Item.state.in_(open_states))
                    .values(
                        state=ItemState.ACKNOWLEDGED.value,
                        last_error=None,
                        closed_at=now,
                        updated_at=now,
                    )
                )
                acked += int(result.rowcount)  # type: ignore[attr-defined]
            refused = 0
            for reference, (code, message) in rejected.items():
                result = session.execute(
                    update(Item)
                    .where(Item.client_reference == reference, Item.state.in_(open_states))
                    .values(
                        state=ItemState.REJECTED.value,
                        rejection_code=_clip(code),
                        last_error=_clip(message),
                        closed_at=now,
                        updated_at=now,
                    )
                )
                refused += int(result.rowcount)  # type: ignore[attr-defined]
            closed_before = len(acknowledged) + len(rejected) - acked - refused
            session.add(
                ImportedAck(
                    ack_id=ack_id,
                    bundle_id=bundle_id,
                    imported_at=now,
                    item_count=len(acknowledged) + len(rejected),
                )
            )
        return AckOutcome(acknowledged=acked, rejected=refused, already_closed=closed_before)

    def _outgoing(self, row: Item) -> OutgoingItem:
        return self._decrypted(
            row.client_reference, row.kind, row.created_at, row.payload, row.login
        )

    def _decrypted(
        self, reference: str, kind: str, created_at: float, payload: bytes, login: bytes | None
    ) -> OutgoingItem:
        return OutgoingItem(
            client_reference=reference,
            kind=kind,
            created_at=_as_datetime(created_at),
            payload=self._cipher.decrypt(reference, payload),
            login=None if login is None else self._cipher.decrypt_login(reference, login),
        )


def _summary(row: Item) -> QueuedItemSummary:
    return QueuedItemSummary(
        client_reference=row.client_reference,
        kind=row.kind,
        state=ItemState(row.state),
        created_at=_as_datetime(row.created_at),
        updated_at=_as_datetime(row.updated_at),
        attempts=row.attempts,
        last_error=row.last_error,
    )


def _as_datetime(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, tz=UTC)


def _clip(text: str) -> str:
    return text[:_MAX_ERROR_CHARS]


def _chunks(values: list[_T], size: int) -> Iterator[list[_T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


__all__ = ["AckOutcome", "Outbox", "StorageError"]
