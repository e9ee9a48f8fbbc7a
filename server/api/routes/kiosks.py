"""Kiosk heartbeat: device health and queue depth, never personal data.

The answer carries the audit log's newest signed checkpoint with a consistency proof from the
checkpoint the kiosk says it last witnessed, so every kiosk keeps checking that the agency's log
only ever grows (docs/audit-log.md, "Witnessing")."""

from typing import Any, cast

from fastapi import APIRouter, Request
from sqlalchemy import CursorResult, bindparam, update
from starlette.concurrency import run_in_threadpool

from server.api.deps import KioskAuthSeenByRoute, Sessions
from server.auditlog import reads
from server.db import transaction
from server.db_types import utcnow
from server.models import Kiosk
from server.models.base import table_of
from server.schemas import AuditCheckpointAnswer, Error, Heartbeat, HeartbeatAck
from server.services.fleet import record_heartbeat

router = APIRouter(
    prefix="/api/v1", tags=["kiosks"], responses={401: {"model": Error}, 422: {"model": Error}}
)


def _record(sessions: Sessions, kiosk_id: str, beat: Heartbeat, keep: int) -> HeartbeatAck:
    now = utcnow()
    latest = {**beat.model_dump(mode="json"), "received_at": now.isoformat()}
    # A heartbeat is bookkeeping a crash may lose but never tear (server/db.py `transaction`):
    # the kiosk sends the next within a minute. Its commit need not wait for the disk, which
    # at 170 heartbeats a second was most of their latency (docs/benchmarks.md).
    with transaction(sessions, durable=False) as session:
        # One UPDATE instead of loading the row (and unwrapping the kiosk's key, and parsing
        # its previous heartbeat) only to change two columns: 170 heartbeats a second pass here.
        seen = cast(
            CursorResult[Any],
            session.execute(_BEAT, {"kiosk": kiosk_id, "seen": now, "beat": latest}),
        )
        if seen.rowcount:
            record_heartbeat(session, kiosk_id, latest, keep)
        newest = reads.newest_head(session)
    # The proof is made after the write has committed: the tree lock is never taken inside
    # another transaction (server/auditlog/reads.py).
    witnessed = beat.audit_witnessed.size if beat.audit_witnessed is not None else None
    answer = reads.for_witness(sessions, witnessed, newest)
    checkpoint = (
        None
        if answer is None
        else AuditCheckpointAnswer(
            note=answer.head.note,
            size=answer.head.size,
            root=answer.head.root,
            consistency_from=answer.consistency_from,
            consistency_proof=answer.consistency_proof,
        )
    )
    return HeartbeatAck(server_time=now, audit_checkpoint=checkpoint)


_kiosks = table_of(Kiosk)
_BEAT = (
    update(_kiosks)
    .where(_kiosks.c.id == bindparam("kiosk"))
    .values(last_seen=bindparam("seen"), last_heartbeat=bindparam("beat"))
)


@router.post("/kiosks/heartbeat", response_model=HeartbeatAck)
async def heartbeat(
    body: Heartbeat, caller: KioskAuthSeenByRoute, sessions: Sessions, request: Request
) -> HeartbeatAck:
    keep = request.app.state.fleet_thresholds.history_per_kiosk
    return await run_in_threadpool(_record, sessions, caller.kiosk_id, body, keep)
