"""Liveness and readiness, for kiosks' connectivity checks, systemd and load balancers.

`/health` says the process answers and nothing else (kiosks use it). `/ready` says whether this
process should be sent work: its database answers and carries the schema this code expects
(`kiosk server migrate` ran), and which role its audit-log sequencer has (docs/deploy.md).
"""

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from server.db import schema_state
from server.db_types import utcnow
from server.schemas import HeartbeatAck

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HeartbeatAck)
async def health() -> HeartbeatAck:
    return HeartbeatAck(server_time=utcnow())


def _readiness(engine: Engine) -> tuple[bool, dict[str, Any]]:
    try:
        current, head = schema_state(engine)
    except SQLAlchemyError as exc:
        return False, {"database": "unavailable", "problem": type(exc).__name__}
    if current != head:
        return False, {"database": "ok", "schema": "behind" if current else "empty"}
    return True, {"database": "ok", "schema": "current"}


@router.get(
    "/ready",
    responses={503: {"description": "not ready: database unavailable or schema not migrated"}},
)
async def ready(request: Request) -> JSONResponse:
    ok, details = await run_in_threadpool(_readiness, request.app.state.engine)
    sequencer = getattr(request.app.state, "audit_sequencer", None)
    details["audit_sequencer"] = sequencer.role if sequencer is not None else "none"
    return JSONResponse({"ready": ok, **details}, status_code=200 if ok else 503)
