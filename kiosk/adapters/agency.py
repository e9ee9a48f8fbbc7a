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
from datetime import date
from typing import TypeVar

from contract.errors import ErrorCode
from devices.thread_guard import blocking_io
from kiosk.adapters import agency_appointments as appointments
from kiosk.adapters import agency_details as details
from kiosk.adapters import agency_mapping as mapping
from kiosk.adapters import claimant_changes as changes
from kiosk.adapters import complaints, decision_mapping
from kiosk.api import AgencyClient
from kiosk.api.errors import (
    AgencyError,
    AgencyRejected,
    AgencyUnavailable,
    AuthenticationFailed,
    LoginRejected,
)
from kiosk.api.login import ClaimantLogin, TokenLogin
from kiosk.domain.appointments import AppointmentFault, AppointmentPurpose, Booking, Openings
from kiosk.domain.changes import ChangeFault, ChangeKind, ChangeRecord, Withdrawal, WithdrawFault
from kiosk.domain.claimant import (
    CardCredentials,
    CardLogin,
    Claimant,
    EcardLogin,
    HomeRegion,
    LoginProof,
    OtpLogin,
)
from kiosk.domain.claims import ClaimRecord
from kiosk.domain.complaints import ComplaintCategory, ComplaintFault, ComplaintRecord
from kiosk.domain.decisions import ProofProblem, RegistrationProof
from kiosk.domain.details import AccountOnFile, MobileChangeFault, MobileChangeVerdict
from kiosk.domain.ecard import EcardGranted, EcardRefused
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import CardProofFault, OtpFault, ServiceFault
from kiosk.domain.identity import IdNumber, MobileNumber
from kiosk.domain.language import Language
from kiosk.domain.rate_limit import RateLimited
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


# The server's name of its per-kiosk code limit (server/throttle.py, details.scope).
KIOSK_OTP_SCOPE = "otp_kiosk_hour"


