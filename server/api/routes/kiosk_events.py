"""Technician actions reported by kiosks, written to the audit chain like every other change."""

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server import audit
from server.api.deps import KioskAuth, Sessions
from server.db import transaction
from server.schemas import Error, EventsAccepted, KioskEvents

router = APIRouter(
    prefix="/api/v1", tags=["kiosks"], responses={401: {"model": Error}, 422: {"model": Error}}
)


def _record(sessions: Sessions, kiosk_id: str, body: KioskEvents) -> EventsAccepted:
    with transaction(sessions) as session:
        for event in body.events:
            audit.append(
                session,
                actor=f"kiosk:{kiosk_id}",
                action=f"kiosk.{event.kind}",
                subject=f"kiosk:{kiosk_id}",
                details={"at": event.at.isoformat(), **event.detail},
            )
    return EventsAccepted(accepted=len(body.events))


@router.post("/kiosks/events", response_model=EventsAccepted)
async def events(body: KioskEvents, caller: KioskAuth, sessions: Sessions) -> EventsAccepted:
    return await run_in_threadpool(_record, sessions, caller.kiosk_id, body)
