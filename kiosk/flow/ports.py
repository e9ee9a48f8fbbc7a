"""What the effect runner needs from the outside world, as narrow protocols.

The composition root adapts the real devices, the agency client and the outbox to these; tests
use small in-memory fakes. Every expected fault comes back as a value, never as an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from kiosk.domain.claimant import (
    CardCredentials,
    CardIdentity,
    Claimant,
    HomeRegion,
    LoginProof,
    SubmissionProof,
)
from kiosk.domain.claims import ClaimRecord, SubmissionRequest
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import (
    CardFault,
    CardProofFault,
    OtpFault,
    PrinterFault,
    ServiceFault,
    StorageFault,
)
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language
from kiosk.domain.training import Course
from kiosk.flow.effects import GuideDocument, ReceiptContent


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
    def request_otp(self, id_number: IdNumber) -> str | OtpFault:
        """The masked mobile number the code went to."""
        ...

    def verify_otp(self, id_number: IdNumber, code: str) -> OtpVerdict | ServiceFault: ...

    def login_challenge(self) -> bytes | ServiceFault:
        """A single-use 16-byte challenge from the agency, bound to this kiosk."""
        ...

    def card_login(
        self, card: CardCredentials, challenge: bytes, cryptogram: bytes
    ) -> CardLoginVerdict | ServiceFault: ...

    def look_up(self, ssn: IdNumber, login: LoginProof) -> Claimant | ServiceFault | None: ...

    def look_up_by_card(
        self, region_code: str, card_number: str, login: LoginProof
    ) -> Claimant | ServiceFault | None:
        """The holder of a 3rd-generation card whose PIN the card accepted; None: unknown card."""
        ...

    def eligibility(self, ssn: IdNumber, login: LoginProof) -> Eligibility | ServiceFault: ...

    def claims(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[ClaimRecord, ...] | ServiceFault: ...

    def courses(self, ssn: IdNumber, login: LoginProof) -> tuple[Course, ...] | ServiceFault: ...


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

    def check(self) -> PrinterFault | None:
        """The printer's state now, printing nothing: None when it could print."""
        ...


@dataclass(frozen=True)
class Ports:
    card: SocialSecurityCardPort
    agency: AgencyPort
    outbox: OutboxPort
    printer: PrinterPort
