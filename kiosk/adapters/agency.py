"""The flow's AgencyPort over the signed AgencyClient.

Every claimant-scoped call carries the claimant's token (one-time code or card login); a card
session that began offline has none, and reads as unreachable without asking (the agency would
refuse it, and its claims are proven by the card itself, see OutboxAdapter).

Expected faults come back as values: a network that is down, a 5xx or a kiosk whose enrolment or
clock the agency refuses (AuthenticationFailed) all read as "unreachable" (the claimant gets the
offline path and a technician gets a log line); a considered "no" from the agency, including a
refused claimant login (LoginRejected), reads as "refused".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from contract.errors import ErrorCode
from devices.thread_guard import blocking_io
from kiosk.adapters import agency_mapping as mapping
from kiosk.api import AgencyClient
from kiosk.api.errors import (
    AgencyError,
    AgencyRejected,
    AgencyUnavailable,
    AuthenticationFailed,
    LoginRejected,
)
from kiosk.api.login import ClaimantLogin, TokenLogin
from kiosk.domain.claimant import (
    CardCredentials,
    CardLogin,
    Claimant,
    HomeRegion,
    LoginProof,
    OtpLogin,
)
from kiosk.domain.claims import ClaimRecord
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import CardProofFault, OtpFault, ServiceFault
from kiosk.domain.identity import IdNumber
from kiosk.domain.training import Course
from kiosk.flow.ports import (
    CardLoginGranted,
    CardLoginRefused,
    CardLoginVerdict,
    OtpAccepted,
    OtpRejected,
    OtpVerdict,
    OtpVoided,
)

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


_CARD_REFUSALS: dict[str, CardProofFault] = {
    ErrorCode.CARD_PROOF_INVALID: CardProofFault.NOT_GENUINE,
    ErrorCode.CARD_UNKNOWN: CardProofFault.UNKNOWN_CARD,
    ErrorCode.OUTSIDE_SERVICE_AREA: CardProofFault.OUTSIDE_SERVICE_AREA,
}


def claimant_login(login: LoginProof) -> ClaimantLogin | None:
    """The token a claimant-scoped request carries; None for a card session that began offline,
    which has nothing the agency could check (the claimant signs in again once online)."""
    if isinstance(login, OtpLogin):
        return TokenLogin("otp", login.token)
    if isinstance(login, CardLogin):
        return TokenLogin("card", login.token)
    return None


def home_region(details: dict[str, object]) -> HomeRegion | None:
    """Where a claimant insured elsewhere must go, as the agency named it (docs/api.md)."""
    code, zh, ko = (details.get(key) for key in ("region_code", "region_name_zh", "region_name_ko"))
    if not isinstance(code, str) or not code:
        return None
    return HomeRegion(
        code=code,
        name_zh=zh if isinstance(zh, str) else "",
        name_ko=ko if isinstance(ko, str) else "",
    )


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
            return OtpRejected(error.tries_left) if error.tries_left > 0 else OtpVoided()
        except AgencyError as error:
            return service_fault(error, "a code check")
        return OtpAccepted(granted.login_token)

    @blocking_io
    def login_challenge(self) -> bytes | ServiceFault:
        answer = self._service(self._client.login_challenge, "a card challenge")
        if isinstance(answer, ServiceFault):
            return answer
        try:
            challenge = bytes.fromhex(answer.challenge)
        except ValueError:
            challenge = b""
        if len(challenge) != 16:
            log.warning("agency sent a challenge that is not 16 bytes")
            return ServiceFault.UNREACHABLE
        return challenge

    @blocking_io
    def card_login(
        self, card: CardCredentials, challenge: bytes, cryptogram: bytes
    ) -> CardLoginVerdict | ServiceFault:
        try:
            granted = self._client.card_login(
                card.card_id.lower(),
                card.region_code,
                card.card_number,
                challenge.hex(),
                cryptogram.hex(),
            )
        except AgencyError as error:
            refusal = _CARD_REFUSALS.get(error.code)
            if refusal is None or is_kiosk_problem(error):
                return service_fault(error, "a card login")
            log.info("agency refused a card login: %s", error.code)
            where = (
                home_region(error.details)
                if refusal is CardProofFault.OUTSIDE_SERVICE_AREA
                else None
            )
            return CardLoginRefused(refusal, where)
        return CardLoginGranted(granted.login_token)

    @blocking_io
    def look_up(self, ssn: IdNumber, login: LoginProof) -> Claimant | ServiceFault | None:
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        try:
            return mapping.claimant(self._client.lookup_by_ssn(ssn.value, proof))
        except AgencyError as error:
            if isinstance(error, AgencyRejected) and error.status == 404:
                return None
            return service_fault(error, "look-up")

    @blocking_io
    def look_up_by_card(
        self, region_code: str, card_number: str, login: LoginProof
    ) -> Claimant | ServiceFault | None:
        """3rd-generation cards: `POST /claimants/lookup-by-card`, after the card logged in."""
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        try:
            return mapping.claimant(self._client.lookup_by_card(region_code, card_number, proof))
        except AgencyError as error:
            if isinstance(error, AgencyRejected) and error.status == 404:
                return None
            return service_fault(error, "look-up by card")

    @blocking_io
    def eligibility(self, ssn: IdNumber, login: LoginProof) -> Eligibility | ServiceFault:
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        answer = self._service(lambda: self._client.eligibility(ssn.value, proof), "eligibility")
        return answer if isinstance(answer, ServiceFault) else mapping.eligibility(answer)

    @blocking_io
    def claims(self, ssn: IdNumber, login: LoginProof) -> tuple[ClaimRecord, ...] | ServiceFault:
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        answer = self._service(lambda: self._client.claims_of(ssn.value, proof), "claims")
        if isinstance(answer, ServiceFault):
            return answer
        return tuple(mapping.claim(claim) for claim in answer)

    @blocking_io
    def courses(self, ssn: IdNumber, login: LoginProof) -> tuple[Course, ...] | ServiceFault:
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        answer = self._service(lambda: self._client.courses(ssn.value, proof), "courses")
        if isinstance(answer, ServiceFault):
            return answer
        return tuple(mapping.course(course) for course in answer)
