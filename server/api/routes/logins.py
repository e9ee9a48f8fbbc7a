"""Card login: a single-use challenge for the card, and the login token its answer earns."""

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, KioskAuth, Sessions
from server.ecard.registry import platform_for
from server.ecard_schemas import EcardLoginGranted, EcardLoginRequest
from server.schemas import (
    CardLoginRequest,
    ChallengeIssued,
    ChallengeRequest,
    Error,
    LoginGranted,
)
from server.services import card_logins, ecard_logins

router = APIRouter(
    prefix="/api/v1/login",
    tags=["claimants"],
    responses={401: {"model": Error}, 422: {"model": Error}},
)


@router.post("/challenge", response_model=ChallengeIssued, status_code=201)
async def challenge(
    body: ChallengeRequest, caller: KioskAuth, sessions: Sessions
) -> ChallengeIssued:
    """16 random bytes for the card's INTERNAL AUTHENTICATE: used once, by this kiosk, in 120 s."""
    return await run_in_threadpool(card_logins.issue_challenge, sessions, caller)


@router.post(
    "/card",
    response_model=LoginGranted,
    responses={403: {"model": Error}, 404: {"model": Error}},
)
async def card(
    request: Request, body: CardLoginRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> LoginGranted:
    """The card's cryptogram over the challenge; answers a login token like /otp/verify.
    Refusals are counted in the security log with the kiosk id and source address."""
    address = request.client.host if request.client else ""
    return await run_in_threadpool(card_logins.card_login, sessions, config, body, caller, address)


@router.post(
    "/ecard",
    response_model=EcardLoginGranted,
    responses={403: {"model": Error}, 404: {"model": Error}},
)
async def ecard(
    request: Request, body: EcardLoginRequest, caller: KioskAuth, sessions: Sessions, config: Config
) -> EcardLoginGranted:
    """The text scanned from the e-card's QR code; answers a login token (method "ecard") and the
    ID number of the holder the e-card platform named. A code logs in once: a replayed, expired
    or forged code is refused (401 `ecard_code_replayed`, `ecard_code_expired`,
    `ecard_code_invalid`) and counted in the security log."""
    address = request.client.host if request.client else ""
    platform = platform_for(config.data_dir)
    return await run_in_threadpool(
        ecard_logins.ecard_login, sessions, config, platform, body.code, caller, address
    )
