"""Test doubles shared by more than one test package; the naming rule is in docs/testing.md.

Each is a working in-memory implementation, never a mock: a test that passes with it would pass
with the real part standing still at the same moment.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from contract.masking import mask_mobile
from kiosk.domain.changes import (
    ChangeEffect,
    ChangeFault,
    ChangeKind,
    ChangeRecord,
    Withdrawal,
    WithdrawFault,
)
from kiosk.domain.claimant import CardCredentials, Claimant, LoginProof, SubmissionProof
from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    StatusSource,
    SubmissionRequest,
)
from kiosk.domain.complaints import (
    ComplaintCategory,
    ComplaintFault,
    ComplaintRecord,
    ComplaintState,
)
from kiosk.domain.decisions import ProofProblem, RegistrationProof
from kiosk.domain.details import (
    AccountOnFile,
    MobileChangeDone,
    MobileChangeFault,
    MobileChangeVerdict,
    MobileCodeWrong,
)
from kiosk.domain.ecard import EcardFault, EcardGranted, EcardRefused
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
from kiosk.domain.money import Money
from kiosk.domain.training import Course
from kiosk.flow.appointment_types import AppointmentReceipt
from kiosk.flow.change_effects import ServiceReceipt
from kiosk.flow.complaint_types import ComplaintPaper
from kiosk.flow.effects import GuideDocument, ReceiptContent
from kiosk.flow.ports import (
    CardLoginGranted,
    CardLoginRefused,
    CardLoginVerdict,
    CardReading,
    OtpAccepted,
    OtpRejected,
    OtpVerdict,
    OtpVoided,
    PinAccepted,
    PinBlocked,
    PinRejected,
    PinVerdict,
    SendOutcome,
)
from kiosk.flow.proof_effects import DecisionNoticePaper, NoticePaper
from kiosk.flow.settings import Moment
from tests.appointment_doubles import FakeAppointmentDesk


class FakeClock:
    """A wall clock that moves only when told: what `time.time` is to the code under test
    (lockouts, queue ages and retention, heartbeat gaps)."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeFlowClock:
    """The composition root's clock for the flow: monotonic seconds and today's date."""

    def __init__(self, seconds: float = 1000.0, today: date | None = None) -> None:
        self.seconds = seconds
        self.today = today

    def __call__(self) -> Moment:
        return Moment(self.seconds, self.today or date.today())

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


# -- the flow's ports, in memory ------------------------------------------------------------------
#
# Each Fake keeps the state its port promises (what was stored, which codes are valid, how many
# tries are left), so tests/ports/ runs the same behavioural checks against it and against the
# real adapter it stands for.


def card_answer(challenge: bytes) -> bytes:
    """The fake card's "cryptogram": any function of the challenge the fake agency can check."""
    return bytes(b ^ 0x5A for b in challenge)


def _default_card_reading() -> CardReading:
    from tests.flow.flow_kit import card_for

    return CardReading(card_for(), 3)


@dataclass
class FakeCard:
    """A card in the reader: its PIN and try counter, pulled with `inserted = False`.

    `verdict` forces every PIN check's answer and `answer_fault` every challenge's, for flow
    tests of one outcome; left unset, the card checks the PIN as a real one does. It answers a
    challenge only once its PIN is accepted (`pin_verified`; a new read forgets it), as the card
    itself does: a flow test that starts after the login may leave it set."""

    reading: CardReading | CardFault = field(default_factory=_default_card_reading)
    verdict: PinVerdict | CardFault | None = None
    answer_fault: CardFault | None = None
    pin: str = "123456"
    tries_left: int = 3
    inserted: bool = True
    challenges: list[bytes] = field(default_factory=list)
    max_tries: int = 3
    pin_verified: bool = True

    def read_card(self) -> CardReading | CardFault:
        if not self.inserted:
            return CardFault.REMOVED
        self.pin_verified = False
        return self.reading

    def verify_pin(self, pin: str) -> PinVerdict | CardFault:
        if self.verdict is not None:
            return self.verdict
        if not self.inserted:
            return CardFault.REMOVED
        if self.tries_left <= 0:
            return PinBlocked()
        self.pin_verified = pin == self.pin
        if self.pin_verified:
            self.tries_left = self.max_tries
            return PinAccepted()
        self.tries_left -= 1
        return PinRejected(self.tries_left) if self.tries_left > 0 else PinBlocked()

    def answer_challenge(self, challenge: bytes) -> bytes | CardFault:
        self.challenges.append(challenge)
        if self.answer_fault is not None:
            return self.answer_fault
        if not self.inserted:
            return CardFault.REMOVED
        if not self.pin_verified:
            return CardFault.UNREADABLE  # the card refuses: security status not satisfied
        return card_answer(challenge)


