"""View models for the claim screens: eligibility, apply, result, receipt, status, courses."""

from __future__ import annotations

from contract.masking import mask_account_tail
from kiosk.domain.claimant import Claimant
from kiosk.domain.claims import (
    MOBILE_ON_FILE,
    ClaimRecord,
    ClaimSituation,
    Delivery,
    PaymentState,
    StatusSource,
    TimelineEntry,
)
from kiosk.domain.eligibility import Eligibility
from kiosk.domain.faults import PrinterFault, ServiceFault, StorageFault
from kiosk.domain.identity import MobileNumber, MobileProblem
from kiosk.domain.language import Language
from kiosk.flow.change_views import offer as withdraw_offer
from kiosk.flow.messages import Msg
from kiosk.flow.payment_account import apply_step_choices, apply_step_message
from kiosk.flow.proof_views import decision_summary
from kiosk.flow.settings import FlowSettings
from kiosk.flow.states import (
    Applying,
    ApplyStep,
    ChoosingCourse,
    Draft,
    PrintingReceipt,
    PrintProgress,
    ShowingEligibility,
    ShowingStatus,
    SubmissionResult,
)
from kiosk.flow.status_desk import desk_view
from kiosk.flow.submission import APPLY_STEPS, status_page_link
from kiosk.flow.view_models import (
    AccountView,
    ApplyView,
    ClaimView,
    CoursesView,
    CourseView,
    EligibilityView,
    PaymentView,
    ReasonView,
    ReceiptView,
    ResultView,
    SeparationView,
    StatusView,
    TimelineView,
)

PRINTER_MESSAGES = {
    PrinterFault.PAPER_OUT: Msg.PRINTER_PAPER_OUT,
    PrinterFault.COVER_OPEN: Msg.PRINTER_COVER_OPEN,
    PrinterFault.OFFLINE: Msg.PRINTER_OFFLINE,
    PrinterFault.FAILED: Msg.PRINTER_FAILED,
}
_PROBLEM_MESSAGES: dict[MobileProblem | StorageFault, Msg] = {
    MobileProblem.WRONG_LENGTH: Msg.MOBILE_WRONG_LENGTH,
    MobileProblem.NOT_DIGITS: Msg.MOBILE_NOT_DIGITS,
    MobileProblem.NOT_A_MOBILE_PREFIX: Msg.MOBILE_NOT_A_MOBILE_PREFIX,
    StorageFault.DISK_FULL: Msg.NOT_SAVED_DISK_FULL,
    StorageFault.FAILED: Msg.NOT_SAVED,
}
_STEP_MESSAGES = {
    ApplyStep.MOBILE: Msg.APPLY_MOBILE,
    ApplyStep.PAYMENT_ACCOUNT: Msg.APPLY_PAYMENT_ACCOUNT,
    ApplyStep.COMMITMENT: Msg.APPLY_COMMITMENT,
    ApplyStep.REVIEW: Msg.APPLY_REVIEW,
}
# Every situation says what the claimant does next and what the agency does next: no bare
# "pending" (issue 5).
NEXT_STEPS: dict[ClaimSituation, tuple[Msg, Msg]] = {
    ClaimSituation.WAITING_ON_KIOSK: (Msg.YOU_NOTHING_TO_DO, Msg.AGENCY_SENDS_WHEN_ONLINE),
    ClaimSituation.RECEIVED: (Msg.YOU_WAIT, Msg.AGENCY_REVIEWS),
    ClaimSituation.UNDER_REVIEW: (Msg.YOU_WAIT, Msg.AGENCY_DECIDES),
    ClaimSituation.APPROVED: (Msg.YOU_REPORT_STOP_CONDITIONS, Msg.AGENCY_PAYS_MONTHLY),
    ClaimSituation.NOT_APPROVED: (Msg.YOU_SEE_REASON_OR_COUNTER, Msg.AGENCY_NOTHING_MORE),
    ClaimSituation.REFUSED_ON_ARRIVAL: (Msg.YOU_VISIT_COUNTER, Msg.AGENCY_KEEPS_FOR_STAFF),
    ClaimSituation.PAYING: (Msg.YOU_REPORT_STOP_CONDITIONS, Msg.AGENCY_PAYS_MONTHLY),
    ClaimSituation.STOPPED: (Msg.YOU_SEE_REASON_OR_COUNTER, Msg.AGENCY_NOTHING_MORE),
    ClaimSituation.FINISHED: (Msg.YOU_NOTHING_TO_DO, Msg.AGENCY_NOTHING_MORE),
    ClaimSituation.WITHDRAWN: (Msg.YOU_MAY_APPLY_AGAIN, Msg.AGENCY_NOTHING_MORE),
}


