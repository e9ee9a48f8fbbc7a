"""Request and answer of `POST /api/v1/login/ecard` (docs/api.md, "E-card login")."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from contract.ecard import ECARD_PREFIX, MAX_BODY_CHARS
from server.schemas import IdNumber, Strict


class EcardLoginRequest(Strict):
    """The text the kiosk's scanner read from the e-card's QR code, as scanned. Its shape is not
    checked here: a code of the wrong shape is refused as `ecard_code_invalid`, counted like a
    forged one, rather than as a malformed request."""

    code: Annotated[str, Field(min_length=1, max_length=len(ECARD_PREFIX) + MAX_BODY_CHARS + 8)]


class EcardLoginGranted(BaseModel):
    """A login token like /login/card's (method "ecard"), and whom it is for: the code names the
    claimant, so the kiosk learns the ID number only from the agency, after the proof."""

    login_token: str
    expires_at: datetime
    ssn: str


class EcardCodeRequest(Strict):
    """Development only: a code for a demo claimant, as the national app would show it."""

    ssn: IdNumber  # the resident ID card's number, or a 2017 permanent-residence card's
    age_s: Annotated[int, Field(ge=0, le=86_400)] = 0  # how old the code is: an expired one


class EcardCodeMinted(BaseModel):
    code: str
    expires_at: datetime