def rate_limited(error: AgencyError) -> RateLimited | None:
    """A 429 from the agency's limiter, with how long to wait (Retry-After in the details)."""
    if error.status != 429:
        return None
    wait = error.details.get("retry_after_s")
    log.info("agency limiter: %s", error.details.get("scope", "unknown scope"))
    return RateLimited(wait if isinstance(wait, int) and not isinstance(wait, bool) else 60)


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
    if isinstance(login, EcardLogin):
        return TokenLogin("ecard", login.token)
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
    def request_otp(self, id_number: IdNumber) -> str | OtpFault | RateLimited:
        try:
            return self._client.request_code(id_number.value).masked_mobile
        except AgencyError as error:
            if is_kiosk_problem(error):
                log.warning("agency unreachable for a one-time code: %s", error.code)
                return OtpFault.UNREACHABLE
            if error.status == 429:
                limited = rate_limited(error)
                if limited is not None and error.details.get("scope") == KIOSK_OTP_SCOPE:
                    return limited  # this kiosk, not this person, asked too often
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
    def ecard_login(self, code: str) -> EcardGranted | EcardRefused | ServiceFault:
        from kiosk.adapters.ecard import ecard_login  # it builds on this module's mappings

        return ecard_login(self._client, code)

    @blocking_io
    def look_up(
        self, ssn: IdNumber, login: LoginProof
    ) -> Claimant | ServiceFault | RateLimited | None:
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        try:
            return mapping.claimant(self._client.lookup_by_ssn(ssn.value, proof))
        except AgencyError as error:
            if isinstance(error, AgencyRejected) and error.status == 404:
                return None
            return rate_limited(error) or service_fault(error, "look-up")

    @blocking_io
    def look_up_by_card(
        self, region_code: str, card_number: str, login: LoginProof
    ) -> Claimant | ServiceFault | RateLimited | None:
        """3rd-generation cards: `POST /claimants/lookup-by-card`, after the card logged in."""
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        try:
            return mapping.claimant(self._client.lookup_by_card(region_code, card_number, proof))
        except AgencyError as error:
            if isinstance(error, AgencyRejected) and error.status == 404:
                return None
            return rate_limited(error) or service_fault(error, "look-up by card")

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

    @blocking_io
    def report_change(
        self,
        ssn: IdNumber,
        login: LoginProof,
        kind: ChangeKind,
        effective_date: date,
        client_reference: str,
    ) -> ChangeRecord | ChangeFault:
        proof = claimant_login(login)
        if proof is None:
            return ChangeFault.UNREACHABLE
        return changes.report_change(
            self._client, ssn.value, proof, kind, effective_date, client_reference
        )

    @blocking_io
    def withdraw(
        self, reference: str, ssn: IdNumber, login: LoginProof
    ) -> Withdrawal | WithdrawFault:
        proof = claimant_login(login)
        if proof is None:
            return WithdrawFault.UNREACHABLE
        return changes.withdraw(self._client, reference, ssn.value, proof)

    # -- complaints and suggestions (kiosk/adapters/complaints.py) -----------------------------

    @blocking_io
    def file_complaint(
        self,
        ssn: IdNumber,
        login: LoginProof,
        *,
        category: ComplaintCategory,
        text: str,
        language: Language,
        client_reference: str,
    ) -> ComplaintRecord | ComplaintFault:
        proof = claimant_login(login)
        if proof is None:
            return ComplaintFault.UNREACHABLE
        return complaints.file_complaint(
            self._client,
            ssn.value,
            proof,
            category=category,
            text=text,
            language=language,
            client_reference=client_reference,
        )

    @blocking_io
    def my_complaints(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[ComplaintRecord, ...] | ComplaintFault:
        proof = claimant_login(login)
        if proof is None:
            return ComplaintFault.UNREACHABLE
        return complaints.my_complaints(self._client, ssn.value, proof)

    # -- a new mobile number, the payment account (kiosk/adapters/agency_details.py) ----------

    @blocking_io
    def request_mobile_code(
        self, ssn: IdNumber, login: LoginProof, new_mobile: MobileNumber
    ) -> str | MobileChangeFault:
        proof = claimant_login(login)
        if proof is None:  # a card session that began offline: nothing the agency could check
            return MobileChangeFault.UNREACHABLE
        return details.request_mobile_code(self._client, ssn, proof, new_mobile)

    @blocking_io
    def change_mobile(
        self, ssn: IdNumber, login: LoginProof, new_mobile: MobileNumber, code: str
    ) -> MobileChangeVerdict:
        proof = claimant_login(login)
        if proof is None:
            return MobileChangeFault.UNREACHABLE
        return details.change_mobile(self._client, ssn, proof, new_mobile, code)

    @blocking_io
    def payment_accounts(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[AccountOnFile, ...] | ServiceFault:
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        return details.payment_accounts(self._client, ssn, proof)

    @blocking_io
    def choose_payment_account(
        self, ssn: IdNumber, login: LoginProof, account_id: int
    ) -> tuple[AccountOnFile, ...] | ServiceFault:
        proof = claimant_login(login)
        if proof is None:
            return ServiceFault.UNREACHABLE
        return details.choose_payment_account(self._client, ssn, proof, account_id)

    @blocking_io
    def appointment_openings(self, ssn: IdNumber, login: LoginProof) -> Openings | AppointmentFault:
        proof = claimant_login(login)
        if proof is None:
            return AppointmentFault.UNREACHABLE
        return appointments.openings(self._client, ssn, proof)

    @blocking_io
    def my_appointments(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[Booking, ...] | AppointmentFault:
        proof = claimant_login(login)
        if proof is None:
            return AppointmentFault.UNREACHABLE
        return appointments.my_appointments(self._client, ssn, proof)

    @blocking_io
    def book_appointment(
        self,
        ssn: IdNumber,
        login: LoginProof,
        *,
        client_reference: str,
        purpose: AppointmentPurpose,
        day: date,
        starts_at: str,
        language: Language,
    ) -> Booking | AppointmentFault:
        proof = claimant_login(login)
        if proof is None:
            return AppointmentFault.UNREACHABLE
        return appointments.book(
            self._client,
            ssn,
            proof,
            client_reference=client_reference,
            purpose=purpose,
            day=day,
            starts_at=starts_at,
            language=language,
        )

    @blocking_io
    def cancel_appointment(
        self, ssn: IdNumber, login: LoginProof, reference: str
    ) -> Booking | AppointmentFault:
        proof = claimant_login(login)
        if proof is None:
            return AppointmentFault.UNREACHABLE
        return appointments.cancel(self._client, ssn, proof, reference)

    @blocking_io
    def registration_proof(
        self, ssn: IdNumber, login: LoginProof
    ) -> RegistrationProof | ProofProblem:
        proof = claimant_login(login)
        if proof is None:
            return ProofProblem.UNREACHABLE
        return decision_mapping.registration_proof(self._client, ssn.value, proof)