def eligibility_view(screen: ShowingEligibility, language: Language) -> EligibilityView:
    found = screen.eligibility
    if found is None:
        message = (
            Msg.ELIGIBILITY_OFFLINE_MAY_APPLY
            if screen.unavailable is ServiceFault.UNREACHABLE
            else Msg.ELIGIBILITY_REFUSED
        )
        return EligibilityView(message, None, None, None, None, None, (), screen.may_apply)
    # Months used up: the last job does not change that, and leaving it out keeps the agency's
    # reason and what to do on one screen in larger text.
    separation = None if found.entitlement_used_up else found.separation
    return EligibilityView(
        message=_eligibility_message(found),
        separation=(
            SeparationView(separation.employer_name, separation.ended_on, separation.reason)
            if separation
            else None
        ),
        contribution_months=found.contribution_months,
        entitlement_months=found.entitlement_months,
        monthly_amount=found.monthly_amount,
        estimated_total=found.estimated_total,
        reasons=tuple(
            ReasonView(
                code=reason.code,
                rule=reason.rule.in_language(language),
                explanation=reason.explanation.in_language(language),
                what_to_do=reason.what_to_do.in_language(language),
            )
            for reason in found.reasons
        ),
        may_apply=screen.may_apply,
        open_claim=found.open_claim,
        for_written_decision=screen.for_written_decision,
    )


def _eligibility_message(found: Eligibility) -> Msg:
    """An open claim comes first: whatever else is true, the claimant's next step is its status."""
    if found.open_claim is not None:
        return Msg.ALREADY_APPLIED
    if found.eligible:
        return Msg.ELIGIBLE
    return Msg.ENTITLEMENT_USED_UP if found.entitlement_used_up else Msg.NOT_ELIGIBLE


def apply_view(
    screen: Applying, claimant: Claimant, settings: FlowSettings, language: Language
) -> ApplyView:
    account = claimant.payment_account
    message = _STEP_MESSAGES[screen.step]
    if screen.step is ApplyStep.PAYMENT_ACCOUNT and account is None:
        message = Msg.APPLY_NO_PAYMENT_ACCOUNT
    choosing = apply_step_message(screen)  # several accounts on file: a choice, not one
    if choosing is not None:
        message = choosing[0]
    accounts, chosen_account = apply_step_choices(screen)
    draft = screen.draft
    return ApplyView(
        message=message,
        kind=draft.kind,
        step=screen.step,
        step_number=APPLY_STEPS.index(screen.step) + 1,
        step_count=len(APPLY_STEPS),
        course_name=draft.course.name.in_language(language) if draft.course else None,
        masked_mobile_on_file=claimant.masked_mobile_on_file,
        mobile_entered=_mobile_on_review(draft, claimant),
        payment_account=(
            AccountView(
                kind=account.kind,
                bank_name=account.bank_name,
                masked_number=mask_account_tail(account.last_digits)
                if account.last_digits
                else None,
            )
            if account
            else None
        ),
        commitment_version=settings.commitment_version,
        problem=_PROBLEM_MESSAGES[screen.problem]
        if screen.problem
        else (choosing[1] if choosing is not None else None),
        mobile_is_on_file=draft.mobile is MOBILE_ON_FILE,
        accounts=accounts,
        chosen_account=chosen_account,
    )


def _mobile_on_review(draft: Draft, claimant: Claimant) -> str | None:
    if isinstance(draft.mobile, MobileNumber):
        return draft.mobile.value
    if draft.mobile is MOBILE_ON_FILE:
        return claimant.masked_mobile_on_file
    return None


def result_view(result: SubmissionResult, language: Language) -> ResultView:
    online = result.delivery is Delivery.RECEIVED_ONLINE
    return ResultView(
        message=Msg.RESULT_RECEIVED_ONLINE if online else Msg.RESULT_STORED_ON_KIOSK,
        kind=result.kind,
        delivery=result.delivery,
        reference=result.reference,
        course_name=result.course_name.in_language(language) if result.course_name else None,
    )


