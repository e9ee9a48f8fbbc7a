"""Finance views of the fund-risk controls: recoveries of overpaid months and the monthly
reconciliation with the bank (docs/bank.md)."""

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from server.api.deps import Sessions, StaffAuth
from server.bank.reconcile import reconcile
from server.callers import StaffCaller
from server.control_schemas import (
    Month,
    ReconciliationView,
    RecoveryList,
    RecoveryResolve,
    RecoveryView,
)
from server.db import transaction
from server.ledger.payments import parse_month
from server.models import RecoveryState
from server.schemas import Error
from server.services import recoveries

# Row ids in paths: bounded, so an absurd number is a 422, never a database overflow (500).
RowId = Annotated[int, Path(ge=1, le=2_147_483_647)]

router = APIRouter(
    prefix="/api/v1/staff",
    tags=["staff"],
    responses={
        401: {"model": Error},
        403: {"model": Error},
        404: {"model": Error},
        409: {"model": Error},
        422: {"model": Error},
    },
)


@router.get("/recoveries", response_model=RecoveryList)
async def list_recoveries(
    caller: StaffAuth, sessions: Sessions, state: Annotated[RecoveryState | None, Query()] = None
) -> RecoveryList:
    return await run_in_threadpool(recoveries.list_recoveries, sessions, state)


@router.post("/recoveries/{recovery_id}/resolve", response_model=RecoveryView)
async def resolve_recovery(
    recovery_id: RowId, body: RecoveryResolve, caller: StaffAuth, sessions: Sessions
) -> RecoveryView:
    return await run_in_threadpool(recoveries.resolve, sessions, caller, recovery_id, body.state)


def _reconcile(
    factory: sessionmaker[Session], caller: StaffCaller, month: str
) -> ReconciliationView:
    with transaction(factory) as session:
        return ReconciliationView.model_validate(reconcile(session, parse_month(month)).as_json())


@router.get("/reconciliation", response_model=ReconciliationView)
async def reconciliation(
    caller: StaffAuth, sessions: Sessions, month: Annotated[Month, Query()]
) -> ReconciliationView:
    return await run_in_threadpool(_reconcile, sessions, caller, month)
