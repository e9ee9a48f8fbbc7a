"""Runs one effect against the ports and yields the result events for the flow.

Blocking, so the composition root calls it on a worker thread and posts each event back to
the GUI thread in order. Effects that concern only the GUI (EndSession) yield nothing here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_never

from kiosk.domain.claimant import (
    CardSubmissionProof,
    EcardLogin,
    OtpLogin,
    SubmissionProof,
)
from kiosk.domain.claims import ClaimRecord, StatusSource
from kiosk.domain.faults import CardFault, OtpFault, PrinterFault, ServiceFault, StorageFault
from kiosk.domain.rate_limit import RateLimited
from kiosk.flow import change_runner as changes
from kiosk.flow import events as ev
from kiosk.flow.appointment_types import (
    BookAppointment,
    CancelAppointment,
    LoadAppointments,
    PrintAppointmentReceipt,
)
from kiosk.flow.appointments_runner import appointment_fallback, run_appointment
from kiosk.flow.change_effects import PrintServiceReceipt, ReportChange, WithdrawClaim
from kiosk.flow.complaint_runner import complaint_fallback, run_complaint
from kiosk.flow.complaint_types import FileComplaint, LoadComplaints, PrintComplaintReceipt
from kiosk.flow.details_runner import details_fallback, run_details
from kiosk.flow.details_types import (
    ChangeMobile,
    ChoosePaymentAccount,
    LoadPaymentAccounts,
    RequestMobileCode,
)
from kiosk.flow.ecard_events import LogInWithEcard
from kiosk.flow.ecard_runner import ecard_fallback, run_ecard_login
from kiosk.flow.effects import (
    CheckPrinter,
    Effect,
    EndSession,
    LoadCourses,
    LoadEligibility,
    LoadStatus,
    LogInWithCard,
    LookUp,
    LookUpByCard,
    Print,
    PrintGuideSheet,
    ReadCard,
    RequestOtp,
    Submit,
    VerifyOtp,
    VerifyPin,
)
from kiosk.flow.ports import (
    CardLoginGranted,
    CardLoginRefused,
    CardReading,
    OtpAccepted,
    OtpRejected,
    OtpVoided,
    PinAccepted,
    PinBlocked,
    PinRejected,
    Ports,
)
from kiosk.flow.proof_effects import LoadRegistrationProof, PrintNotice
from kiosk.flow.proof_runner import proof_fallback, run_proof
from kiosk.flow.status_desk_runner import run_status_desk, status_desk_fallback
from kiosk.flow.status_desk_types import LoadStatusDesk


def run_effect(effect: Effect, ports: Ports) -> Iterator[ev.Event]:
    # A closed match: a new effect that nobody runs is a type error (assert_never), not a
    # flow that waits forever for an answer.
    match effect:
        case ReadCard():
            yield _read_card(effect, ports)
        case VerifyPin():
            yield _verify_pin(effect, ports)
        case LogInWithCard():
            yield _card_login(effect, ports)
        case LogInWithEcard():
            yield run_ecard_login(effect, ports)
        case RequestOtp():
            yield _request_otp(effect, ports)
        case VerifyOtp():
            yield _verify_otp(effect, ports)
        case LookUp() | LookUpByCard():
            yield _look_up(effect, ports)
        case LoadEligibility() | LoadCourses():
            yield _load(effect, ports)
        case LoadStatus():
            yield _status(effect, ports)
        case LoadStatusDesk():
            yield run_status_desk(effect, ports)
        case Submit():
            yield from _submit(effect, ports)
        case Print():
            yield _printed(effect.ticket, ports.printer.print_receipt(effect.receipt))
        case PrintGuideSheet():
            fault = ports.printer.print_guide(effect.document, effect.language)
            yield _printed(effect.ticket, fault)
        case CheckPrinter():
            yield ev.PrinterChecked(effect.ticket, ports.printer.check())
        case ReportChange():
            yield changes.report(effect, ports)
        case WithdrawClaim():
            yield changes.withdraw(effect, ports)
        case PrintServiceReceipt():
            yield _printed(effect.ticket, ports.printer.print_service_receipt(effect.receipt))
        case RequestMobileCode() | ChangeMobile() | LoadPaymentAccounts() | ChoosePaymentAccount():
            yield run_details(effect, ports)
        case LoadRegistrationProof() | PrintNotice():
            yield run_proof(effect, ports)
        case LoadComplaints() | FileComplaint() | PrintComplaintReceipt():
            yield run_complaint(effect, ports)
        case (
            LoadAppointments() | BookAppointment() | CancelAppointment() | PrintAppointmentReceipt()
        ):
            yield run_appointment(effect, ports)
        case EndSession():
            return  # the composition root's own business (wipe): nothing to run here
        case _:
            assert_never(effect)


def fallback_event(effect: Effect) -> ev.Event | None:
    """The safe answer when running an effect raised (a bug): the flow never waits forever.

    A Submit that raised may or may not have been stored; if it was, the flow already had
    SubmissionStored and ignores this, and the send wait reports it as stored on this kiosk.
    """
    match effect:
        case ReadCard():
            return ev.CardReadFailed(effect.ticket, CardFault.READER_FAULT)
        case VerifyPin():
            return ev.PinCheckFailed(effect.ticket, CardFault.READER_FAULT)
        case RequestOtp():
            return ev.OtpRequestFailed(effect.ticket, OtpFault.UNREACHABLE)
        case VerifyOtp():
            return ev.OtpCheckFailed(effect.ticket, ServiceFault.REFUSED)
        case LogInWithCard():
            return ev.CardLoginFailed(effect.ticket, ServiceFault.REFUSED)
        case LogInWithEcard():
            return ecard_fallback(effect)
        case LookUp() | LookUpByCard():
            return ev.LookUpFailed(effect.ticket, ServiceFault.REFUSED)
        case LoadEligibility():
            return ev.EligibilityUnavailable(effect.ticket, ServiceFault.UNREACHABLE)
        case LoadStatus():
            return ev.StatusUnavailable(effect.ticket, ServiceFault.UNREACHABLE)
        case LoadStatusDesk():
            return status_desk_fallback(effect)
        case LoadCourses():
            return ev.CoursesUnavailable(effect.ticket, ServiceFault.UNREACHABLE)
        case Submit():
            return ev.SubmissionStoreFailed(effect.ticket, StorageFault.FAILED)
        case Print() | PrintGuideSheet():
            return ev.PrintFailed(effect.ticket, PrinterFault.FAILED)
        case CheckPrinter():
            return ev.PrinterChecked(effect.ticket, PrinterFault.FAILED)  # not known to be ready
        case ReportChange() | WithdrawClaim():
            return changes.fallback(effect)
        case PrintServiceReceipt():
            return ev.PrintFailed(effect.ticket, PrinterFault.FAILED)
        case RequestMobileCode() | ChangeMobile() | LoadPaymentAccounts() | ChoosePaymentAccount():
            return details_fallback(effect)
        case LoadRegistrationProof() | PrintNotice():
            return proof_fallback(effect)
        case LoadComplaints() | FileComplaint() | PrintComplaintReceipt():
            return complaint_fallback(effect)
        case (
            LoadAppointments() | BookAppointment() | CancelAppointment() | PrintAppointmentReceipt()
        ):
            return appointment_fallback(effect)
        case EndSession():
            return None
        case _:
            assert_never(effect)


def _read_card(effect: ReadCard, ports: Ports) -> ev.Event:
    reading = ports.card.read_card()
    if isinstance(reading, CardReading):
        return ev.CardRead(effect.ticket, reading.identity, reading.pin_tries_left)
    return ev.CardReadFailed(effect.ticket, reading)


def _verify_pin(effect: VerifyPin, ports: Ports) -> ev.Event:
    verdict = ports.card.verify_pin(effect.pin)
    match verdict:
        case PinAccepted():
            return ev.PinAccepted(effect.ticket)
        case PinRejected():
            return ev.PinRejected(effect.ticket, verdict.tries_left)
        case PinBlocked():
            return ev.PinBlocked(effect.ticket)
        case CardFault():
            return ev.PinCheckFailed(effect.ticket, verdict)
        case _:
            assert_never(verdict)


def _card_login(effect: LogInWithCard, ports: Ports) -> ev.Event:
    """Challenge from the agency, the card's answer, the answer to the agency: the card proves
    it is the genuine card whose PIN was just accepted (contract/card_proof.py)."""
    challenge = ports.agency.login_challenge()
    if isinstance(challenge, ServiceFault):
        return ev.CardLoginFailed(effect.ticket, challenge)
    answer = ports.card.answer_challenge(challenge)
    if isinstance(answer, CardFault):
        return ev.CardLoginFailed(effect.ticket, answer)
    verdict = ports.agency.card_login(effect.card, challenge, answer)
    match verdict:
        case CardLoginGranted():
            return ev.CardLoginGranted(effect.ticket, verdict.token)
        case CardLoginRefused():
            return ev.CardLoginFailed(effect.ticket, verdict.fault, verdict.home_region)
        case ServiceFault():
            return ev.CardLoginFailed(effect.ticket, verdict)
        case _:
            assert_never(verdict)


def _request_otp(effect: RequestOtp, ports: Ports) -> ev.Event:
    sent = ports.agency.request_otp(effect.id_number)
    if isinstance(sent, RateLimited):
        return ev.OtpRequestFailed(effect.ticket, OtpFault.TOO_MANY_REQUESTS, sent.wait_s)
    if isinstance(sent, OtpFault):
        return ev.OtpRequestFailed(effect.ticket, sent)
    return ev.OtpSent(effect.ticket, sent)


def _verify_otp(effect: VerifyOtp, ports: Ports) -> ev.Event:
    verdict = ports.agency.verify_otp(effect.id_number, effect.code)
    match verdict:
        case OtpAccepted():
            return ev.OtpAccepted(effect.ticket, verdict.login_token)
        case OtpRejected():
            return ev.OtpRejected(effect.ticket, verdict.tries_left)
        case OtpVoided():
            return ev.OtpVoided(effect.ticket)
        case ServiceFault():
            return ev.OtpCheckFailed(effect.ticket, verdict)
        case _:
            assert_never(verdict)


def _look_up(effect: LookUp | LookUpByCard, ports: Ports) -> ev.Event:
    if isinstance(effect, LookUpByCard):
        found = ports.agency.look_up_by_card(effect.region_code, effect.card_number, effect.login)
    else:
        found = ports.agency.look_up(effect.ssn, effect.login)
    if found is None:
        return ev.ClaimantNotFound(effect.ticket)
    if isinstance(found, RateLimited):
        return ev.LookUpFailed(effect.ticket, ServiceFault.REFUSED, found.wait_s)
    if isinstance(found, ServiceFault):
        return ev.LookUpFailed(effect.ticket, found)
    return ev.ClaimantFound(effect.ticket, found)


def _load(effect: LoadEligibility | LoadCourses, ports: Ports) -> ev.Event:
    if isinstance(effect, LoadEligibility):
        eligibility = ports.agency.eligibility(effect.ssn, effect.login)
        if isinstance(eligibility, ServiceFault):
            return ev.EligibilityUnavailable(effect.ticket, eligibility)
        return ev.EligibilityLoaded(effect.ticket, eligibility)
    courses = ports.agency.courses(effect.ssn, effect.login)
    if isinstance(courses, ServiceFault):
        return ev.CoursesUnavailable(effect.ticket, courses)
    return ev.CoursesLoaded(effect.ticket, courses)


def _status(effect: LoadStatus, ports: Ports) -> ev.Event:
    """The agency's view plus what is still queued here; only the queue when offline."""
    local = ports.outbox.local_claims(effect.ssn)
    remote = ports.agency.claims(effect.ssn, effect.login)
    if isinstance(remote, ServiceFault):
        if remote is ServiceFault.UNREACHABLE and local:
            return ev.StatusLoaded(effect.ticket, local, StatusSource.THIS_KIOSK)
        return ev.StatusUnavailable(effect.ticket, remote)
    known = {claim.reference for claim in remote}
    waiting: tuple[ClaimRecord, ...] = tuple(c for c in local if c.reference not in known)
    return ev.StatusLoaded(effect.ticket, waiting + remote, StatusSource.AGENCY)


