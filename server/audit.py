"""The audit log the 2019 notice asks for (留痕可溯, §5): every service records its changes here.

`append` queues the entry in the caller's transaction; the sequencer (`server.auditlog`) later
puts it into the Merkle tree log whose signed checkpoints the kiosks witness (docs/audit-log.md).
"""

from collections.abc import Sequence
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.orm import Session

from server.auditlog.entries import queue
from server.auditlog.sequencer import waker
from server.auditlog.verification import Report
from server.auditlog.verification import verify as verify_log


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Called inside the transaction that makes the change, so the trace and the change commit
    together. `details` are part of the hashed entry (amounts in fen, months, codes) and must
    hold no personal data: subjects are claim references and ids. Takes no lock."""
    queue(
        session,
        actor=actor,
        action=action,
        subject=subject,
        details=details,
        on_commit=waker(session),
    )


def verify(
    session: Session, log_key: Ed25519PublicKey | None = None, witnessed: Sequence[str] = ()
) -> Report:
    """Recomputes the tree from the entry rows and checks it against the log's checkpoints and
    any witnessed ones (`server.auditlog.verification`)."""
    return verify_log(session, log_key, witnessed)
