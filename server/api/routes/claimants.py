"""Claimant look-up, one-time codes, and a claimant's own claims."""

from fastapi import APIRouter
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, KioskAuth, Sessions
from server.db import transaction
from server.models import Claim
from server.schemas import (
    CardLookupRequest,
    ClaimantRequest,
    ClaimantView,
    ClaimList,
    CourseList,
    CourseView,
    Error,
    Localized,
    LoginGranted,
    LookupRequest,
    OtpRequest,
    OtpSent,
    OtpVerify,
)
from server.services import lookup_quota, one_time_codes, people, training_subsidies
from server.services.claim_views import claim_view
from server.services.claimant_proofs import claimant_for

router = APIRouter(
    prefix="/api/v1",
    tags=["claimants"],
    responses={
        401: {"model": Error},
        403: {"model": Error},
        404: {"model": Error},
        422: {"model": Error},
    },
)


@router.post("/claimants/lookup", response_model=ClaimantView)
async def lookup(
    body: LookupRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> ClaimantView:
    await run_in_threadpool(lookup_quota.count, sessions, config, caller.kiosk_id)
    return await run_in_threadpool(people.lookup, sessions, config, body, caller)


@router.post("/claimants/lookup-by-card", response_model=ClaimantView)
async def lookup_by_card(
    body: CardLookupRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> ClaimantView:
    await run_in_threadpool(lookup_quota.count, sessions, config, caller.kiosk_id)
    return await run_in_threadpool(people.lookup_by_card, sessions, config, body, caller)


@router.post("/otp/request", response_model=OtpSent)
async def request_otp(
    body: OtpRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> OtpSent:
    return await run_in_threadpool(
        one_time_codes.request_code, sessions, config, body.id_number, caller
    )


@router.post("/otp/verify", response_model=LoginGranted)
async def verify_otp(
    body: OtpVerify, caller: KioskAuth, sessions: Sessions, config: Config
) -> LoginGranted:
    return await run_in_threadpool(
        one_time_codes.verify_code, sessions, config, body.id_number, body.code, caller
    )


def _claims_of(
    sessions: Sessions, config: Config, body: ClaimantRequest, caller: KioskAuth
) -> ClaimList:
    with transaction(sessions) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        claims = session.execute(
            select(Claim).where(Claim.claimant_id == claimant.id).order_by(Claim.created_at.desc())
        ).scalars()
        return ClaimList(claims=[claim_view(config, c) for c in claims])


@router.post("/claimants/claims", response_model=ClaimList)
async def claims_of_claimant(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> ClaimList:
    return await run_in_threadpool(_claims_of, sessions, config, body, caller)


def _courses(
    sessions: Sessions, config: Config, body: ClaimantRequest, caller: KioskAuth
) -> CourseList:
    """Approved courses open in the claimant's region that have not started yet and that this
    kiosk may subsidise for the claimant (notice §8; server/services/training_subsidies.py)."""
    with transaction(sessions) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        rows = training_subsidies.courses_open_to(session, config, claimant, caller.kiosk_id)
        return CourseList(
            courses=[
                CourseView(
                    course_id=c.id,
                    name=Localized(zh_CN=c.name_zh, ko=c.name_ko),
                    provider=c.provider,
                    provider_ko=c.provider_ko or c.provider,
                    starts_on=c.starts_on,
                    ends_on=c.ends_on,
                    subsidy_fen=c.subsidy_fen,
                )
                for c in rows
            ]
        )


@router.post("/courses", response_model=CourseList)
async def courses(
    body: ClaimantRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> CourseList:
    return await run_in_threadpool(_courses, sessions, config, body, caller)
