"""Kiosk heartbeat: device health and queue depth, never personal data."""

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from server.api.deps import KioskAuth, Sessions
from server.api.schemas import Error, Heartbeat, HeartbeatAck
from server.db import transaction
from server.db_types import utcnow
from server.models import Kiosk
from server.services.fleet import record_heartbeat

router = APIRouter(
    prefix="/api/v1", tags=["kiosks"], responses={401: {"model": Error}, 422: {"model": Error}}
)


def _record(sessions: Sessions, kiosk_id: str, beat: Heartbeat, keep: int) -> HeartbeatAck:
    now = utcnow()
    with transaction(sessions) as session:
        kiosk = session.get(Kiosk, kiosk_id)
        if kiosk is not None:
            kiosk.last_seen = now
            kiosk.last_heartbeat = {**beat.model_dump(mode="json"), "received_at": now.isoformat()}
            record_heartbeat(session, kiosk_id, kiosk.last_heartbeat, keep)
    return HeartbeatAck(server_time=now)


@router.post("/kiosks/heartbeat", response_model=HeartbeatAck)
async def heartbeat(
    body: Heartbeat, caller: KioskAuth, sessions: Sessions, request: Request
) -> HeartbeatAck:
    keep = request.app.state.fleet_thresholds.history_per_kiosk
    return await run_in_threadpool(_record, sessions, caller.kiosk_id, body, keep)
