"""The bundle role of the outbox: which items left in which bundle, and the agency's acks.

`offline_queue.bundles` writes and reads the files; this keeps the record in the queue file, with
every state change taken from `offline_queue.transitions`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import insert, select, update

from offline_queue.errors import AckReplayedError, AckUnknownBundleError
from offline_queue.items import OutgoingItem
from offline_queue.queue_file import QueueFile, chunks, clip
from offline_queue.schema import bundle_members, bundles, imported_acks, items
from offline_queue.transitions import ItemEvent, sources, target


@dataclass(frozen=True, slots=True)
class AckOutcome:
    acknowledged: int
    rejected: int
    already_closed: int


class BundleLedger:
    """Field-staff bundles over one open file; thread-safe like the queue beside it."""

    def __init__(self, file: QueueFile) -> None:
        self._file = file

    def exportable(self, limit: int | None = None) -> list[OutgoingItem]:
        """Undelivered items for a bundle (`exported` ones again too: a stick may get lost)."""
        with self._file.transaction() as connection:
            query = (
                select(items)
                .where(items.c.state.in_(sources(ItemEvent.EXPORTED)))
                .order_by(items.c.created_at, items.c.id)
            )
            if limit is not None:
                query = query.limit(limit)
            return [
                self._file.decrypted(
                    row.client_reference, row.kind, row.created_at, row.payload, row.login
                )
                for row in connection.execute(query).all()
            ]

    def mark_exported(self, bundle_id: str, references: Collection[str], file_name: str) -> int:
        now = self._file.clock()
        event = ItemEvent.EXPORTED
        with self._file.transaction() as connection:
            connection.execute(
                insert(bundles).values(
                    bundle_id=bundle_id,
                    created_at=now,
                    item_count=len(references),
                    file_name=file_name,
                )
            )
            connection.execute(
                insert(bundle_members),
                [{"bundle_id": bundle_id, "client_reference": ref} for ref in references],
            )
            changed = 0
            for chunk in chunks(list(references), 500):
                result = connection.execute(
                    update(items)
                    .where(items.c.client_reference.in_(chunk), items.c.state.in_(sources(event)))
                    .values(state=target(event), bundle_id=bundle_id, updated_at=now)
                )
                changed += int(result.rowcount)
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
        now = self._file.clock()
        with self._file.transaction() as connection:
            if connection.scalar(
                select(imported_acks.c.ack_id).where(imported_acks.c.ack_id == ack_id)
            ):
                raise AckReplayedError(f"acknowledgement {ack_id} was already imported")
            if not connection.scalar(
                select(bundles.c.bundle_id).where(bundles.c.bundle_id == bundle_id)
            ):
                raise AckUnknownBundleError(f"this kiosk never exported bundle {bundle_id}")
            members = set(
                connection.scalars(
                    select(bundle_members.c.client_reference).where(
                        bundle_members.c.bundle_id == bundle_id
                    )
                ).all()
            )
            strangers = (set(acknowledged) | set(rejected)) - members
            if strangers:
                raise AckUnknownBundleError(
                    f"the acknowledgement lists {len(strangers)} items that are not in bundle "
                    f"{bundle_id}; nothing was imported"
                )
            acked = 0
            for chunk in chunks(list(acknowledged), 500):
                result = connection.execute(
                    update(items)
                    .where(
                        items.c.client_reference.in_(chunk),
                        items.c.state.in_(sources(ItemEvent.ACK_ACCEPTED)),
                    )
                    .values(
                        state=target(ItemEvent.ACK_ACCEPTED),
                        last_error=None,
                        closed_at=now,
                        updated_at=now,
                    )
                )
                acked += int(result.rowcount)
            refused = 0
            for reference, (code, message) in rejected.items():
                result = connection.execute(
                    update(items)
                    .where(
                        items.c.client_reference == reference,
                        items.c.state.in_(sources(ItemEvent.ACK_REFUSED)),
                    )
                    .values(
                        state=target(ItemEvent.ACK_REFUSED),
                        rejection_code=clip(code),
                        last_error=clip(message),
                        closed_at=now,
                        updated_at=now,
                    )
                )
                refused += int(result.rowcount)
            closed_before = len(acknowledged) + len(rejected) - acked - refused
            connection.execute(
                insert(imported_acks).values(
                    ack_id=ack_id,
                    bundle_id=bundle_id,
                    imported_at=now,
                    item_count=len(acknowledged) + len(rejected),
                )
            )
        return AckOutcome(acknowledged=acked, rejected=refused, already_closed=closed_before)
