"""Applying, submitting, the result and the receipt: the part where nothing may be lost.

The result screen is only reached after the outbox confirmed the store; until then the claimant
sees "saving", and a failed store sends them back to the review with a plain message.
"""

from __future__ import annotations

from dataclasses import replace

from contract.masking import mask_id_number, mask_name
from kiosk.domain.claims import MOBILE_ON_FILE, Delivery, SubmissionRequest
from kiosk.domain.identity import MobileNumber, parse_mobile
from kiosk.flow.effects import Print, ReceiptContent, Submit
from kiosk.flow.events import (
    AcceptCommitment,
    ConfirmPaymentAccount,
    Event,
    MobileEntered,
    PrintFailed,
    PrintFinished,
    PrintReceipt,
    SubmissionQueued,
    SubmissionSent,
    SubmissionStored,
    SubmissionStoreFailed,
    SubmitApplication,
    UseMobileOnFile,
)
from kiosk.flow.payment_account import enter_apply_step, on_apply_step
from kiosk.flow.printer_wait import wait_after
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    Applying,
    ApplyStep,
    Draft,
    PrintingReceipt,
    PrintProgress,
    Session,
    ShowingResult,
    SubmissionResult,
    Submitting,
)
from kiosk.flow.step import Step, moved

APPLY_STEPS = (ApplyStep.MOBILE, ApplyStep.PAYMENT_ACCOUNT, ApplyStep.COMMITMENT, ApplyStep.REVIEW)


def start_application(session: Session, draft: Draft) -> Step:
    return moved(session.settled(Applying(draft=draft, step=ApplyStep.MOBILE)))


def previous_step(step: ApplyStep) -> ApplyStep | None:
    index = APPLY_STEPS.index(step)
    return APPLY_STEPS[index - 1] if index > 0 else None


def on_applying(
    session: Session, screen: Applying, event: Event, settings: FlowSettings
) -> Step | None:
    claimant = session.personal.claimant if session.personal else None
    if claimant is None:
        return None
    draft, step = screen.draft, screen.step
    choosing = on_apply_step(session, screen, event)  # the list of accounts on file
    if choosing is not None:
        return choosing
    if step is ApplyStep.MOBILE and isinstance(event, MobileEntered):
        parsed = parse_mobile(event.number)
        if not isinstance(parsed, MobileNumber):
            return moved(session.showing(replace(screen, problem=parsed)))
        return enter_apply_step(session, replace(draft, mobile=parsed))
    if step is ApplyStep.MOBILE and isinstance(event, UseMobileOnFile):
        if not claimant.has_mobile_on_file:
            return None
        # The kiosk knows the number on file only masked: the submission says "on_file".
        on_file = replace(draft, mobile=MOBILE_ON_FILE)
        return enter_apply_step(session, on_file)
    if step is ApplyStep.PAYMENT_ACCOUNT and isinstance(event, ConfirmPaymentAccount):
        if claimant.payment_account is None:
            return None
        confirmed = Applying(replace(draft, payment_confirmed=True), ApplyStep.COMMITMENT)
        return moved(session.settled(confirmed))  # a list of accounts still loading: not needed
    if step is ApplyStep.COMMITMENT and isinstance(event, AcceptCommitment):
        return _advance(session, replace(draft, commitment_accepted=True), ApplyStep.REVIEW)
    if step is ApplyStep.REVIEW and isinstance(event, SubmitApplication) and draft.complete:
        return _submit(session, draft, settings)
    return None


def _advance(session: Session, draft: Draft, step: ApplyStep) -> Step:
    return moved(session.showing(Applying(draft=draft, step=step)))


def _submit(session: Session, draft: Draft, settings: FlowSettings) -> Step | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    if draft.mobile is None:
        return None
    request = SubmissionRequest(
        kind=draft.kind,
        ssn=personal.claimant.ssn,
        mobile=draft.mobile,
        commitment_version=settings.commitment_version,
        language=session.display.language,
        login=personal.login,
        course_id=draft.course.course_id if draft.course else None,
    )
    ticket, issued = session.issue_ticket()
    return moved(issued.showing(Submitting(draft=draft)), Submit(ticket=ticket, request=request))


