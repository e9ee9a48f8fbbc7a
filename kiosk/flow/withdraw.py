"""Withdraw an application the agency has not decided yet (issue 13 item 2).

Offered on the status screen for a claim at the agency that is received or under review; a
confirmation says plainly what withdrawing means before anything is sent; the agency's answer
is the only proof it happened, so nothing is queued here to send later. A claim still only in
this kiosk's queue cannot be withdrawn: the agency has nothing to withdraw yet, and taking it
out of the queue is not something a claimant may do alone (the queue is what keeps a claim
safe). The status screen says so instead of offering the button.
"""

from __future__ import annotations

from dataclasses import replace

from contract.masking import mask_id_number, mask_name
from kiosk.domain.changes import WithdrawFault
from kiosk.flow import claim_views
from kiosk.flow.change_effects import (
    PrintServiceReceipt,
    ServiceReceipt,
    ServiceReceiptKind,
    WithdrawClaim,
)
from kiosk.flow.change_events import (
    ClaimWithdrawn,
    ConfirmWithdrawal,
    WithdrawalFailed,
    WithdrawApplication,
)
from kiosk.flow.change_views import WithdrawnView, WithdrawOffer, WithdrawView, offer
from kiosk.flow.events import ChooseStatus, Event, PrintReceipt
from kiosk.flow.messages import Msg
from kiosk.flow.printer_wait import on_print_result
from kiosk.flow.services import load
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import (
    LoadTask,
    PrintProgress,
    Session,
    ShowingStatus,
    WithdrawalDone,
    Withdrawing,
)
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action, BusyView, ScreenView

WithdrawScreens = Withdrawing | WithdrawalDone

_FAULTS = {
    WithdrawFault.UNREACHABLE: Msg.WITHDRAW_NEEDS_NETWORK,
    WithdrawFault.ALREADY_DECIDED: Msg.WITHDRAW_ALREADY_DECIDED,
    WithdrawFault.ALREADY_WITHDRAWN: Msg.WITHDRAW_ALREADY_WITHDRAWN,
    WithdrawFault.NOT_FOUND: Msg.WITHDRAW_NOT_FOUND,
    WithdrawFault.SIGN_IN_AGAIN: Msg.SIGN_IN_AGAIN,
    WithdrawFault.REFUSED: Msg.WITHDRAW_REFUSED,
}


def status_actions(screen: ShowingStatus) -> frozenset[Action]:
    if any(offer(claim) is WithdrawOffer.OFFERED for claim in screen.claims):
        return frozenset({Action.WITHDRAW})
    return frozenset()


def on_status(session: Session, screen: ShowingStatus, event: Event) -> Step | None:
    """ "Withdraw this application" for the claim on the glass: the confirmation first."""
    if not isinstance(event, WithdrawApplication):
        return None
    claim = next((c for c in screen.claims if c.reference == event.reference), None)
    if claim is None or offer(claim) is not WithdrawOffer.OFFERED:
        return None
    return moved(session.settled(Withdrawing(claim)))


