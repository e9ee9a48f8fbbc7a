"""Eligibility as the rules see it today, explained in the claimant's languages."""

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server.api.deps import KioskAuth, Sessions
from server.api.schemas import ClaimantRequest, EligibilityView, Error
from server.clock import local_date
from server.db import transaction
from server.db_types import utcnow
from server.services import people
from server.services.assessment import eligibility_view
from server.services.claimant_index import find_claimant

router = APIRouter(
    prefix="/api/v1",
    tags=["eligibility"],
    responses={401: {"model": Error}, 404: {"model": Error}, 422: {"model": Error}},
)


def _eligibility(sessions: Sessions, body: ClaimantRequest, caller: KioskAuth) -> EligibilityView:
    with transaction(sessions) as session:
        claimant = find_claimant(session, body.ssn)
        people.check_login(session, claimant, body.login, caller)
        return eligibility_view(session, claimant, local_date(utcnow()))


@router.post("/eligibility", response_model=EligibilityView)
async def eligibility(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions
) -> EligibilityView:
    return await run_in_threadpool(_eligibility, sessions, body, caller)
