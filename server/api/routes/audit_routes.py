"""Verification of the audit chain, for staff and auditors."""

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server import audit
from server.api.deps import Sessions, StaffAuth
from server.api.schemas import AuditReport, Error
from server.db import transaction

router = APIRouter(prefix="/api/v1", tags=["audit"], responses={401: {"model": Error}})


def _verify(sessions: Sessions) -> AuditReport:
    with transaction(sessions) as session:
        report = audit.verify(session)
    return AuditReport(**report.__dict__)


@router.get("/audit/verify", response_model=AuditReport)
async def verify(caller: StaffAuth, sessions: Sessions) -> AuditReport:
    return await run_in_threadpool(_verify, sessions)