def on_event(
    session: Session, screen: WithdrawScreens, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    if isinstance(screen, WithdrawalDone):
        return _on_done(session, screen, event, now, settings)
    if screen.sending:
        if isinstance(event, ClaimWithdrawn):
            return moved(session.settled(WithdrawalDone(event.withdrawal)))
        if isinstance(event, WithdrawalFailed):
            return moved(session.settled(replace(screen, sending=False, problem=event.fault)))
        return None
    if isinstance(event, ConfirmWithdrawal) and may_confirm(screen):
        return _send(session, screen)
    return None


def may_confirm(screen: Withdrawing) -> bool:
    """Once more after a network failure; never after the agency's considered answer."""
    return not screen.sending and screen.problem in (None, WithdrawFault.UNREACHABLE)


def _send(session: Session, screen: Withdrawing) -> Step | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    ticket, issued = session.issue_ticket()
    effect = WithdrawClaim(
        ticket=ticket,
        reference=screen.claim.reference,
        ssn=personal.claimant.ssn,
        login=personal.login,
    )
    return moved(issued.showing(replace(screen, sending=True, problem=None)), effect)


def _on_done(
    session: Session, screen: WithdrawalDone, event: Event, now: Moment, settings: FlowSettings
) -> Step | None:
    busy = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    if isinstance(event, ChooseStatus) and not busy:
        return load(session, LoadTask.STATUS)
    if isinstance(event, PrintReceipt) and not busy:
        return _print(session, screen, settings)
    return on_print_result(session, screen, event, now)


def status_link(reference: str, verification_code: str, settings: FlowSettings) -> str | None:
    """The receipt's QR code: the public status page, which shows the claim as withdrawn."""
    base = settings.status_page_base_url.rstrip("/")
    return f"{base}/status/{reference}?v={verification_code}" if base else None


def _print(session: Session, screen: WithdrawalDone, settings: FlowSettings) -> Step | None:
    claimant = session.personal.claimant if session.personal else None
    if claimant is None:
        return None
    done = screen.withdrawal
    receipt = ServiceReceipt(
        what=ServiceReceiptKind.WITHDRAWN,
        reference=done.reference,
        masked_name=mask_name(claimant.name),
        masked_id_number=mask_id_number(claimant.ssn.value),
        language=session.display.language,
        effective_date=done.withdrawn_on,
        claim_reference=done.reference,
        claim_kind=done.kind,
        verification_code=done.verification_code,
        qr_text=status_link(done.reference, done.verification_code, settings),
    )
    ticket, issued = session.issue_ticket()
    printing = replace(screen, printing=PrintProgress.PRINTING, fault=None, ready_again=False)
    return moved(issued.showing(printing), PrintServiceReceipt(ticket=ticket, receipt=receipt))


# --- navigation -------------------------------------------------------------------------------


def can_go_back(screen: WithdrawScreens) -> bool:
    """Back from the confirmation returns to the status; none once withdrawn or while sending."""
    return isinstance(screen, Withdrawing) and not screen.sending


def busy(screen: WithdrawScreens) -> bool:
    return isinstance(screen, Withdrawing) and screen.sending


def go_back(session: Session, screen: WithdrawScreens) -> Step | None:
    """The status again, asked afresh: the claim may have moved on meanwhile."""
    return load(session, LoadTask.STATUS) if can_go_back(screen) else None


# --- presenting -------------------------------------------------------------------------------


def present(screen: WithdrawScreens) -> tuple[ScreenView, frozenset[Action]]:
    if isinstance(screen, WithdrawalDone):
        return _done_view(screen)
    if screen.sending:
        return BusyView(Msg.WITHDRAW_SENDING), frozenset()
    view = WithdrawView(
        message=Msg.WITHDRAW_CONFIRM,
        reference=screen.claim.reference,
        kind=screen.claim.kind,
        problem=_FAULTS[screen.problem] if screen.problem is not None else None,
    )
    return view, frozenset({Action.CONFIRM_WITHDRAWAL}) if may_confirm(screen) else frozenset()


def _done_view(screen: WithdrawalDone) -> tuple[ScreenView, frozenset[Action]]:
    fault = None
    if screen.printing is PrintProgress.FAILED:
        if screen.ready_again:
            fault = Msg.PRINTER_READY_AGAIN
        elif screen.fault is not None:
            fault = claim_views.PRINTER_MESSAGES[screen.fault]
    done = screen.withdrawal
    view = WithdrawnView(
        message=Msg.WITHDRAW_DONE,
        reference=done.reference,
        kind=done.kind,
        withdrawn_on=done.withdrawn_on,
        printing=screen.printing,
        fault=fault,
    )
    busy = screen.printing is PrintProgress.PRINTING or screen.waiting is not None
    if busy:
        return view, frozenset()
    return view, frozenset({Action.PRINT_RECEIPT, Action.STATUS})
