"""Staff workflow: log in, list, review, decide, pay, run the cross-checks."""

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, Sessions, StaffAuth
from server.auth.passwords import token_hash
from server.schemas import (
    ClaimList,
    ClaimView,
    Decision,
    Error,
    LedgerView,
    PayRequest,
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


@router.post("/login", response_model=StaffSession, responses={429: {"model": Error}})
async def login(
    body: StaffLogin, request: Request, sessions: Sessions, config: Config
) -> StaffSession:
    """Throttled per user name and per address with growing delays (server/services/staff_auth.py)."""
    address = request.client.host if request.client else ""
    return await run_in_threadpool(
        staff_auth.login, sessions, config, body.username, body.password, address
    )


@router.post("/logout", status_code=204, response_class=Response)
async def logout(request: Request, caller: StaffAuth, sessions: Sessions) -> Response:
    """Ends this bearer token's session on the server; the token is refused from now on."""
    token = request.headers.get("authorization", "").partition(" ")[2]
    await run_in_threadpool(staff_auth.logout, sessions, token_hash(token), caller.actor)
    return Response(status_code=204)


@router.get("/claims", response_model=ClaimList)
async def claims(
    caller: StaffAuth,
    sessions: Sessions,
    config: Config,
    state: str | None = Query(None, max_length=16),
    flagged: bool | None = Query(None),
) -> ClaimList:
    return ClaimList(
        claims=await run_in_threadpool(staff_workflow.list_claims, sessions, config, state, flagged)
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
    reference: Reference,
    caller: StaffAuth,
    sessions: Sessions,
    config: Config,
    body: PayRequest | None = None,
) -> ClaimView:
    """Releases the earliest owed month, or `month`; 409 `payment_not_due` before it is due."""
    month = body.month if body is not None else None
    return await run_in_threadpool(staff_workflow.pay, sessions, config, caller, reference, month)


@router.get("/claims/{reference}/ledger", response_model=LedgerView)
async def ledger(
    reference: Reference, caller: StaffAuth, sessions: Sessions, config: Config
) -> LedgerView:
    """The entitlement ledger of the person the claim belongs to."""
    return await run_in_threadpool(
        staff_workflow.claimant_ledger, sessions, config, caller, reference
    )


@router.post("/cross-checks", response_model=dict[str, int])
async def cross_checks(caller: StaffAuth, sessions: Sessions, config: Config) -> dict[str, int]:
    stopped = await run_in_threadpool(
        staff_workflow.run_cross_checks, sessions, caller, config.rule_parameters
    )
    return {"stopped": stopped}