def receipt_view(
    screen: PrintingReceipt, settings: FlowSettings, language: Language
) -> ReceiptView:
    failed = screen.progress is PrintProgress.FAILED
    message = {
        PrintProgress.PRINTING: Msg.RECEIPT_PRINTING,
        PrintProgress.PRINTED: Msg.RECEIPT_PRINTED,
        PrintProgress.FAILED: Msg.APPLICATION_IS_SAFE,
    }[screen.progress]
    return ReceiptView(
        message=message,
        result=result_view(screen.result, language),
        progress=screen.progress,
        fault=_receipt_fault(screen) if failed else None,
        reassurance=Msg.APPLICATION_IS_SAFE if failed else None,
        qr_text=status_page_link(screen.result, settings) if failed else None,
    )


def _receipt_fault(screen: PrintingReceipt) -> Msg | None:
    if screen.ready_again:
        return Msg.PRINTER_READY_AGAIN
    return PRINTER_MESSAGES[screen.fault] if screen.fault else None


def status_view(screen: ShowingStatus) -> StatusView:
    if screen.unavailable is not None:
        message = Msg.STATUS_UNAVAILABLE
    elif not screen.claims:
        message = Msg.STATUS_NONE
    elif screen.source is StatusSource.THIS_KIOSK:
        message = Msg.STATUS_FROM_THIS_KIOSK
    else:
        message = Msg.STATUS_FROM_AGENCY
    return StatusView(
        message=message,
        source=screen.source,
        may_be_out_of_date=screen.source is not StatusSource.AGENCY,
        claims=tuple(claim_view(record) for record in screen.claims),
        desk=desk_view(screen.desk),
    )


def claim_view(record: ClaimRecord) -> ClaimView:
    you, agency = NEXT_STEPS[record.situation]
    stopped = record.situation is ClaimSituation.STOPPED
    if stopped and record.months_left:
        agency = Msg.AGENCY_PAYS_MONTHS_BEFORE_STOP  # months before the stop are still owed
    paid = tuple(p for p in record.payments if p.state is PaymentState.PAID)
    return ClaimView(
        reference=record.reference,
        kind=record.kind,
        situation=record.situation,
        you_do_next=you,
        agency_does_next=agency,
        agency_acts_by=record.agency_acts_by,
        timeline=_milestones(record.timeline),
        payments=tuple(
            PaymentView(p.month, p.amount, returned=p.state is PaymentState.RETURNED)
            for p in record.payments
        ),
        months_left=record.months_left,
        stop_reason_code=record.stop_reason_code if stopped else None,
        months_granted=record.months_granted,
        # The ledger's count; a record from this kiosk's queue has none, and no payments either.
        months_paid=record.months_paid if record.months_paid is not None else len(paid),
        months_unused=record.months_unused if stopped else None,
        stopped_from=record.stop_date.replace(day=1) if stopped and record.stop_date else None,
        decision=decision_summary(record),
        withdrawal=withdraw_offer(record),
    )


def _milestones(timeline: tuple[TimelineEntry, ...]) -> tuple[TimelineView, ...]:
    """Each situation once, when it was first reached: every monthly payment is an event at the
    agency, but the payments have their own list, and repeating "being paid" pushed the earlier
    steps off the screen (and put "being paid" after "stopped" when a month before the stop was
    released later)."""
    shown: list[TimelineView] = []
    for entry in timeline:
        if any(view.situation is entry.situation for view in shown):
            continue
        shown.append(TimelineView(entry.on, entry.situation))
    return tuple(shown)


def courses_view(screen: ChoosingCourse, language: Language) -> CoursesView:
    if screen.unavailable is not None:
        message = Msg.TRAINING_UNAVAILABLE
    elif not screen.courses:
        message = Msg.TRAINING_NONE_ON_RECORD
    else:
        message = Msg.TRAINING_CHOOSE
    return CoursesView(
        message=message,
        courses=tuple(
            CourseView(
                c.course_id,
                c.name.in_language(language),
                c.provider.in_language(language),
                c.starts_on,
                c.ends_on,
                c.subsidy,
            )
            for c in screen.courses
        ),
    )
