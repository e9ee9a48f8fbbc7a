"""Eligibility as the rules see it today, explained in the claimant's languages."""

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, KioskAuth, Sessions
from server.clock import business_today
from server.db import transaction
from server.schemas import ClaimantRequest, EligibilityView, Error
from server.services.assessment import eligibility_view
from server.services.claimant_proofs import claimant_for

router = APIRouter(
    prefix="/api/v1",
    tags=["eligibility"],
    responses={
        401: {"model": Error},
        403: {"model": Error},
        404: {"model": Error},
        422: {"model": Error},
    },
)


def _eligibility(
    sessions: Sessions, config: Config, body: ClaimantRequest, caller: KioskAuth
) -> EligibilityView:
    with transaction(sessions) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        return eligibility_view(session, claimant, business_today(session), config.rule_parameters)


@router.post("/eligibility", response_model=EligibilityView)
async def eligibility(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> EligibilityView:
    return await run_in_threadpool(_eligibility, sessions, config, body, caller)
