"""The field visitor's online login: `POST /api/v1/home-visits/login`, signed as the laptop."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ValidationError

from kiosk.api import AgencyClient
from kiosk.api.errors import AgencyError, AgencyUnavailable
from kiosk.domain.home_visit import FieldLoginProblem
from kiosk.home_visit.credentials import FieldCredential

PATH = "/api/v1/home-visits/login"

_PROBLEMS = {
    "staff_login_failed": FieldLoginProblem.WRONG_PASSWORD,
    "field_visitor_required": FieldLoginProblem.NOT_FIELD_VISITOR,
    "too_many_attempts": FieldLoginProblem.TOO_MANY_ATTEMPTS,
}


class _Answer(BaseModel):
    credential: str
    visit_key: str
    visitor: str
    masked_name: str
    kiosk_id: str
    issued_at: datetime
    expires_at: datetime


class Unreachable(Exception):
    """No answer from the agency: the caller tries the sealed credential instead."""


def online_login(
    client: AgencyClient, username: str, password: str
) -> FieldCredential | FieldLoginProblem:
    """The agency's answer; raises `Unreachable` when there is none (network, timeout, 5xx)."""
    try:
        response = client.request(
            "POST", PATH, {"username": username, "password": password}, retry=False
        )
        answer = _Answer.model_validate_json(response.content)
    except AgencyUnavailable as error:
        raise Unreachable(error.code) from None
    except AgencyError as error:
        return _PROBLEMS.get(error.code, FieldLoginProblem.UNAVAILABLE)
    except ValidationError:
        return FieldLoginProblem.UNAVAILABLE
    return FieldCredential(
        credential=answer.credential,
        visit_key=bytes.fromhex(answer.visit_key),
        visitor=answer.visitor,
        masked_name=answer.masked_name,
        kiosk_id=answer.kiosk_id,
        issued_at=answer.issued_at,
        expires_at=answer.expires_at,
    )
