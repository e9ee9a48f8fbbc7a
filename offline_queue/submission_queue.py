"""The queue role of the outbox: store, hand out for sending, record what became of each item.

Each method is one short transaction, so the sync thread and the claimant's enqueue never wait on
each other for longer than a single write. Payloads are encrypted before they reach SQLite and
decrypted only into memory. Every state change takes its allowed source states and its new
state from `offline_queue.transitions`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import ColumnElement, Row, bindparam, delete, func, insert, or_, select, update

from offline_queue.errors import QueueFullError
from offline_queue.items import (
    UNDELIVERED_STATES,
    AgencyAnswer,
    ItemOutcome,
    ItemProblem,
    ItemResult,
    ItemState,
    OutgoingItem,
    QueuedItemSummary,
    ResultKind,
)
from offline_queue.limits import QueueHealth
from offline_queue.queue_file import QueueFile, as_datetime, chunks, clip
from offline_queue.schema import audit_stubs, items
from offline_queue.transitions import ItemEvent, sources, target

_UNDELIVERED = [state.value for state in UNDELIVERED_STATES]
_ACCEPTED = (ResultKind.CREATED, ResultKind.DUPLICATE)


class SubmissionQueue:
    """The queue over one open file; the sync engine and the claimant's port use this role."""

    def __init__(self, file: QueueFile) -> None:
        self._file = file

    @property
    def file(self) -> QueueFile:
        return self._file

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
        cipher = self._file.cipher
        reference = client_reference or str(uuid.uuid4())
        sealed = cipher.encrypt(reference, payload)
        sealed_login = None if login is None else cipher.encrypt_login(reference, login)
        id_hash = cipher.id_lookup_hash(id_number) if id_number else None
        now = self._file.clock()
        limit = self._file.limits.max_items
        with self._file.transaction() as connection:
            already = connection.scalar(
                select(items.c.kind).where(items.c.client_reference == reference)
            )
            if already is not None:
                # The same submission confirmed twice (a retried tap, a restarted session):
                # storing it once is what the claimant meant.
                return reference
            depth = connection.scalar(
                select(func.count()).select_from(items).where(items.c.state.in_(_UNDELIVERED))
            )
            if (depth or 0) >= limit:
                raise QueueFullError(
                    f"The offline queue holds {depth} undelivered submissions, its limit; the "
                    "submission was NOT stored. Restore the network or export a bundle."
                )
            connection.execute(
                insert(items).values(
                    client_reference=reference,
                    kind=kind,
                    payload=sealed,
                    login=sealed_login,
                    id_hash=id_hash,
                    state=target(ItemEvent.STORED),
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                    updated_at=now,
                )
            )
        return reference

    # -- status --------------------------------------------------------------------------------

    def find_by_id_number(self, id_number: str) -> list[QueuedItemSummary]:
        """The claimant's items still held here, for a status query while offline."""
        id_hash = self._file.cipher.id_lookup_hash(id_number)
        with self._file.transaction() as connection:
            rows = connection.execute(
                select(items).where(items.c.id_hash == id_hash).order_by(items.c.created_at)
            ).all()
            return [_summary(row) for row in rows]

    def summary(self, client_reference: str) -> QueuedItemSummary | None:
        with self._file.transaction() as connection:
            row = connection.execute(
                select(items).where(items.c.client_reference == client_reference)
            ).one_or_none()
            return None if row is None else _summary(row)

    def outcome(self, client_reference: str) -> ItemOutcome | None:
        """Where the item stands and, once delivered, what the agency answered for it."""
        with self._file.transaction() as connection:
            row = connection.execute(
                select(items.c.state, items.c.answer, items.c.rejection_code).where(
                    items.c.client_reference == client_reference
                )
            ).one_or_none()
        if row is None:
            return None
        answer = None
        if row.answer is not None:
            answer = AgencyAnswer(**self._file.cipher.decrypt_answer(client_reference, row.answer))
        return ItemOutcome(
            client_reference=client_reference,
            state=ItemState(row.state),
            answer=answer,
            rejection_code=row.rejection_code,
        )

    def refused(self, limit: int = 20) -> list[QueuedItemSummary]:
        """The newest items refused for good (by the agency or by the kiosk's own check), with
        their reasons: what a technician needs to see, and nothing personal."""
        with self._file.transaction() as connection:
            rows = connection.execute(
                select(items)
                .where(items.c.state == ItemState.REJECTED.value)
                .order_by(items.c.updated_at.desc(), items.c.id.desc())
                .limit(limit)
            ).all()
            return [_summary(row) for row in rows]

    def health(self) -> QueueHealth:
        with self._file.transaction() as connection:
            depth, oldest = connection.execute(
                select(func.count(), func.min(items.c.created_at)).where(
                    items.c.state.in_(_UNDELIVERED)
                )
            ).one()
        age = None if oldest is None else max(0.0, self._file.clock() - float(oldest))
        return QueueHealth.assess(int(depth), age, self._file.limits)

    def counts(self) -> dict[ItemState, int]:
        with self._file.transaction() as connection:
            rows = connection.execute(
                select(items.c.state, func.count()).group_by(items.c.state)
            ).all()
        found = {str(state): int(count) for state, count in rows}
        return {state: found.get(state.value, 0) for state in ItemState}

    def audit_stub_count(self) -> int:
        with self._file.transaction() as connection:
            return int(connection.scalar(select(func.count()).select_from(audit_stubs)) or 0)

    # -- sync side ---------------------------------------------------------------------------

    def recover_interrupted(self) -> int:
        """Puts items left in `sending` by a crash back to `pending`, due now.

        They are resent with the same reference; the agency treats it as an idempotency key, so
        an item the agency had already stored comes back as `duplicate`, not as a second claim.
        """
        now = self._file.clock()
        event = ItemEvent.INTERRUPTED
        with self._file.transaction() as connection:
            result = connection.execute(
                update(items)
                .where(items.c.state.in_(sources(event)))
                .values(state=target(event), next_attempt_at=now, updated_at=now)
            )
            return int(result.rowcount)

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
        now = self._file.clock()
        event = ItemEvent.CLAIMED
        with self._file.transaction() as connection:
            due: ColumnElement[bool]
            if regardless_of_backoff is None:
                due = (items.c.next_attempt_at <= now) | (
                    items.c.next_attempt_at > now + max_future_s
                )
            else:
                due = items.c.client_reference.not_in(regardless_of_backoff)
            rows = connection.execute(
                select(
                    items.c.id,
                    items.c.client_reference,
                    items.c.kind,
                    items.c.created_at,
                    items.c.payload,
                    items.c.login,
                )
                .where(items.c.state.in_(sources(event)), due)
                .order_by(items.c.next_attempt_at, items.c.id)
                .limit(limit)
            ).all()
            for chunk in chunks([row.id for row in rows], 500):
                connection.execute(
                    update(items)
                    .where(items.c.id.in_(chunk), items.c.state.in_(sources(event)))
                    .values(state=target(event), attempts=items.c.attempts + 1, updated_at=now)
                )
        # Decrypted only after the commit, keeping the write lock as short as possible.
        return [
            self._file.decrypted(
                row.client_reference, row.kind, row.created_at, row.payload, row.login
            )
            for row in rows
        ]

    def next_due_in(self, *, max_future_s: float) -> float | None:
        """Seconds until the next sendable item is due (0 if one is), None if nothing waits."""
        now = self._file.clock()
        sendable = sources(ItemEvent.CLAIMED)
        with self._file.transaction() as connection:
            earliest = connection.scalar(
                select(func.min(items.c.next_attempt_at)).where(
                    items.c.state.in_(sendable), items.c.next_attempt_at <= now + max_future_s
                )
            )
            if earliest is None:
                beyond = connection.scalar(
                    select(func.count()).select_from(items).where(items.c.state.in_(sendable))
                )
                return 0.0 if beyond else None
        return max(0.0, float(earliest) - now)

    def record_results(self, results: Sequence[ItemResult]) -> tuple[int, int]:
        """Applies the agency's per-item answers; returns (acknowledged, rejected).

        The agency's answer (claim state, verification code) is stored with an accepted item,
        so whoever waits for it reads it from the queue. Only items still in `sending` change:
        an ack file imported meanwhile has already closed the others. One compiled statement
        per outcome, executed for all rows, keeps this cheap for 200-item batches.
        """
        now = self._file.clock()
        cipher = self._file.cipher
        accepted = [
            {
                "ref": r.client_reference,
                "answer": (
                    None
                    if r.answer is None
                    else cipher.encrypt_answer(r.client_reference, asdict(r.answer))
                ),
            }
            for r in results
            if r.result in _ACCEPTED
        ]
        refused = [
            {
                "ref": r.client_reference,
                "code": clip(r.code or "rejected"),
                "message": clip(r.message or ""),
            }
            for r in results
            if r.result is ResultKind.REJECTED
        ]

        def still(event: ItemEvent) -> ColumnElement[bool]:
            # Spelt out as ORs: an IN list cannot be executed for many rows at once.
            allowed = or_(*(items.c.state == state for state in sources(event)))
            return (items.c.client_reference == bindparam("ref")) & allowed

        with self._file.transaction() as connection:
            if accepted:
                connection.execute(
                    update(items)
                    .where(still(ItemEvent.ACCEPTED))
                    .values(
                        state=target(ItemEvent.ACCEPTED),
                        answer=bindparam("answer"),
                        last_error=None,
                        closed_at=now,
                        updated_at=now,
                    ),
                    accepted,
                )
            if refused:
                connection.execute(
                    update(items)
                    .where(still(ItemEvent.REFUSED))
                    .values(
                        state=target(ItemEvent.REFUSED),
                        rejection_code=bindparam("code"),
                        last_error=bindparam("message"),
                        closed_at=now,
                        updated_at=now,
                    ),
                    refused,
                )
        return len(accepted), len(refused)

    def record_invalid(self, problems: Mapping[str, ItemProblem]) -> int:
        """Parks items the kiosk's own check found can never be valid: `rejected` with the
        reason, never sent again, kept for staff. Returns how many were parked."""
        now = self._file.clock()
        event = ItemEvent.FOUND_INVALID
        parked = 0
        with self._file.transaction() as connection:
            for reference, problem in problems.items():
                result = connection.execute(
                    update(items)
                    .where(items.c.client_reference == reference, items.c.state.in_(sources(event)))
                    .values(
                        state=target(event),
                        rejection_code=clip(problem.code),
                        last_error=clip(problem.message),
                        closed_at=now,
                        updated_at=now,
                    )
                )
                parked += int(result.rowcount)
        return parked

    def record_transient_failure(
        self, references: Collection[str], error: str, delay_for: Callable[[int], float]
    ) -> None:
        """Returns items to `pending`, each due after its own backoff delay."""
        now = self._file.clock()
        event = ItemEvent.FAILED_TRANSIENTLY
        with self._file.transaction() as connection:
            rows = connection.execute(
                select(items.c.id, items.c.attempts).where(
                    items.c.client_reference.in_(list(references)),
                    items.c.state.in_(sources(event)),
                )
            ).all()
            for row in rows:
                connection.execute(
                    update(items)
                    .where(items.c.id == row.id)
                    .values(
                        state=target(event),
                        next_attempt_at=now + delay_for(row.attempts),
                        last_error=clip(error),
                        updated_at=now,
                    )
                )

    # -- hygiene -----------------------------------------------------------------------------

    def purge(self, retention_s: float | None = None) -> int:
        """Replaces acknowledged items older than the retention by non-personal audit stubs."""
        keep_for = self._file.limits.retention_s if retention_s is None else retention_s
        now = self._file.clock()
        with self._file.transaction() as connection:
            rows = connection.execute(
                select(
                    items.c.id,
                    items.c.client_reference,
                    items.c.kind,
                    items.c.state,
                    items.c.created_at,
                    items.c.closed_at,
                ).where(
                    items.c.state.in_(sources(ItemEvent.PURGED)),
                    items.c.closed_at <= now - keep_for,
                )
            ).all()
            if rows:
                # OR REPLACE: a reference stored again after its first item was purged keeps
                # one stub, the newest, as the ORM's merge did.
                connection.execute(
                    insert(audit_stubs).prefix_with("OR REPLACE"),
                    [
                        {
                            "client_reference": row.client_reference,
                            "kind": row.kind,
                            "final_state": row.state,
                            "created_at": row.created_at,
                            "closed_at": row.closed_at,
                            "purged_at": now,
                        }
                        for row in rows
                    ],
                )
                for chunk in chunks([row.id for row in rows], 500):
                    connection.execute(delete(items).where(items.c.id.in_(chunk)))
        return len(rows)


def _summary(row: Row[Any]) -> QueuedItemSummary:
    return QueuedItemSummary(
        client_reference=row.client_reference,
        kind=row.kind,
        state=ItemState(row.state),
        created_at=as_datetime(row.created_at),
        updated_at=as_datetime(row.updated_at),
        attempts=row.attempts,
        last_error=row.last_error,
        rejection_code=row.rejection_code,
    )
