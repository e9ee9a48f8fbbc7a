"""Staff workflow: log in, list, review, decide, pay, run the cross-checks."""

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, Sessions, StaffAuth
from server.api.schemas import (
    ClaimList,
    ClaimView,
    Decision,
    Error,
    Reference,
    StaffLogin,
    StaffSession,
)
from server.services import staff_auth, staff_workflow

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


@router.post("/login", response_model=StaffSession)
async def login(body: StaffLogin, sessions: Sessions, config: Config) -> StaffSession:
    return await run_in_threadpool(staff_auth.login, sessions, config, body.username, body.password)


@router.get("/claims", response_model=ClaimList)
async def claims(
    caller: StaffAuth,
    sessions: Sessions,
    config: Config,
    state: str | None = Query(None, max_length=16),
) -> ClaimList:
    return ClaimList(
        claims=await run_in_threadpool(staff_workflow.list_claims, sessions, config, state)
    )


@router.post("/claims/{reference}/review", response_model=ClaimView)
async def review(
    reference: Reference, caller: StaffAuth, sessions: Sessions, config: Config
) -> ClaimView:
    return await run_in_threadpool(staff_workflow.review, sessions, config, caller, reference)


@router.post("/claims/{reference}/decide", response_model=ClaimView)
async def decide(
    reference: Reference, body: Decision, caller: StaffAuth, sessions: Sessions, config: Config
) -> ClaimView:
    return await run_in_threadpool(staff_workflow.decide, sessions, config, caller, reference, body)


@router.post("/claims/{reference}/pay", response_model=ClaimView)
async def pay(
    reference: Reference, caller: StaffAuth, sessions: Sessions, config: Config
) -> ClaimView:
    return await run_in_threadpool(staff_workflow.pay, sessions, config, caller, reference)


@router.post("/cross-checks", response_model=dict[str, int])
async def cross_checks(caller: StaffAuth, sessions: Sessions) -> dict[str, int]:
    stopped = await run_in_threadpool(staff_workflow.run_cross_checks, sessions, caller)
    return {"stopped": stopped}
