"""The SMS gateway's inbound webhook: status queries texted to the agency's number.

The gateway, not a kiosk, calls it, with the token the agency shares with it (compared in
constant time); the answer goes back as a text through the outbox (docs/notifications.md), so
the response says only that the message was taken, the same for every number.
"""

import hmac
from typing import Annotated

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, Sessions
from server.errors import unauthorized
from server.schemas import Error
from server.services import notifications

router = APIRouter(
    prefix="/api/v1/sms",
    tags=["sms gateway"],
    responses={401: {"model": Error}, 422: {"model": Error}, 429: {"model": Error}},
)


class InboundSms(BaseModel):
    sender: Annotated[str, Field(min_length=1, max_length=32, description="the texting number")]
    text: Annotated[str, Field(max_length=1000)]
    message_id: Annotated[
        str, Field(min_length=1, max_length=128, description="the gateway's id of the message")
    ]


class InboundAccepted(BaseModel):
    accepted: bool = True


@router.post("/inbound", response_model=InboundAccepted, status_code=202)
async def inbound(
    body: InboundSms,
    sessions: Sessions,
    config: Config,
    authorization: Annotated[str, Header()] = "",
) -> InboundAccepted:
    """A text to the agency's number. CX, 查询 or 조회 is answered by a text with the state of
    the number's latest claim; anything else is taken and not answered."""
    expected = config.sms_gateway_token
    scheme, _, presented = authorization.partition(" ")
    if (
        not expected
        or scheme.lower() != "bearer"
        or not hmac.compare_digest(
            presented.encode("utf-8", "surrogatepass"), expected.encode("utf-8")
        )
    ):
        raise unauthorized("gateway_unauthorized", "this endpoint takes the SMS gateway's token")
    await run_in_threadpool(
        notifications.answer_status_query,
        sessions,
        config,
        body.sender,
        body.text,
        body.message_id,
    )
    return InboundAccepted()
