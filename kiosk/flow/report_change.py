"""Report a change of circumstances (issue 13 item 1; notice §4: report a stop condition
"promptly"): what changed, when, a review that says what it will do, then the agency's receipt.

The claimant's claims are looked up first, so someone with nothing a change could act on, or a
kiosk without network, hears so before choosing anything; nothing is kept on the kiosk to send
later: a change stops payment, so the agency must have it before the claimant is told it is
recorded. A failed send keeps its client reference, and sending again reuses it (the agency's
idempotency key): a report whose answer was lost is never recorded twice.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from contract.masking import mask_id_number, mask_name
from kiosk.domain.changes import ChangeDateProblem, ChangeFault, ChangeKind
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource
from kiosk.domain.faults import ServiceFault
from kiosk.flow import claim_views
from kiosk.flow.change_effects import (
    PrintServiceReceipt,
    ReportChange,
    ServiceReceipt,
    ServiceReceiptKind,
)
from kiosk.flow.change_events import (
    ChangeNotReported,
    ChangeReported,
    ChooseChangeDate,
    ChooseChangeKind,
    SendChange,
)
from kiosk.flow.change_views import ChangeDoneView, Consequence, ReportChangeView
from kiosk.flow.effects import LoadStatus
from kiosk.flow.events import (
    Event,
    PrintReceipt,
    Retry,
    StatusLoaded,
    StatusUnavailable,
)
from kiosk.flow.menu import back_to_menu
from kiosk.flow.messages import Msg
from kiosk.flow.printer_wait import on_print_result
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    ChangeDone,
    ChangeDraft,
    ChangeStep,
    PrintProgress,
    ReportingChange,
    Session,
)
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action, BusyView, ScreenView

KINDS: tuple[ChangeKind, ...] = tuple(ChangeKind)
#: Claims a change can act on, as the agency's `CHANGEABLE_STATES` (server/services/changes.py).
CHANGEABLE = frozenset(
    {
        ClaimSituation.RECEIVED,
        ClaimSituation.UNDER_REVIEW,
        ClaimSituation.APPROVED,
        ClaimSituation.PAYING,
        ClaimSituation.STOPPED,
        ClaimSituation.FINISHED,
    }
)
UNDECIDED = frozenset({ClaimSituation.RECEIVED, ClaimSituation.UNDER_REVIEW})

ReportScreens = ReportingChange | ChangeDone

_FAULTS: dict[ChangeFault | ChangeDateProblem, Msg] = {
    ChangeFault.UNREACHABLE: Msg.CHANGE_NEEDS_NETWORK,
    ChangeFault.NO_CLAIM: Msg.CHANGE_NO_CLAIM,
    ChangeFault.DATE_IN_FUTURE: Msg.CHANGE_DATE_IN_FUTURE,
    ChangeFault.COUNTER_ONLY: Msg.CHANGE_COUNTER_ONLY,
    ChangeFault.SIGN_IN_AGAIN: Msg.SIGN_IN_AGAIN,
    ChangeFault.REFUSED: Msg.CHANGE_REFUSED,
    ChangeDateProblem.IN_FUTURE: Msg.CHANGE_DATE_IN_FUTURE,
    ChangeDateProblem.TOO_EARLY: Msg.CHANGE_DATE_TOO_EARLY,
}
_STEP_MESSAGES = {
    ChangeStep.KIND: Msg.CHANGE_CHOOSE_KIND,
    ChangeStep.DATE: Msg.CHANGE_CHOOSE_DATE,
    ChangeStep.REVIEW: Msg.CHANGE_REVIEW,
}
# A refusal that choosing again cannot fix ends the service with its message.
_FINAL = frozenset(
    {ChangeFault.NO_CLAIM, ChangeFault.COUNTER_ONLY, ChangeFault.SIGN_IN_AGAIN, ChangeFault.REFUSED}
)


def start(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """The menu's starter: find the claim a change would act on (the claimant's claims)."""
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    ticket, issued = session.issue_ticket()
    effect = LoadStatus(ticket=ticket, ssn=personal.claimant.ssn, login=personal.login)
    return moved(issued.showing(ReportingChange(ChangeStep.CHECKING)), effect)


def claim_to_change(claims: tuple[ClaimRecord, ...]) -> ClaimRecord | None:
    """The latest benefit claim a change can act on, as the agency picks it."""
    candidates = [c for c in claims if c.kind is ClaimKind.CLAIM and c.situation in CHANGEABLE]
    if not candidates:
        return None
    return max(candidates, key=lambda c: c.timeline[0].on if c.timeline else date.min)


def on_event(
    session: Session, screen: ReportScreens, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    if isinstance(screen, ChangeDone):
        return _on_done(session, screen, event, now)
    step = screen.step
    if step is ChangeStep.CHECKING:
        return _checked(session, event, now)
    if step is ChangeStep.CANNOT:
        if isinstance(event, Retry) and screen.problem is ChangeFault.UNREACHABLE:
            return start(session, now, settings)
        return None
    draft = screen.draft
    if draft is None:
        return None
    if step is ChangeStep.KIND and isinstance(event, ChooseChangeKind):
        chosen = _changed(draft, kind=event.kind, on=draft.on)
        return moved(session.showing(ReportingChange(ChangeStep.DATE, chosen)))
    if step is ChangeStep.DATE and isinstance(event, ChooseChangeDate):
        problem = date_problem(event.on, draft.floor, now.today)
        chosen = _changed(draft, kind=draft.kind, on=event.on)
        if problem is not None:
            return moved(session.showing(ReportingChange(ChangeStep.DATE, chosen, problem)))
        return moved(session.showing(ReportingChange(ChangeStep.REVIEW, chosen)))
    if step is ChangeStep.REVIEW and isinstance(event, SendChange):
        return _send(session, draft)
    if step is ChangeStep.SENDING:
        return _answered(session, draft, event)
    return None


def _changed(draft: ChangeDraft, *, kind: ChangeKind | None, on: date | None) -> ChangeDraft:
    """A different report needs a new client reference: the agency would refuse the old one
    for different content."""
    same = kind == draft.kind and on == draft.on
    reference = draft.client_reference if same else None
    return replace(draft, kind=kind, on=on, client_reference=reference)


def date_problem(on: date, floor: date | None, today: date) -> ChangeDateProblem | None:
    if on > today:
        return ChangeDateProblem.IN_FUTURE
    if floor is not None and on < floor:
        return ChangeDateProblem.TOO_EARLY
    return None


def _checked(session: Session, event: Event, now: Moment) -> Step | None:
    if isinstance(event, StatusUnavailable):
        fault = (
            ChangeFault.UNREACHABLE
            if event.fault is ServiceFault.UNREACHABLE
            else ChangeFault.REFUSED
        )
        return moved(session.settled(ReportingChange(ChangeStep.CANNOT, problem=fault)))
    if not isinstance(event, StatusLoaded):
        return None
    if event.source is not StatusSource.AGENCY:
        # Only this kiosk's queue answered: the agency is out of reach.
        cannot = ReportingChange(ChangeStep.CANNOT, problem=ChangeFault.UNREACHABLE)
        return moved(session.settled(cannot))
    claim = claim_to_change(event.claims)
    if claim is None:
        cannot = ReportingChange(ChangeStep.CANNOT, problem=ChangeFault.NO_CLAIM)
        return moved(session.settled(cannot))
    floor = claim.timeline[0].on if claim.timeline else None
    return moved(
        session.settled(ReportingChange(ChangeStep.KIND, ChangeDraft(claim, floor, now.today)))
    )


def _send(session: Session, draft: ChangeDraft) -> Step | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    if draft.kind is None or draft.on is None:
        return None
    ticket, issued = session.issue_ticket()
    effect = ReportChange(
        ticket=ticket,
        ssn=personal.claimant.ssn,
        login=personal.login,
        kind=draft.kind,
        effective_date=draft.on,
        client_reference=draft.client_reference,
    )
    return moved(issued.showing(ReportingChange(ChangeStep.SENDING, draft)), effect)


def _answered(session: Session, draft: ChangeDraft, event: Event) -> Step | None:
    if isinstance(event, ChangeReported):
        return moved(session.settled(ChangeDone(event.record)))
    if not isinstance(event, ChangeNotReported):
        return None
    kept = replace(draft, client_reference=event.client_reference or None)
    if event.fault in _FINAL:
        return moved(session.settled(ReportingChange(ChangeStep.CANNOT, problem=event.fault)))
    if event.fault is ChangeFault.DATE_IN_FUTURE:
        # The agency's calendar is behind this kiosk's: choose the date again.
        return moved(session.settled(ReportingChange(ChangeStep.DATE, kept, event.fault)))
    return moved(session.settled(ReportingChange(ChangeStep.REVIEW, kept, event.fault)))


def _on_done(session: Session, screen: ChangeDone, event: Event, now: Moment) -> Step | None:
    busy = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    if isinstance(event, PrintReceipt) and not busy:
        return _print(session, screen)
    return on_print_result(session, screen, event, now)


def _print(session: Session, screen: ChangeDone) -> Step | None:
    claimant = session.personal.claimant if session.personal else None
    if claimant is None:
        return None
    record = screen.record
    receipt = ServiceReceipt(
        what=ServiceReceiptKind.CHANGE_REPORTED,
        reference=record.code,
        qr_text=record.reference,  # the full reference, which staff and 12333 look up
        masked_name=mask_name(claimant.name),
        masked_id_number=mask_id_number(claimant.ssn.value),
        language=session.display.language,
        change_kind=record.kind,
        effective_date=record.effective_date,
        effect=record.effect,
        stops_from=record.stops_from,
        overpaid=record.overpaid,
        overpaid_months=record.overpaid_months,
        claim_reference=record.claim_reference,
    )
    ticket, issued = session.issue_ticket()
    printing = replace(screen, printing=PrintProgress.PRINTING, fault=None, ready_again=False)
    return moved(issued.showing(printing), PrintServiceReceipt(ticket=ticket, receipt=receipt))


# --- navigation -------------------------------------------------------------------------------


def can_go_back(screen: ReportScreens) -> bool:
    """Not while sending, nor once recorded: nothing behind it can be undone."""
    return isinstance(screen, ReportingChange) and screen.step is not ChangeStep.SENDING


def busy(screen: ReportScreens) -> bool:
    """Sending: home waits for the agency's answer, as an application's "saving" does."""
    return isinstance(screen, ReportingChange) and screen.step is ChangeStep.SENDING


def go_back(session: Session, screen: ReportScreens) -> Step | None:
    if not isinstance(screen, ReportingChange) or not can_go_back(screen):
        return None
    draft = screen.draft
    if screen.step is ChangeStep.REVIEW and draft is not None:
        return moved(session.settled(ReportingChange(ChangeStep.DATE, draft)))
    if screen.step is ChangeStep.DATE and draft is not None:
        return moved(session.settled(ReportingChange(ChangeStep.KIND, draft)))
    return back_to_menu(session)


# --- presenting -------------------------------------------------------------------------------


def present(screen: ReportScreens) -> tuple[ScreenView, frozenset[Action]]:
    if isinstance(screen, ChangeDone):
        return _done_view(screen)
    if screen.step is ChangeStep.CHECKING:
        return BusyView(Msg.CHANGE_CHECKING), frozenset()
    if screen.step is ChangeStep.SENDING:
        return BusyView(Msg.CHANGE_SENDING), frozenset()
    draft = screen.draft
    problem = _FAULTS[screen.problem] if screen.problem is not None else None
    if screen.step is ChangeStep.CANNOT or draft is None:
        retry = screen.problem is ChangeFault.UNREACHABLE
        view = ReportChangeView(
            message=problem or Msg.CHANGE_REFUSED,
            step=ChangeStep.CANNOT,
            kinds=(),
            kind=None,
            on=None,
            earliest=None,
            latest=None,
            problem=None,
        )
        return view, frozenset({Action.RETRY}) if retry else frozenset()
    reviewing = screen.step is ChangeStep.REVIEW
    view = ReportChangeView(
        message=_STEP_MESSAGES[screen.step],
        step=screen.step,
        kinds=KINDS,
        kind=draft.kind,
        on=draft.on or draft.today,
        earliest=draft.floor,
        latest=draft.today,
        problem=problem,
        consequence=_consequence(draft) if reviewing else None,
        stops_from=draft.on.replace(day=1) if reviewing and draft.on else None,
        claim_reference=draft.claim.reference,
    )
    actions = {
        ChangeStep.KIND: Action.CHOOSE_CHANGE_KIND,
        ChangeStep.DATE: Action.CHOOSE_CHANGE_DATE,
        ChangeStep.REVIEW: Action.SEND_CHANGE,
    }
    return view, frozenset({actions[screen.step]})


def _consequence(draft: ChangeDraft) -> Consequence:
    if draft.claim.situation in UNDECIDED:
        return Consequence.AT_DECISION
    return Consequence.STOPS_PAYMENT


def _done_view(screen: ChangeDone) -> tuple[ScreenView, frozenset[Action]]:
    record = screen.record
    fault = None
    if screen.printing is PrintProgress.FAILED:
        if screen.ready_again:
            fault = Msg.PRINTER_READY_AGAIN
        elif screen.fault is not None:
            fault = claim_views.PRINTER_MESSAGES[screen.fault]
    view = ChangeDoneView(
        message=Msg.CHANGE_RECORDED,
        reference=record.code,
        kind=record.kind,
        effective_date=record.effective_date,
        effect=record.effect,
        stops_from=record.stops_from,
        overpaid=record.overpaid,
        overpaid_months=record.overpaid_months,
        printing=screen.printing,
        fault=fault,
    )
    busy = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    return view, frozenset() if busy else frozenset({Action.PRINT_RECEIPT})
