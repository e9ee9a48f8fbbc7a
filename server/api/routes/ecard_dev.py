"""Development only: an e-card code for a demo claimant, as the national app would show it.

Mounted with the other /api/dev views by `kiosk server run --dev` (loopback addresses only). The
demo's control panel "shows" the code to the simulated scanner; the tests log in with it. A real
deployment has no such view: codes come from the national platform's app on the claimant's phone.
"""

from datetime import UTC, datetime, timedelta

from fastapi import APIRouter

from server.api.deps import Config
from server.ecard.registry import minting_platform
from server.ecard_schemas import EcardCodeMinted, EcardCodeRequest
from server.errors import ApiError

router = APIRouter(prefix="/api/dev", tags=["development"])


@router.post("/ecard-code", response_model=EcardCodeMinted, status_code=201)
async def ecard_code(body: EcardCodeRequest, config: Config) -> EcardCodeMinted:
    """A fresh code for `ssn` (whether or not anyone is insured under it, as the platform does
    not know the agency's records); `age_s` makes it that many seconds old, to show expiry."""
    platform = minting_platform(config.data_dir)
    if platform is None:
        raise ApiError(409, "ecard_platform_external", "the e-card platform is not the reference")
    issued = datetime.now(UTC) - timedelta(seconds=body.age_s)
    code = platform.mint(body.ssn, issued)
    return EcardCodeMinted(code=code, expires_at=issued + timedelta(seconds=platform.ttl_s))