def on_submitting(session: Session, screen: Submitting, event: Event, now: Moment) -> Step | None:
    if isinstance(event, SubmissionStored) and screen.stored_reference is None:
        stored = replace(screen, stored_reference=event.reference, stored_at=now.seconds)
        return moved(session.showing(stored))
    if isinstance(event, SubmissionStoreFailed) and screen.stored_reference is None:
        failed = Applying(draft=screen.draft, step=ApplyStep.REVIEW, problem=event.fault)
        return moved(session.settled(failed))
    # Never report delivery for something the outbox has not confirmed storing.
    if screen.stored_reference is None or not isinstance(event, SubmissionSent | SubmissionQueued):
        return None
    if event.reference != screen.stored_reference:
        return None
    if isinstance(event, SubmissionSent):
        shown = result_of(
            screen, event.reference, Delivery.RECEIVED_ONLINE, event.verification_code
        )
    else:
        shown = result_of(screen, event.reference, Delivery.STORED_ON_KIOSK, None)
    return moved(showing_result(session, shown))


def showing_result(session: Session, shown: ShowingResult) -> Session:
    """The result screen, remembering for this visit that an application was kept and how."""
    personal = session.personal
    if personal is not None:
        session = replace(session, personal=replace(personal, submitted=shown.result.delivery))
    return session.settled(shown)


def result_of(
    screen: Submitting,
    reference: str,
    delivery: Delivery,
    verification_code: str | None,
) -> ShowingResult:
    course = screen.draft.course
    return ShowingResult(
        SubmissionResult(
            kind=screen.draft.kind,
            reference=reference,
            delivery=delivery,
            verification_code=verification_code,
            course_name=course.name if course else None,
        )
    )


def on_result(
    session: Session,
    screen: ShowingResult | PrintingReceipt,
    event: Event,
    settings: FlowSettings,
    now: Moment,
) -> Step | None:
    if isinstance(event, PrintReceipt):
        if isinstance(screen, PrintingReceipt) and (
            screen.progress is PrintProgress.PRINTING or screen.waiting is not None
        ):
            return None
        return _print(session, screen.result, settings)
    if not isinstance(screen, PrintingReceipt):
        return None
    if isinstance(event, PrintFinished):
        return moved(session.settled(replace(screen, progress=PrintProgress.PRINTED)))
    if isinstance(event, PrintFailed):
        failed = replace(
            screen,
            progress=PrintProgress.FAILED,
            fault=event.fault,
            waiting=wait_after(event.fault, now),
            ready_again=False,
        )
        return moved(session.settled(failed))
    return None


def _print(session: Session, result: SubmissionResult, settings: FlowSettings) -> Step | None:
    claimant = session.personal.claimant if session.personal else None
    if claimant is None:
        return None
    receipt = ReceiptContent(
        kind=result.kind,
        reference=result.reference,
        delivery=result.delivery,
        masked_name=mask_name(claimant.name),
        masked_id_number=mask_id_number(claimant.ssn.value),
        language=session.display.language,
        verification_code=result.verification_code,
        qr_text=status_page_link(result, settings),
        course_name=result.course_name,
    )
    ticket, issued = session.issue_ticket()
    printing = PrintingReceipt(result=result, progress=PrintProgress.PRINTING)
    return moved(issued.showing(printing), Print(ticket=ticket, receipt=receipt))


def status_page_link(result: SubmissionResult, settings: FlowSettings) -> str | None:
    """The receipt's QR code: the public status page, which needs the agency's verification code.

    A claim still on this kiosk has no code yet, so it gets no link.
    """
    base = settings.status_page_base_url.rstrip("/")
    if not base or result.verification_code is None:
        return None
    return f"{base}/status/{result.reference}?v={result.verification_code}"
