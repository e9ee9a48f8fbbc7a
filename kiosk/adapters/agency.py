"""The flow's AgencyPort over the signed AgencyClient.

Expected faults come back as values: a network that is down, a 5xx or a kiosk whose enrolment or
clock the agency refuses (AuthenticationFailed) all read as "unreachable" (the claimant gets the
offline path and a technician gets a log line); a considered "no" from the agency, including a
refused claimant login (LoginRejected), reads as "refused".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from devices.thread_guard import blocking_io
from kiosk.adapters import agency_mapping as mapping
from kiosk.api import AgencyClient
from kiosk.api.client import LoginMethod
from kiosk.api.errors import (
    AgencyError,
    AgencyRejected,
    AgencyUnavailable,
    AuthenticationFailed,
    LoginRejected,
)
from kiosk.domain.claimant import CardPinLogin, Claimant, LoginProof, OtpLogin
from kiosk.domain.claims import ClaimRecord
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import OtpFault, ServiceFault
from kiosk.domain.identity import IdNumber
from kiosk.domain.training import Course
from kiosk.flow.ports import OtpOk, OtpVerdict, OtpVoid, OtpWrong

log = logging.getLogger(__name__)

T = TypeVar("T")


def is_kiosk_problem(error: AgencyError) -> bool:
    """Unreachable, or a 401 about the kiosk itself (not the claimant's login, docs/api.md):
    fixable by a technician, so the claimant is served as if offline and nothing they submit
    is lost."""
    return isinstance(error, AgencyUnavailable | AuthenticationFailed)


def service_fault(error: AgencyError, what: str) -> ServiceFault:
    if is_kiosk_problem(error):
        log.warning("agency unreachable for %s: %s", what, error.code)
        return ServiceFault.UNREACHABLE
    log.info("agency refused %s: %s", what, error.code)
    return ServiceFault.REFUSED


def login_args(login: LoginProof) -> tuple[LoginMethod, str | None]:
    if isinstance(login, OtpLogin):
        return "otp", login.token
    assert isinstance(login, CardPinLogin)
    return "card_pin", None


class AgencyAdapter:
    def __init__(self, client: AgencyClient) -> None:
        self._client = client

    def _service(self, call: Callable[[], T], what: str) -> T | ServiceFault:
        try:
            return call()
        except AgencyError as error:
            return service_fault(error, what)

    @blocking_io
    def request_otp(self, id_number: IdNumber) -> str | OtpFault:
        try:
            return self._client.request_code(id_number.value).masked_mobile
        except AgencyError as error:
            if is_kiosk_problem(error):
                log.warning("agency unreachable for a one-time code: %s", error.code)
                return OtpFault.UNREACHABLE
            if error.status == 429:
                return OtpFault.TOO_MANY_REQUESTS
            if "mobile" in error.code:
                return OtpFault.NO_MOBILE_ON_FILE
            log.info("agency refused a one-time code: %s", error.code)
            return OtpFault.NOT_FOUND

    @blocking_io
    def verify_otp(self, id_number: IdNumber, code: str) -> OtpVerdict | ServiceFault:
        try:
            granted = self._client.verify_code(id_number.value, code)
        except LoginRejected as error:
            # A wrong code with tries left, or a code that is used up or expired.
            return OtpWrong(error.tries_left) if error.tries_left > 0 else OtpVoid()
        except AgencyError as error:
            return service_fault(error, "a code check")
        return OtpOk(granted.login_token)

    @blocking_io
    def look_up(self, ssn: IdNumber, login: LoginProof) -> Claimant | ServiceFault | None:
        method, token = login_args(login)
        try:
            return mapping.claimant(self._client.lookup_by_ssn(ssn.value, method, token))
        except AgencyError as error:
            if isinstance(error, AgencyRejected) and error.status == 404:
                return None
            return service_fault(error, "look-up")

    @blocking_io
    def look_up_by_card(self, region_code: str, card_number: str) -> Claimant | ServiceFault | None:
        """3rd-generation cards: `POST /claimants/lookup-by-card`, after the card took the PIN."""
        try:
            return mapping.claimant(self._client.lookup_by_card(region_code, card_number))
        except AgencyError as error:
            if isinstance(error, AgencyRejected) and error.status == 404:
                return None
            return service_fault(error, "look-up by card")

    @blocking_io
    def eligibility(self, ssn: IdNumber, login: LoginProof) -> Eligibility | ServiceFault:
        method, token = login_args(login)
        answer = self._service(
            lambda: self._client.eligibility(ssn.value, method, token), "eligibility"
        )
        return answer if isinstance(answer, ServiceFault) else mapping.eligibility(answer)

    @blocking_io
    def claims(self, ssn: IdNumber, login: LoginProof) -> tuple[ClaimRecord, ...] | ServiceFault:
        method, token = login_args(login)
        answer = self._service(lambda: self._client.claims_of(ssn.value, method, token), "claims")
        if isinstance(answer, ServiceFault):
            return answer
        return tuple(mapping.claim(claim) for claim in answer)

    @blocking_io
    def courses(self, ssn: IdNumber, login: LoginProof) -> tuple[Course, ...] | ServiceFault:
        method, token = login_args(login)
        answer = self._service(lambda: self._client.courses(ssn.value, method, token), "courses")
        if isinstance(answer, ServiceFault):
            return answer
        return tuple(mapping.course(course) for course in answer)