def _default_claimant() -> Claimant:
    from tests.flow.flow_kit import claimant_for

    return claimant_for()


def _eligible() -> Eligibility:
    from tests.flow.flow_kit import eligible

    return eligible()


FAKE_CARD_TOKEN = "card-token-0123456789"
FAKE_OTP_TRIES = 5


@dataclass
class FakeAgency(FakeAppointmentDesk):
    """One claimant on file, one-time codes with a try counter, card logins checked against
    `card_answer`; `reachable=False` is the network down."""

    reachable: bool = True
    claimant: Claimant | None = field(default_factory=_default_claimant)
    remote_claims: tuple[ClaimRecord, ...] = ()
    refusal: CardLoginRefused | None = None
    code: str = "246810"
    cards_looked_up: list[tuple[str, str]] = field(default_factory=list)
    logins: list[tuple[CardCredentials, bytes, bytes]] = field(default_factory=list)
    seen_logins: list[LoginProof] = field(default_factory=list)
    otp_tries: dict[str, int] = field(default_factory=dict)
    challenges_issued: int = 0
    open_challenges: set[bytes] = field(default_factory=set)
    known_cards: frozenset[str] | None = None  # card numbers issued; None: any card
    # A new mobile number (one live code, to the new number) and the accounts on file.
    mobile: str = "13904331234"
    mobile_code: str = "135790"
    mobile_code_to: str | None = None  # the new number the live code went to
    mobile_code_tries: int = 0
    mobile_codes_left: int = 5
    texts: list[tuple[str, str]] = field(default_factory=list)  # (number, what it said)
    accounts: tuple[AccountOnFile, ...] = ()
    changes: dict[str, ChangeRecord] = field(default_factory=dict)  # by client reference
    change_fault: ChangeFault | None = None
    # E-card codes the fake platform issued (code -> holder), the ones already used, and a
    # refusal to give instead of checking (expired, outside the service area).
    ecard_codes: dict[str, IdNumber] = field(default_factory=dict)
    ecard_used: set[str] = field(default_factory=set)
    ecard_refusal: EcardRefused | None = None
    # Complaints by client reference, newest last; `complaint_fault` refuses every filing.
    complaints: dict[str, ComplaintRecord] = field(default_factory=dict)
    complaint_fault: ComplaintFault | None = None
    # The proof of unemployment registration the agency issues; None: nothing registered.
    registration: RegistrationProof | None = None

    def _knows(self, ssn: IdNumber) -> bool:
        return self.claimant is not None and self.claimant.ssn == ssn

    def request_otp(self, id_number: IdNumber) -> str | OtpFault:
        if not self.reachable:
            return OtpFault.UNREACHABLE
        if self.claimant is None or not self._knows(id_number):
            return OtpFault.NOT_FOUND
        masked = self.claimant.masked_mobile_on_file
        if masked is None:
            return OtpFault.NO_MOBILE_ON_FILE
        self.otp_tries[id_number.value] = FAKE_OTP_TRIES
        return masked

    def verify_otp(self, id_number: IdNumber, code: str) -> OtpVerdict | ServiceFault:
        if not self.reachable:
            return ServiceFault.UNREACHABLE
        tries = self.otp_tries.get(id_number.value, 0)
        if tries <= 0:
            return OtpVoided()
        if code == self.code:
            del self.otp_tries[id_number.value]
            return OtpAccepted(f"otp-token-{id_number.value[-4:]}")
        self.otp_tries[id_number.value] = tries - 1
        return OtpRejected(tries - 1) if tries > 1 else OtpVoided()

    def login_challenge(self) -> bytes | ServiceFault:
        if not self.reachable:
            return ServiceFault.UNREACHABLE
        self.challenges_issued += 1
        challenge = bytes((n + self.challenges_issued - 1) % 256 for n in range(16))
        self.open_challenges.add(challenge)
        return challenge

    def card_login(
        self, card: CardCredentials, challenge: bytes, cryptogram: bytes
    ) -> CardLoginVerdict | ServiceFault:
        if not self.reachable:
            return ServiceFault.UNREACHABLE
        self.logins.append((card, challenge, cryptogram))
        if challenge not in self.open_challenges:
            return ServiceFault.REFUSED  # never issued, or already answered once
        self.open_challenges.discard(challenge)
        if self.refusal is not None:
            return self.refusal
        if self.known_cards is not None and card.card_number not in self.known_cards:
            return CardLoginRefused(CardProofFault.UNKNOWN_CARD)
        if cryptogram != card_answer(challenge):
            return CardLoginRefused(CardProofFault.NOT_GENUINE)
        return CardLoginGranted(FAKE_CARD_TOKEN)

    def ecard_login(self, code: str) -> EcardGranted | EcardRefused | ServiceFault:
        if not self.reachable:
            return ServiceFault.UNREACHABLE
        if self.ecard_refusal is not None:
            return self.ecard_refusal
        holder = self.ecard_codes.get(code)
        if holder is None:
            return EcardRefused(EcardFault.INVALID)
        if code in self.ecard_used:
            return EcardRefused(EcardFault.REPLAYED)
        self.ecard_used.add(code)
        if not self._knows(holder):
            return EcardRefused(EcardFault.NO_RECORD)
        return EcardGranted(holder, f"ecard-token-{holder.value[-4:]}")

    def look_up(self, ssn: IdNumber, login: LoginProof) -> Claimant | ServiceFault | None:
        if not self.reachable:
            return ServiceFault.UNREACHABLE
        self.seen_logins.append(login)
        return self.claimant if self._knows(ssn) else None

    def look_up_by_card(
        self, region_code: str, card_number: str, login: LoginProof
    ) -> Claimant | ServiceFault | None:
        if not self.reachable:
            return ServiceFault.UNREACHABLE
        self.cards_looked_up.append((region_code, card_number))
        self.seen_logins.append(login)
        return self.claimant

    def eligibility(self, ssn: IdNumber, login: LoginProof) -> Eligibility | ServiceFault:
        return _eligible() if self.reachable else ServiceFault.UNREACHABLE

    def claims(self, ssn: IdNumber, login: LoginProof) -> tuple[ClaimRecord, ...] | ServiceFault:
        return self.remote_claims if self.reachable else ServiceFault.UNREACHABLE

    def courses(self, ssn: IdNumber, login: LoginProof) -> tuple[Course, ...] | ServiceFault:
        return () if self.reachable else ServiceFault.UNREACHABLE

    def request_mobile_code(
        self, ssn: IdNumber, login: LoginProof, new_mobile: MobileNumber
    ) -> str | MobileChangeFault:
        if not self.reachable:
            return MobileChangeFault.UNREACHABLE
        if new_mobile.value == self.mobile:
            return MobileChangeFault.SAME_NUMBER
        if self.mobile_codes_left <= 0:
            return MobileChangeFault.TOO_MANY_CODES
        self.mobile_codes_left -= 1
        self.mobile_code_to, self.mobile_code_tries = new_mobile.value, FAKE_OTP_TRIES
        self.texts.append((new_mobile.value, f"code {self.mobile_code}"))
        return mask_mobile(new_mobile.value)

    def change_mobile(
        self, ssn: IdNumber, login: LoginProof, new_mobile: MobileNumber, code: str
    ) -> MobileChangeVerdict:
        if not self.reachable:
            return MobileChangeFault.UNREACHABLE
        if self.mobile_code_to is None:
            return MobileChangeFault.EXPIRED
        if code != self.mobile_code or new_mobile.value != self.mobile_code_to:
            self.mobile_code_tries -= 1
            if self.mobile_code_tries <= 0:
                self.mobile_code_to = None
            return MobileCodeWrong(max(self.mobile_code_tries, 0))
        old, self.mobile, self.mobile_code_to = self.mobile, new_mobile.value, None
        self.texts.append((old, f"changed to {mask_mobile(new_mobile.value)}"))
        return MobileChangeDone(mask_mobile(new_mobile.value), old_number_told=True)

    def payment_accounts(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[AccountOnFile, ...] | ServiceFault:
        return self.accounts if self.reachable else ServiceFault.UNREACHABLE

    def choose_payment_account(
        self, ssn: IdNumber, login: LoginProof, account_id: int
    ) -> tuple[AccountOnFile, ...] | ServiceFault:
        if not self.reachable:
            return ServiceFault.UNREACHABLE
        if all(a.account_id != account_id for a in self.accounts):
            return ServiceFault.REFUSED
        self.accounts = tuple(replace(a, in_use=a.account_id == account_id) for a in self.accounts)
        return self.accounts

    def report_change(
        self,
        ssn: IdNumber,
        login: LoginProof,
        kind: ChangeKind,
        effective_date: date,
        client_reference: str,
    ) -> ChangeRecord | ChangeFault:
        """Idempotent by client reference, like the agency; `change_fault` refuses every report."""
        if not self.reachable:
            return ChangeFault.UNREACHABLE
        self.seen_logins.append(login)
        if self.change_fault is not None:
            return self.change_fault
        if client_reference not in self.changes:
            self.changes[client_reference] = ChangeRecord(
                reference=client_reference,
                kind=kind,
                effective_date=effective_date,
                effect=ChangeEffect.STOPPED,
                claim_reference=self.remote_claims[0].reference if self.remote_claims else None,
                stops_from=effective_date.replace(day=1),
                overpaid=Money(0),
                overpaid_months=0,
            )
        return self.changes[client_reference]

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
        """Idempotent by client reference, like the agency; answered within 15 days."""
        if not self.reachable:
            return ComplaintFault.UNREACHABLE
        self.seen_logins.append(login)
        if self.complaint_fault is not None:
            return self.complaint_fault
        if client_reference not in self.complaints:
            filed = date(2026, 12, 4)
            self.complaints[client_reference] = ComplaintRecord(
                reference=client_reference,
                category=category,
                text=text,
                filed_on=filed,
                due_by=filed + timedelta(days=15),
                state=ComplaintState.OPEN,
                overdue=False,
            )
        return self.complaints[client_reference]

    def my_complaints(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[ComplaintRecord, ...] | ComplaintFault:
        if not self.reachable:
            return ComplaintFault.UNREACHABLE
        return tuple(reversed(self.complaints.values()))

    def withdraw(
        self, reference: str, ssn: IdNumber, login: LoginProof
    ) -> Withdrawal | WithdrawFault:
        """Withdraws a received or under-review claim of `remote_claims`, which then says so."""
        if not self.reachable:
            return WithdrawFault.UNREACHABLE
        self.seen_logins.append(login)
        claim = next((c for c in self.remote_claims if c.reference == reference), None)
        if claim is None:
            return WithdrawFault.NOT_FOUND
        if claim.situation is ClaimSituation.WITHDRAWN:
            return WithdrawFault.ALREADY_WITHDRAWN
        if claim.situation not in (ClaimSituation.RECEIVED, ClaimSituation.UNDER_REVIEW):
            return WithdrawFault.ALREADY_DECIDED
        self.remote_claims = tuple(
            replace(c, situation=ClaimSituation.WITHDRAWN) if c is claim else c
            for c in self.remote_claims
        )
        return Withdrawal(reference, claim.kind, date(2026, 11, 26), "WD12CD34")

    def registration_proof(
        self, ssn: IdNumber, login: LoginProof
    ) -> RegistrationProof | ProofProblem:
        if not self.reachable:
            return ProofProblem.UNREACHABLE
        self.seen_logins.append(login)
        if not self._knows(ssn) or self.registration is None:
            return ProofProblem.NO_REGISTRATION
        return self.registration


@dataclass
class FakeOutbox:
    """The queue in memory: what is stored is listed by `local_claims` as waiting until a send
    reaches the agency (`delivered`), then as received. `queued` are claims already there."""

    fault: StorageFault | None = None
    delivered: bool = True
    queued: tuple[ClaimRecord, ...] = ()
    stored: list[SubmissionRequest] = field(default_factory=list)
    proofs: list[SubmissionProof] = field(default_factory=list)
    references: int = 0
    situations: dict[str, tuple[IdNumber, ClaimKind, ClaimSituation]] = field(default_factory=dict)

    def new_reference(self) -> str:
        self.references += 1
        return f"ref-{self.references}"

    def card_challenge(self, reference: str, request: SubmissionRequest) -> bytes:
        fields = (request.kind.value, request.ssn.value, str(request.mobile.value))
        terms = (request.commitment_version, request.language.value, str(request.course_id))
        account = (request.payment_account, str(request.commitment_accepted))
        content = "|".join((reference, *fields, *terms, *account))
        return hashlib.sha256(content.encode()).digest()[:16]

    def store(
        self, request: SubmissionRequest, reference: str, proof: SubmissionProof
    ) -> str | StorageFault:
        if self.fault:
            return self.fault
        self.stored.append(request)
        self.proofs.append(proof)
        self.situations[reference] = (request.ssn, request.kind, ClaimSituation.WAITING_ON_KIOSK)
        return reference

    def send_now(self, reference: str) -> SendOutcome:
        if reference not in self.situations or not self.delivered:
            return SendOutcome(delivered=False)
        ssn, kind, _ = self.situations[reference]
        self.situations[reference] = (ssn, kind, ClaimSituation.RECEIVED)
        return SendOutcome(True, "AB12CD34")

    def local_claims(self, ssn: IdNumber) -> tuple[ClaimRecord, ...]:
        mine = tuple(
            ClaimRecord(reference, kind, situation, StatusSource.THIS_KIOSK)
            for reference, (owner, kind, situation) in self.situations.items()
            if owner == ssn
        )
        return self.queued + mine


@dataclass
class FakePrinter:
    """`fault` is the printer's state (paper out, cover open, offline); `printed` what came out."""

    fault: PrinterFault | None = None
    printed: list[str] = field(default_factory=list)

    def print_receipt(self, receipt: ReceiptContent) -> PrinterFault | None:
        if self.fault is None:
            self.printed.append(receipt.reference)
        return self.fault

    def print_guide(self, document: GuideDocument, language: Language) -> PrinterFault | None:
        if self.fault is None:
            self.printed.append(f"{document.value}:{language.value}")
        return self.fault

    def print_service_receipt(self, receipt: ServiceReceipt) -> PrinterFault | None:
        if self.fault is None:
            self.printed.append(f"{receipt.what.value}:{receipt.reference}")
        return self.fault

    def print_complaint_receipt(self, paper: ComplaintPaper) -> PrinterFault | None:
        if self.fault is None:
            self.printed.append(f"complaint:{paper.reference}")
        return self.fault

    def print_appointment_receipt(self, receipt: AppointmentReceipt) -> PrinterFault | None:
        if self.fault is None:
            self.printed.append(f"appointment:{receipt.reference}")
        return self.fault

    def print_notice(self, paper: NoticePaper) -> PrinterFault | None:
        if self.fault is None:
            if isinstance(paper, DecisionNoticePaper):
                self.printed.append(f"decision:{paper.reference}")
            else:
                self.printed.append(f"registration_proof:{paper.proof.claim_reference}")
        return self.fault

    def check(self) -> PrinterFault | None:
        return self.fault


class Unused:
    """A part the test must never touch: any use of it fails the test."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"unexpected call {name}")
