"""Home visits: a field visitor logs in on an enrolled home-visit laptop (docs/field-staff.md)."""

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from server.api.deps import Config, KioskAuth, Sessions
from server.schemas import Error, FieldCredential, FieldStaffLogin
from server.services import home_visits

router = APIRouter(
    prefix="/api/v1/home-visits",
    tags=["home visits"],
    responses={401: {"model": Error}, 403: {"model": Error}, 422: {"model": Error}},
)


@router.post("/login", response_model=FieldCredential, status_code=201)
async def login(
    body: FieldStaffLogin, request: Request, caller: KioskAuth, sessions: Sessions, config: Config
) -> FieldCredential:
    """A field credential for the signing laptop, valid a week: the staff login's throttle and
    refusals apply (401 `staff_login_failed`, 429 `too_many_attempts`); only the
    `field_visitor` role is granted one (403 `field_visitor_required`)."""
    address = request.client.host if request.client else ""
    return await run_in_threadpool(
        home_visits.login, sessions, config, caller, body.username, body.password, address
    )
