"""What the effect runner needs from the outside world, as narrow protocols.

The composition root adapts the real devices, the agency client and the outbox to these; tests
use small in-memory fakes. Every expected fault comes back as a value, never as an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from kiosk.domain.appointments import AppointmentFault, AppointmentPurpose, Booking, Openings
from kiosk.domain.changes import ChangeFault, ChangeKind, ChangeRecord, Withdrawal, WithdrawFault
from kiosk.domain.claimant import (
    CardCredentials,
    CardIdentity,
    Claimant,
    HomeRegion,
    LoginProof,
    SubmissionProof,
)
from kiosk.domain.claims import ClaimRecord, SubmissionRequest
from kiosk.domain.complaints import ComplaintCategory, ComplaintFault, ComplaintRecord
from kiosk.domain.decisions import ProofProblem, RegistrationProof
from kiosk.domain.details import AccountOnFile, MobileChangeFault, MobileChangeVerdict
from kiosk.domain.ecard import EcardGranted, EcardRefused
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import (
    CardFault,
    CardProofFault,
    OtpFault,
    PrinterFault,
    ServiceFault,
    StorageFault,
)
from kiosk.domain.identity import IdNumber, MobileNumber
from kiosk.domain.language import Language
from kiosk.domain.rate_limit import RateLimited
from kiosk.domain.training import Course
from kiosk.flow.appointment_types import AppointmentReceipt
from kiosk.flow.change_effects import ServiceReceipt
from kiosk.flow.complaint_types import ComplaintPaper
from kiosk.flow.effects import GuideDocument, ReceiptContent
from kiosk.flow.proof_effects import NoticePaper


@dataclass(frozen=True)
class CardReading:
    identity: CardIdentity
    pin_tries_left: int | None


@dataclass(frozen=True)
class PinAccepted:
    pass


@dataclass(frozen=True)
class PinRejected:
    tries_left: int


@dataclass(frozen=True)
class PinBlocked:
    pass


PinVerdict = PinAccepted | PinRejected | PinBlocked


@dataclass(frozen=True)
class OtpAccepted:
    login_token: str = field(repr=False)


@dataclass(frozen=True)
class OtpRejected:
    tries_left: int


@dataclass(frozen=True)
class OtpVoided:
    pass


OtpVerdict = OtpAccepted | OtpRejected | OtpVoided


@dataclass(frozen=True)
class CardLoginGranted:
    token: str = field(repr=False)


@dataclass(frozen=True)
class CardLoginRefused:
    fault: CardProofFault
    home_region: HomeRegion | None = None  # outside_service_area: where the claimant is insured


CardLoginVerdict = CardLoginGranted | CardLoginRefused


@dataclass(frozen=True)
class SendOutcome:
    delivered: bool
    verification_code: str | None = None


class SocialSecurityCardPort(Protocol):
    def read_card(self) -> CardReading | CardFault: ...

    def verify_pin(self, pin: str) -> PinVerdict | CardFault: ...

    def answer_challenge(self, challenge: bytes) -> bytes | CardFault:
        """INTERNAL AUTHENTICATE on the card whose PIN was accepted: its 16-byte cryptogram."""
        ...


class AgencyPort(Protocol):
    def request_otp(self, id_number: IdNumber) -> str | OtpFault | RateLimited:
        """The masked mobile number the code went to."""
        ...

    def verify_otp(self, id_number: IdNumber, code: str) -> OtpVerdict | ServiceFault: ...

    def login_challenge(self) -> bytes | ServiceFault:
        """A single-use 16-byte challenge from the agency, bound to this kiosk."""
        ...

    def card_login(
        self, card: CardCredentials, challenge: bytes, cryptogram: bytes
    ) -> CardLoginVerdict | ServiceFault: ...

    def ecard_login(self, code: str) -> EcardGranted | EcardRefused | ServiceFault:
        """The scanned e-card code to the agency: the holder it names and a login token."""
        ...

    def look_up(
        self, ssn: IdNumber, login: LoginProof
    ) -> Claimant | ServiceFault | RateLimited | None: ...

    def look_up_by_card(
        self, region_code: str, card_number: str, login: LoginProof
    ) -> Claimant | ServiceFault | RateLimited | None:
        """The holder of a 3rd-generation card whose PIN the card accepted; None: unknown card."""
        ...

    def eligibility(self, ssn: IdNumber, login: LoginProof) -> Eligibility | ServiceFault: ...

    def claims(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[ClaimRecord, ...] | ServiceFault: ...

    def courses(self, ssn: IdNumber, login: LoginProof) -> tuple[Course, ...] | ServiceFault: ...

    def request_mobile_code(
        self, ssn: IdNumber, login: LoginProof, new_mobile: MobileNumber
    ) -> str | MobileChangeFault:
        """Texts a code to the NEW number; the masked new number it went to."""
        ...

    def change_mobile(
        self, ssn: IdNumber, login: LoginProof, new_mobile: MobileNumber, code: str
    ) -> MobileChangeVerdict: ...

    def payment_accounts(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[AccountOnFile, ...] | ServiceFault:
        """The accounts on file, masked, the social security card's financial account first."""
        ...

    def choose_payment_account(
        self, ssn: IdNumber, login: LoginProof, account_id: int
    ) -> tuple[AccountOnFile, ...] | ServiceFault:
        """Payments go to `account_id` from now on; the accounts as they stand after."""
        ...

    def report_change(
        self,
        ssn: IdNumber,
        login: LoginProof,
        kind: ChangeKind,
        effective_date: date,
        client_reference: str,
    ) -> ChangeRecord | ChangeFault:
        """`client_reference` is the idempotency key: the same one again answers the same record."""
        ...

    def withdraw(
        self, reference: str, ssn: IdNumber, login: LoginProof
    ) -> Withdrawal | WithdrawFault: ...

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
        """`client_reference` is the idempotency key: the same one again answers the same record."""
        ...

    def my_complaints(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[ComplaintRecord, ...] | ComplaintFault:
        """The claimant's complaints, newest first, with the staff's answers."""
        ...

    def registration_proof(
        self, ssn: IdNumber, login: LoginProof
    ) -> RegistrationProof | ProofProblem:
        """A new proof of unemployment registration (a new verification code each time)."""
        ...

    # Counter appointments (kiosk/flow/appointments.py, docs/api.md "Appointments and complaints").
    def appointment_openings(self, ssn: IdNumber, login: LoginProof) -> Openings | AppointmentFault:
        """The claimant's service centre and its slots over the bookable working days."""
        ...

    def my_appointments(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[Booking, ...] | AppointmentFault: ...

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
        """`client_reference` is the idempotency key: the same one again answers the same booking."""
        ...

    def cancel_appointment(
        self, ssn: IdNumber, login: LoginProof, reference: str
    ) -> Booking | AppointmentFault: ...


class OutboxPort(Protocol):
    def new_reference(self) -> str:
        """A fresh client reference (the agency's idempotency key) for one submission."""
        ...

    def card_challenge(self, reference: str, request: SubmissionRequest) -> bytes:
        """The challenge the card answers to prove this submission: derived from the reference
        and the submission's content hash (contract.card_proof.offline_challenge)."""
        ...

    def store(
        self, request: SubmissionRequest, reference: str, proof: SubmissionProof
    ) -> str | StorageFault:
        """Commit the submission and its proof durably; return the reference."""
        ...

    def send_now(self, reference: str) -> SendOutcome:
        """One prompt delivery attempt; on failure the sync engine keeps trying later."""
        ...

    def local_claims(self, ssn: IdNumber) -> tuple[ClaimRecord, ...]:
        """Claims of this claimant still in this kiosk's queue (looked up by keyed hash)."""
        ...


class PrinterPort(Protocol):
    def print_receipt(self, receipt: ReceiptContent) -> PrinterFault | None: ...

    def print_guide(self, document: GuideDocument, language: Language) -> PrinterFault | None: ...

    def print_service_receipt(self, receipt: ServiceReceipt) -> PrinterFault | None:
        """A reported change's or a withdrawal's receipt (kiosk/flow/change_effects.py)."""
        ...

    def print_notice(self, paper: NoticePaper) -> PrinterFault | None:
        """A written decision or a registration proof (kiosk/flow/proof_effects.py)."""
        ...

    def print_complaint_receipt(self, paper: ComplaintPaper) -> PrinterFault | None:
        """A filed complaint's receipt (kiosk/flow/complaint_types.py)."""
        ...

    def print_appointment_receipt(self, receipt: AppointmentReceipt) -> PrinterFault | None:
        """A counter appointment's slip (kiosk/flow/appointment_types.py)."""
        ...

    def check(self) -> PrinterFault | None:
        """The printer's state now, printing nothing: None when it could print."""
        ...


@dataclass(frozen=True)
class Ports:
    card: SocialSecurityCardPort
    agency: AgencyPort
    outbox: OutboxPort
    printer: PrinterPort
