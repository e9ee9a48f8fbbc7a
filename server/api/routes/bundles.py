"""Field-staff bundles uploaded at the agency: the body is the bundle file exactly as on the stick."""

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from server.agency_keys import load_or_create
from server.api.deps import Config, Sessions, StaffAuth
from server.callers import require_role
from server.models import StaffRole
from server.schemas import BundleImported, Error
from server.services.bundle_import import import_bundle

router = APIRouter(
    prefix="/api/v1",
    tags=["bundles"],
    responses={401: {"model": Error}, 403: {"model": Error}, 422: {"model": Error}},
)

_BODY = {
    "requestBody": {
        "required": True,
        "description": "a changtong-bundle file (docs/bundle-format.md), sent unchanged",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


@router.post("/bundles", response_model=BundleImported, openapi_extra=_BODY)
async def upload_bundle(
    request: Request, caller: StaffAuth, sessions: Sessions, config: Config
) -> BundleImported:
    require_role(caller, StaffRole.BUSINESS)
    data = await request.body()
    keys = load_or_create(config.data_dir)
    report = await run_in_threadpool(import_bundle, sessions, config, keys, data, caller.actor)
    return BundleImported(
        bundle_id=report.bundle_id,
        kiosk_id=report.kiosk_id,
        created=report.created,
        duplicate=report.duplicate,
        rejected=report.rejected,
        ack=report.ack.decode("utf-8"),
    )
