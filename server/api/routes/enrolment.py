"""`POST /api/v1/kiosks/enroll`: a kiosk with a one-time code obtains its request-signing key.

Unsigned by necessity (the kiosk has no key yet); the code proof is the credential. See
contract/enrolment.py for why neither the code nor the key ever travels.
"""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, Sessions
from server.schemas import Error
from server.services import enrolment

router = APIRouter(
    prefix="/api/v1",
    tags=["kiosks"],
    responses={401: {"model": Error}, 422: {"model": Error}},
)

Hex32 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{128}$")]


class EnrolmentRequest(BaseModel):
    """Keys and proofs as lower-case hex; the code itself is not part of the request."""

    model_config = ConfigDict(extra="forbid")

    kiosk_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{2,63}$")]
    exchange_public_key: Hex32
    signing_public_key: Hex32
    proof: Hex32
    signing_key_proof: Hex64


class EnrolmentGranted(BaseModel):
    kiosk_id: str
    region_code: str
    site_name: str
    server_public_key: str
    confirmation: str
    enrolled_at: datetime


def _enrol(
    sessions: Sessions, config: Config, body: EnrolmentRequest, address: str
) -> EnrolmentGranted:
    done = enrolment.enrol(
        sessions,
        enrolment.EnrolmentAttempt(
            kiosk_id=body.kiosk_id,
            exchange_public_key=bytes.fromhex(body.exchange_public_key),
            signing_public_key=bytes.fromhex(body.signing_public_key),
            proof=bytes.fromhex(body.proof),
            signing_key_proof=bytes.fromhex(body.signing_key_proof),
        ),
        config,
        address,
    )
    return EnrolmentGranted(
        kiosk_id=done.kiosk_id,
        region_code=done.region_code,
        site_name=done.site_name,
        server_public_key=done.server_public_key.hex(),
        confirmation=done.confirmation.hex(),
        enrolled_at=done.enrolled_at,
    )


@router.post("/kiosks/enroll", response_model=EnrolmentGranted, responses={429: {"model": Error}})
async def enroll(
    body: EnrolmentRequest, request: Request, sessions: Sessions, config: Config
) -> EnrolmentGranted:
    """Limited per source address (429 with Retry-After); wrong proofs never void the code."""
    address = request.client.host if request.client else ""
    return await run_in_threadpool(_enrol, sessions, config, body, address)
