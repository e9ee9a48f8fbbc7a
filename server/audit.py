"""The append-only, hash-chained audit log the 2019 notice asks for (留痕可溯, §5).

Each entry's canonical JSON body is hashed together with the previous entry's hash, so changing,
deleting or reordering any row breaks every hash after it. Verification names the first bad row.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db import serialize_writers
from server.db_types import utcnow
from server.models import AuditEntry

GENESIS = "0" * 64


def _canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _chain(prev_hash: str, body: str) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + body.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Called inside the transaction that makes the change, so the trace and the change commit
    together. `details` must hold no personal data: subjects are claim references and ids."""
    serialize_writers(session)
    last = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).scalar()
    prev = last or GENESIS
    at = utcnow()
    body = _canonical(
        {
            "at": at.isoformat(),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details or {},
        }
    )
    entry = AuditEntry(
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        body=body,
        prev_hash=prev,
        hash=_chain(prev, body),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head: str
    first_bad_seq: int | None = None
    problem: str | None = None


def verify(session: Session) -> ChainReport:
    prev = GENESIS
    count = 0
    for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        count += 1
        if entry.prev_hash != prev:
            return ChainReport(
                False,
                count,
                prev,
                entry.seq,
                "entry does not follow the one before it (row removed or reordered)",
            )
        if _chain(prev, entry.body) != entry.hash:
            return ChainReport(
                False, count, prev, entry.seq, "entry content does not match its hash (row altered)"
            )
        body = json.loads(entry.body)
        if (body["actor"], body["action"], body["subject"]) != (
            entry.actor,
            entry.action,
            entry.subject,
        ):
            return ChainReport(
                False,
                count,
                prev,
                entry.seq,
                "entry columns differ from the hashed body (row altered)",
            )
        if body["at"] != entry.at.isoformat():
            return ChainReport(
                False,
                count,
                prev,
                entry.seq,
                "entry time differs from the hashed body (row altered)",
            )
        prev = entry.hash
    return ChainReport(True, count, prev)
