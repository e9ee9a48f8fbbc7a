"""Queuing an entry: the only thing a request transaction does for the audit log.

The entry row is inserted in the caller's transaction, so the change and its trace commit (or
roll back) together. Nothing is read and no lock is taken: the previous design chained each
entry to the one before, which made every audited request in the agency wait on one lock. The
position in the tree is given later by the sequencer (`server.auditlog.sequencer`).
"""

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, insert
from sqlalchemy.orm import Session

from server.db_types import utcnow
from server.models import AuditEntry
from server.models.base import table_of

_WAKE_KEY = "changtong.audit_wake"


def canonical(body: dict[str, Any]) -> str:
    """Sorted keys, no spaces, UTF-8 kept: the exact text whose SHA-256 is the leaf."""
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_body(entry: AuditEntry) -> dict[str, Any]:
    """The hashed body, parsed; raises ValueError if it is not an entry body."""
    body = json.loads(entry.body)
    if not isinstance(body, dict):
        raise ValueError("an entry body is a JSON object")
    return body


def queue(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any] | None,
    on_commit: Callable[[], None] | None = None,
) -> None:
    """`on_commit` (the in-process sequencer's wake-up) runs once after the transaction commits,
    so a queued entry is integrated within milliseconds rather than at the next poll."""
    at = utcnow()
    body = canonical(
        {
            "at": at.isoformat(),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details or {},
        }
    )
    # A plain row on the table, not an object through the ORM's unit of work: nothing reads the
    # entry back in the request, and every audited change of the agency passes here.
    session.execute(
        _INSERT_ENTRY,
        {"at": at, "actor": actor, "action": action, "subject": subject, "body": body},
    )
    if on_commit is not None and not session.info.get(_WAKE_KEY):
        session.info[_WAKE_KEY] = True

        def _committed(done: Session) -> None:
            done.info.pop(_WAKE_KEY, None)
            on_commit()

        def _rolled_back(done: Session) -> None:
            done.info.pop(_WAKE_KEY, None)

        event.listen(session, "after_commit", _committed, once=True)
        event.listen(session, "after_soft_rollback", _rolled_back, once=True)


_INSERT_ENTRY = insert(table_of(AuditEntry))