def _proof(effect: Submit, reference: str, ports: Ports) -> SubmissionProof | None:
    """A card login proves each submission with the card itself, as the claimant confirms it
    (the card is in the reader: pulling it ends the session). None when the card does not
    answer: the claim is then not stored, since the agency would refuse it unproven."""
    login = effect.request.login
    if isinstance(login, OtpLogin | EcardLogin):  # a token login: the token proves it
        return login
    answer = ports.card.answer_challenge(ports.outbox.card_challenge(reference, effect.request))
    if isinstance(answer, CardFault):
        return None
    return CardSubmissionProof(card=login.card, cryptogram=answer)


def _submit(effect: Submit, ports: Ports) -> Iterator[ev.Event]:
    reference = ports.outbox.new_reference()
    proof = _proof(effect, reference, ports)
    if proof is None:
        yield ev.SubmissionStoreFailed(effect.ticket, StorageFault.FAILED)
        return
    reference = ports.outbox.store(effect.request, reference, proof)
    if isinstance(reference, StorageFault):
        yield ev.SubmissionStoreFailed(effect.ticket, reference)
        return
    yield ev.SubmissionStored(effect.ticket, reference)
    outcome = ports.outbox.send_now(reference)
    if outcome.delivered:
        yield ev.SubmissionSent(effect.ticket, reference, outcome.verification_code)
    else:
        yield ev.SubmissionQueued(effect.ticket, reference)


def _printed(ticket: int, fault: PrinterFault | None) -> ev.Event:
    return ev.PrintFinished(ticket) if fault is None else ev.PrintFailed(ticket, fault)
